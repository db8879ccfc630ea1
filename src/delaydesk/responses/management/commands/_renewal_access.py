"""Shared by the playbook commands: find the user and a renewal they may read."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.http import Http404

from delaydesk.portfolio.models import Renewal
from delaydesk.portfolio.selectors import renewal_get
from delaydesk.teams.models import User


def readable_renewal(username: str, renewal_id: int) -> tuple[User, Renewal]:
    """The active user and the renewal, with the same rules as the web app (no leaks)."""
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"No active user named {username}.")
    try:
        return user, renewal_get(user, renewal_id)
    except Http404:
        raise CommandError(f"No such renewal: {renewal_id}.") from None
