"""Writes for reminders: notifications, calendar feeds and the daily digest e-mail."""

from __future__ import annotations

import datetime as dt
import logging
import socket
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from delaydesk.teams.models import User

from . import rules
from .models import CalendarFeed, DigestDelivery, Notification
from .selectors import AttentionItem, attention_for, policy_settings, user_today
from .texts import day

logger = logging.getLogger(__name__)


# --- notifications --------------------------------------------------------------------------

def notifications_create(*, user: Any, items: list[AttentionItem]) -> list[Notification]:
    """Notify ``user`` of each flag once; flags they were already told about are skipped."""
    rows = [Notification(user=user, renewal=item.renewal, kind=item.kind,
                         key=item.finding.key[:200], severity=item.severity, on=item.on,
                         params=item.finding.params)
            for item in items]
    # Another run may have notified some of them in the meantime: the unique key decides.
    # Inserted least pressing first, so the newest-first list opens with the most pressing.
    Notification.objects.bulk_create(list(reversed(rows)), ignore_conflicts=True)
    return rows


def notification_mark_read(*, by: Any, notification: Notification) -> Notification:
    """Mark one of ``by``'s notifications as read (marking twice keeps the first time)."""
    if notification.user_id != by.pk:
        raise Notification.DoesNotExist
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notification_mark_unread(*, by: Any, notification: Notification) -> Notification:
    """Show one of ``by``'s notifications as new again."""
    if notification.user_id != by.pk:
        raise Notification.DoesNotExist
    notification.read_at = None
    notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, by: Any) -> int:
    """Mark all of ``by``'s unread notifications as read; returns how many."""
    return Notification.objects.filter(user=by, read_at__isnull=True).update(
        read_at=timezone.now())


# --- calendar feeds -------------------------------------------------------------------------

def calendar_feed_create(*, by: Any) -> CalendarFeed:
    """A new secret feed address for ``by``; the previous one stops working at once."""
    with transaction.atomic():
        CalendarFeed.objects.select_for_update().filter(
            user=by, revoked_at__isnull=True).update(revoked_at=timezone.now())
        return CalendarFeed.objects.create(user=by)


def calendar_feed_revoke(*, by: Any) -> int:
    """Revoke ``by``'s feed address; it answers 404 from now on. Returns how many revoked."""
    return CalendarFeed.objects.filter(user=by, revoked_at__isnull=True).update(
        revoked_at=timezone.now())


def calendar_feed_touch(*, feed: CalendarFeed) -> None:
    """Remember when a calendar app last fetched the feed (at most once an hour)."""
    now = timezone.now()
    if feed.last_used_at is None or now - feed.last_used_at > dt.timedelta(hours=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)


# --- the daily digest -----------------------------------------------------------------------

@dataclass
class Digest:
    """One user's digest for one day."""

    user: Any
    today: dt.date
    overdue: list[AttentionItem] = field(default_factory=list)
    due_today: list[AttentionItem] = field(default_factory=list)
    upcoming: list[AttentionItem] = field(default_factory=list)
    new_flags: list[AttentionItem] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.overdue) + len(self.due_today) + len(self.upcoming) + len(self.new_flags)

    @property
    def empty(self) -> bool:
        return self.size == 0

    def summary(self) -> str:
        """``2 due today, 1 overdue, 3 new flags`` in the active language."""
        parts = []
        if self.due_today:
            parts.append(ngettext("%(n)d due today", "%(n)d due today",
                                  len(self.due_today)) % {"n": len(self.due_today)})
        if self.overdue:
            parts.append(ngettext("%(n)d overdue", "%(n)d overdue",
                                  len(self.overdue)) % {"n": len(self.overdue)})
        if self.upcoming:
            parts.append(ngettext("%(n)d coming up", "%(n)d coming up",
                                  len(self.upcoming)) % {"n": len(self.upcoming)})
        if self.new_flags:
            parts.append(ngettext("%(n)d new flag", "%(n)d new flags",
                                  len(self.new_flags)) % {"n": len(self.new_flags)})
        return ", ".join(parts) or _("nothing due")

    def subject(self) -> str:
        return _("DelayDesk for %(day)s: %(summary)s") % {"day": day(self.today),
                                                          "summary": self.summary()}

    def counts(self) -> dict[str, int]:
        return {"due_today": len(self.due_today), "overdue": len(self.overdue),
                "upcoming": len(self.upcoming), "new_flags": len(self.new_flags)}


