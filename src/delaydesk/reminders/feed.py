"""The calendar feed (RFC 5545): next steps, mutual-plan dates, contract ends, notice deadlines.

Each event's UID is made of what it is and the record's id, so it never changes; SEQUENCE and
LAST-MODIFIED come from the record's change history, so calendar apps take updates; done next
steps stay in the feed as STATUS:CANCELLED for ``DONE_KEPT_DAYS`` after their due date, and a
notice deadline whose renewal stopped renewing automatically is cancelled the same way.
The output depends only on the records and the day, so the URL and the CLI give equal bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration

from delaydesk.delays.models import NextStep, NextStepKind
from delaydesk.money import format_money
from delaydesk.portfolio.models import Renewal

from . import rules
from .models import ReminderPolicy
from .selectors import scope_renewals, steps_in_scope, user_today

DONE_KEPT_DAYS = 90  # done steps and past contract ends stay visible this long
PRODID = "-//DelayDesk//Renewal reminders//EN"


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of the feed."""

    uid: str
    day: dt.date
    summary: str
    description: str
    url: str
    categories: tuple[str, ...]
    sequence: int
    last_modified: dt.datetime
    cancelled: bool = False


def _history_stamps(model: Any, ids: Iterable[int]) -> dict[int, tuple[int, dt.datetime]]:
    """{id: (changes so far, last change)} from the change history, in one query."""
    rows = (model.history.filter(id__in=list(ids)).values("id")
            .annotate(n=Count("history_id"), last=Max("history_date")))
    return {row["id"]: (row["n"] - 1, row["last"]) for row in rows}


def _stamp(stamps: dict[int, tuple[int, dt.datetime]], pk: int,
           fallback: dt.datetime) -> tuple[int, dt.datetime]:
    sequence, last = stamps.get(pk, (0, fallback))
    return max(sequence, 0), last


def calendar_events(user: Any, *, today: dt.date | None = None) -> list[CalendarEvent]:
    """The events of ``user``'s feed (their own list's renewals), texts in their language."""
    today = today or user_today(user)
    since = today - dt.timedelta(days=DONE_KEPT_DAYS)
    suffix = f"{ReminderPolicy.get().installation_id}@delaydesk"
    base = settings.SITE_URL
    scope = scope_renewals(user, user)
    steps = list(steps_in_scope(user, user, scope)
                 .filter(Q(done_on__isnull=True) | Q(due_on__gte=since))
                 .order_by("due_on", "pk"))
    renewals = list(scope.filter(contract_end__gte=since))
    step_stamps = _history_stamps(NextStep, [s.pk for s in steps])
    renewal_stamps = _history_stamps(Renewal, [r.pk for r in renewals])
    # Renewals that renewed automatically at some point: their notice deadline, if no longer
    # relevant, is shown as cancelled rather than silently dropped.
    ever_auto = set(Renewal.history.filter(id__in=[r.pk for r in renewals], auto_renew=True)
                    .values_list("id", flat=True).distinct())
    kinds = dict(NextStepKind.choices)
    events: list[CalendarEvent] = []
    with translation.override(user.language or "en"):
        mutual = _("Mutual plan")
        for step in steps:
            account = step.renewal.account.name
            sequence, last = _stamp(step_stamps, step.pk, step.created_at)
            kind_label = str(kinds.get(step.kind, step.kind))
            lines = [kind_label]
            if step.kind in rules.MUTUAL_PLAN_KINDS:
                lines.append(_("A date agreed with the customer in the mutual plan."))
            if step.done_on:
                lines.append(_("Done on %(day)s.") % {"day": step.done_on.isoformat()})
            events.append(CalendarEvent(
                uid=f"next-step-{step.pk}.{suffix}", day=step.due_on,
                summary=f"{account}: {step.what}", description="\n".join(lines),
                url=f"{base}/renewals/{step.renewal_id}/",
                categories=(kind_label, mutual) if step.kind in rules.MUTUAL_PLAN_KINDS
                else (kind_label,),
                sequence=sequence, last_modified=last, cancelled=step.done_on is not None))
        for renewal in renewals:
            account = renewal.account.name
            sequence, last = _stamp(renewal_stamps, renewal.pk, renewal.created_at)
            url = f"{base}/renewals/{renewal.pk}/"
            arr = format_money(renewal.arr, renewal.currency, user.language or "en")
            events.append(CalendarEvent(
                uid=f"contract-end-{renewal.pk}.{suffix}", day=renewal.contract_end,
                summary=_("Contract end: %(account)s") % {"account": account},
                description=_("ARR %(arr)s · stage: %(stage)s") % {
                    "arr": arr, "stage": renewal.get_stage_display()},
                url=url, categories=(_("Contract end"),), sequence=sequence,
                last_modified=last))
            if renewal.auto_renew or renewal.pk in ever_auto:
                deadline = rules.notice_deadline(renewal.contract_end, renewal.notice_days)
                events.append(CalendarEvent(
                    uid=f"notice-deadline-{renewal.pk}.{suffix}", day=deadline,
                    summary=_("Notice deadline: %(account)s") % {"account": account},
                    description=_("Last day for notice before the contract renews "
                                  "automatically on %(day)s.") % {
                                      "day": renewal.contract_end.isoformat()},
                    url=url, categories=(_("Notice deadline"),), sequence=sequence,
                    last_modified=last,
                    cancelled=not renewal.auto_renew or renewal.is_closed))
    events.sort(key=lambda e: (e.day, e.uid))
    return events


def render_feed(events: list[CalendarEvent], *, name: str) -> bytes:
    """The events as an RFC 5545 calendar."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    # Ask clients to fetch again every hour (RFC 7986 and the older de-facto property).
    calendar.add("refresh-interval", vDuration(dt.timedelta(hours=1)),
                 parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        stamp = timezone.localtime(item.last_modified, dt.UTC).replace(microsecond=0)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", item.sequence)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("url", item.url)
        event.add("categories", list(item.categories))
        event.add("transp", "TRANSPARENT")
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()


def feed_for(user: Any, *, today: dt.date | None = None) -> bytes:
    """The whole .ics of ``user``'s feed: what the secret address serves."""
    name = f"DelayDesk · {user.get_full_name() or user.username}"
    return render_feed(calendar_events(user, today=today), name=name)
