"""Users, teams, API tokens and login throttling."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ApiToken, LoginFailure, Role, Team, User

TOKEN_PREFIX = "dd_"


def team_get_or_create(*, name: str) -> Team:
    """The team with that name, created if missing."""
    team, _created = Team.objects.get_or_create(name=name)
    return team


def user_create(
    *,
    username: str,
    password: str,
    role: str = Role.CSM,
    team: Team | None = None,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    language: str = "en",
    time_zone: str | None = None,
) -> User:
    """Create a user with a validated password (stored with argon2)."""
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role “%(role)s”.") % {"role": role}})
    user = User(
        username=username, role=role, team=team, email=email, first_name=first_name,
        last_name=last_name, language=language, time_zone=time_zone or settings.TIME_ZONE,
        is_staff=role == Role.ADMIN, is_superuser=role == Role.ADMIN,
    )
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    with transaction.atomic():
        user.save()
    return user


def user_set_preferences(*, user: User, language: str | None = None,
                         time_zone: str | None = None) -> User:
    """Store the user's preferred language and time zone."""
    if language is not None:
        user.language = language
    if time_zone is not None:
        user.time_zone = time_zone
    user.full_clean(exclude=["password"])
    user.save(update_fields=["language", "time_zone"])
    return user


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_create(*, user: User, name: str = "") -> tuple[ApiToken, str]:
    """Create an API token; returns the record and the token, which is shown only once."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = ApiToken.objects.create(user=user, name=name, prefix=token[:10],
                                     token_hash=_hash(token))
    return record, token


def token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke a token at once; later requests with it are refused."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_authenticate(token: str) -> User | None:
    """The active user behind a valid, unrevoked token, or None."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    record = (ApiToken.objects.select_related("user")
              .filter(token_hash=_hash(token), revoked_at__isnull=True).first())
    if record is None or not record.user.is_active:
        return None
    now = timezone.now()
    if record.last_used_at is None or now - record.last_used_at > dt.timedelta(minutes=1):
        ApiToken.objects.filter(pk=record.pk).update(last_used_at=now)
    return record.user


def login_is_throttled(*, username: str, address: str) -> bool:
    """Whether too many logins failed recently for this username or this address."""
    since = timezone.now() - dt.timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
    recent = LoginFailure.objects.filter(at__gte=since)
    limit = settings.LOGIN_MAX_FAILURES
    return (recent.filter(username=username.lower()).count() >= limit
            or recent.filter(address=address).count() >= limit * 4)


def login_failed(*, username: str, address: str) -> None:
    """Remember a failed login; old entries are pruned on the way."""
    LoginFailure.objects.create(username=username.lower()[:150], address=address[:64])
    cutoff = timezone.now() - dt.timedelta(days=1)
    LoginFailure.objects.filter(at__lt=cutoff).delete()


def login_succeeded(*, username: str) -> None:
    LoginFailure.objects.filter(username=username.lower()).delete()