def digest_compose(*, user: Any, today: dt.date,
                   policy: rules.ReminderSettings | None = None) -> Digest:
    """What ``user``'s digest holds today: their list, and flags they were not told about."""
    attention = attention_for(user, subject=user, today=today, upcoming=True, policy=policy)
    flags = attention.flags
    known = set(Notification.objects.filter(user=user, key__in=[i.finding.key for i in flags])
                .values_list("key", flat=True))
    return Digest(
        user=user, today=today,
        overdue=attention.of_kind("step_overdue"),
        due_today=attention.of_kind("step_due_today"),
        upcoming=attention.of_kind("step_upcoming"),
        new_flags=[i for i in flags if i.finding.key not in known],
    )


def digest_message(digest: Digest, *, connection: Any = None) -> EmailMultiAlternatives:
    """The digest as an e-mail with a text and an HTML part, in the user's language."""
    with translation.override(digest.user.language or "en"):
        context = {"digest": digest, "user": digest.user, "site_url": settings.SITE_URL,
                   "sections": [
                       (_("Overdue"), digest.overdue),
                       (_("Due today"), digest.due_today),
                       (_("Coming up this week"), digest.upcoming),
                       (_("New flags"), digest.new_flags),
                   ]}
        message = EmailMultiAlternatives(
            subject=digest.subject(),
            body=render_to_string("reminders/email/digest.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[digest.user.email],
            connection=connection,
            headers={"Auto-Submitted": "auto-generated",
                     "X-DelayDesk-Digest": f"{digest.user.username}/{digest.today.isoformat()}"},
        )
        message.attach_alternative(render_to_string("reminders/email/digest.html", context),
                                   "text/html")
    return message


@dataclass
class DigestResult:
    """What ``remind`` did for one user."""

    username: str
    email: str
    day: dt.date
    outcome: str  # sent | nothing | no_email | already_sent | would_send | failed
    counts: dict[str, int] = field(default_factory=dict)
    subject: str = ""
    error: str = ""


def digest_send(*, user: Any, today: dt.date, dry_run: bool = False, connection: Any = None,
                policy: rules.ReminderSettings | None = None) -> DigestResult:
    """Send ``user``'s digest for ``today`` once, however often and wherever this runs.

    The (user, day) row is inserted in the transaction that creates the notifications and
    sends the e-mail: a concurrent run blocks on the unique key and then gives up; a failed
    send rolls everything back, so the next run tries again.
    """
    result = DigestResult(username=user.username, email=user.email, day=today, outcome="")
    if DigestDelivery.objects.filter(user=user, day=today).exists():
        result.outcome = "already_sent"
        return result
    digest = digest_compose(user=user, today=today, policy=policy)
    result.counts = digest.counts()
    with translation.override(user.language or "en"):
        result.subject = digest.subject()
    if dry_run:
        result.outcome = ("nothing" if digest.empty else
                          "no_email" if not user.email else "would_send")
        return result
    outcome = (DigestDelivery.Outcome.NOTHING if digest.empty else
               DigestDelivery.Outcome.NO_EMAIL if not user.email else DigestDelivery.Outcome.SENT)
    try:
        with transaction.atomic():
            DigestDelivery.objects.create(user=user, day=today, outcome=outcome,
                                          items=digest.size, host=socket.gethostname()[:200])
            notifications_create(user=user, items=digest.new_flags)
            if outcome == DigestDelivery.Outcome.SENT:
                digest_message(digest, connection=connection).send()
    except IntegrityError:
        result.outcome = "already_sent"
        return result
    except Exception as error:  # noqa: BLE001 - one failing mailbox must not stop the others
        logger.exception("digest for %s failed", user.username)
        if connection is not None:
            connection.close()  # start the next user on a fresh SMTP session
        result.outcome, result.error = "failed", str(error) or error.__class__.__name__
        return result
    result.outcome = str(outcome)
    return result


def remind(*, today: dt.date | None = None, dry_run: bool = False,
           usernames: list[str] | None = None) -> list[DigestResult]:
    """Send every active user their digest for today (each in their own time zone).

    Safe to run twice and from several hosts at once: nobody gets a second digest that day.
    """
    users = User.objects.filter(is_active=True).order_by("username")
    if usernames:
        users = users.filter(username__in=usernames)
    policy = policy_settings()
    results = []
    connection = None if dry_run else get_connection()
    try:
        for user in users:
            results.append(digest_send(user=user, today=today or user_today(user),
                                       dry_run=dry_run, connection=connection, policy=policy))
    finally:
        if connection is not None:
            connection.close()
    return results
