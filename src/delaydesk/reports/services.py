"""Writes of the reports app: post-mortems, archiving delays, e-mailing the weekly update."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from email.mime.image import MIMEImage
from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.delays.models import Delay, DelayStatus, DelayType
from delaydesk.history import save_validated
from delaydesk.portfolio.models import CLOSED_STAGES, Renewal
from delaydesk.portfolio.selectors import can_edit_renewal
from delaydesk.teams.permissions import require

from . import rendering
from .models import Lesson, PostMortem, WeeklyDelivery
from .selectors import WeeklyReport

# A claim older than this without a sent mark belongs to a run that died: it may be retaken.
STALE_CLAIM = dt.timedelta(minutes=30)


def postmortem_save(
    *,
    by: Any,
    renewal: Renewal,
    cause_type: str,
    cause: str,
    differently: str,
    prevention: str,
    lessons: list[str] | None = None,
) -> PostMortem:
    """Write (or rewrite) the post-mortem of a closed renewal that had a delay.

    What caused the delay, what could have been done differently, how to prevent it. The
    outcome is taken from the renewal's stage.
    """
    require(can_edit_renewal(by, renewal))
    if renewal.stage not in CLOSED_STAGES:
        raise ValidationError(_("A post-mortem is written once the renewal is closed: renewed, "
                                "churned or walked away."))
    if not renewal.delays.exists():
        raise ValidationError(_("This renewal had no delay, so it needs no post-mortem."))
    lessons = list(dict.fromkeys(lessons or []))
    unknown = [code for code in lessons if code not in Lesson.values]
    if unknown:
        raise ValidationError({"lessons": _("Choose lessons from the list.")})
    if cause_type not in DelayType.values:
        raise ValidationError({"cause_type": _("Choose the real cause from the list.")})
    fields = {"cause_type": cause_type, "cause": cause.strip(),
              "differently": differently.strip(), "prevention": prevention.strip(),
              "lessons": lessons, "outcome": renewal.stage}
    for attempt in range(2):
        try:
            with transaction.atomic():
                postmortem = (PostMortem.objects.select_for_update().filter(renewal=renewal)
                              .first())
                if postmortem is None:
                    postmortem = PostMortem(renewal=renewal, written_by=by)
                for name, value in fields.items():
                    setattr(postmortem, name, value)
                return save_validated(postmortem, by=by, reason="post-mortem")
        except IntegrityError:
            if attempt:  # pragma: no cover - two writers raced twice in a row
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def delay_archive(*, by: Any, delay: Delay, on: dt.date | None = None) -> Delay:
    """Archive a delay once its renewal has a post-mortem; refuse without one.

    A delay still open is resolved on the same day. Archiving twice keeps the first date.
    """
    require(can_edit_renewal(by, delay.renewal))
    if not PostMortem.objects.filter(renewal_id=delay.renewal_id).exists():
        raise ValidationError(_("Write the post-mortem of this renewal before archiving its "
                                "delays: what caused the delay, what could have been done "
                                "differently and how to prevent it."))
    with transaction.atomic():
        locked = Delay.objects.select_for_update().get(pk=delay.pk)
        if locked.archived_on is None:
            day = on or timezone.localdate()
            if locked.status == DelayStatus.OPEN:
                locked.status = DelayStatus.RESOLVED
                locked.resolved_on = max(day, locked.communicated_on)
            locked.archived_on = day
            save_validated(locked, by=by, reason="archived after the post-mortem")
    delay.refresh_from_db()
    return delay


def renewal_delays_archive(*, by: Any, renewal: Renewal) -> int:
    """Archive every delay of the renewal (see delay_archive); returns how many were new."""
    require(can_edit_renewal(by, renewal))
    pending = list(renewal.delays.filter(archived_on__isnull=True))
    with transaction.atomic():
        for delay in pending:
            delay_archive(by=by, delay=delay)
    return len(pending)


@dataclass(frozen=True)
class DeliveryResult:
    """What ``weekly_report_send`` did: sent (to whom, how many messages) or not, and why."""

    sent: bool
    delivery: WeeklyDelivery
    recipients: list[str]
    messages: int = 0
    already_sent_at: dt.datetime | None = None
    in_progress: bool = False


def _claim(report: WeeklyReport, *, force: bool, now: dt.datetime) -> tuple[WeeklyDelivery, bool]:
    """Take the one delivery row of this scope and week; (row, whether we may send)."""
    key = {"scope": report.scope.key, "week": str(report.week)}
    while True:
        try:
            with transaction.atomic():
                delivery = WeeklyDelivery.objects.create(
                    **key, team_id=report.scope.team_id, owner_id=report.scope.owner_id,
                    claimed_at=now)
            return delivery, True
        except IntegrityError:
            pass
        existing = WeeklyDelivery.objects.filter(**key).first()
        if existing is None:
            continue  # the other run failed and gave its claim back: claim it afresh
        taken = WeeklyDelivery.objects.filter(pk=existing.pk)
        if not force:
            # Only a claim abandoned by a run that died may be taken over.
            taken = taken.filter(sent_at__isnull=True, claimed_at__lt=now - STALE_CLAIM)
        won = taken.update(claimed_at=now) == 1
        existing.refresh_from_db()
        return existing, won


def weekly_email_messages(report: WeeklyReport,
                          recipients: list[Any]) -> list[EmailMultiAlternatives]:
    """One message per language of the recipients: text and HTML parts, charts inline as SVG.

    The SVG charts travel as ``image/svg+xml`` parts of a multipart/related message and the
    HTML shows them through ``cid:`` links, so no mail client has to fetch anything.
    """
    from django.conf import settings

    by_lang: dict[str, list[str]] = {}
    for person in recipients:
        by_lang.setdefault(rendering.engine_lang(person.language), []).append(person.email)
    messages = []
    for lang, addresses in sorted(by_lang.items()):
        localised = dataclasses.replace(report, lang=lang)
        charts = rendering.weekly_charts(localised)
        with rendering.language(lang) as engine:
            subject = rendering.week_title(localised, engine)
        message = EmailMultiAlternatives(
            subject=subject, body=rendering.weekly_markdown(localised),
            from_email=settings.DEFAULT_FROM_EMAIL, to=addresses,
        )
        message.attach_alternative(rendering.weekly_email_html(localised, charts), "text/html")
        message.mixed_subtype = "related"
        for chart in charts:
            part = MIMEImage(chart.svg.encode("utf-8"), _subtype="svg+xml")
            part.add_header("Content-ID", f"<{chart.id}@delaydesk>")
            part.add_header("Content-Disposition", "inline", filename=f"{chart.id}.svg")
            message.attach(part)
        messages.append(message)
    return messages


def weekly_report_send(*, report: WeeklyReport, recipients: list[Any],
                       force: bool = False, now: dt.datetime | None = None) -> DeliveryResult:
    """E-mail the weekly update once per scope and week, through the configured SMTP server.

    A second run for the same week says it was already sent unless ``force``; two hosts
    running at the same moment send once (the delivery row is claimed before sending). If
    sending fails the claim is given back, so the next run tries again.
    """
    now = now or timezone.now()
    addresses = [person.email for person in recipients]
    if not addresses:
        raise ValidationError(_("Nobody in this team has an e-mail address."))
    delivery, won = _claim(report, force=force, now=now)
    if not won:
        return DeliveryResult(sent=False, delivery=delivery, recipients=addresses,
                              already_sent_at=delivery.sent_at,
                              in_progress=delivery.sent_at is None)
    messages = weekly_email_messages(report, recipients)
    try:
        connection = get_connection(fail_silently=False)
        connection.send_messages(messages)
    except Exception:
        if delivery.times_sent == 0:
            WeeklyDelivery.objects.filter(pk=delivery.pk, sent_at__isnull=True).delete()
        raise
    WeeklyDelivery.objects.filter(pk=delivery.pk).update(
        sent_at=timezone.now(), times_sent=delivery.times_sent + 1,
        recipients=", ".join(addresses))
    delivery.refresh_from_db()
    return DeliveryResult(sent=True, delivery=delivery, recipients=addresses,
                          messages=len(messages))
