"""Writes to the delay log. Pages, the API and the CLI all call these."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.history import apply_changes, save_validated
from delaydesk.portfolio.models import CLOSED_STAGES, Renewal, Stage
from delaydesk.portfolio.selectors import can_edit_renewal
from delaydesk.teams.permissions import require

from .models import Action, Delay, DelayStatus, NextStep
from .selectors import diagnosis_for


def delay_log(
    *,
    by: Any,
    renewal: Renewal,
    communicated_on: dt.date,
    channel: str = "email",
    customer_words: str = "",
    stated_reason: str = "",
    stated_type: str = "",
    assessed_type: str | None = None,
    category: str | None = None,
    risk: int | None = None,
    evidence: list[dict[str, Any]] | None = None,
    help_needed: bool = False,
    help_text: str = "",
    signals: dict[str, bool] | None = None,
    diagnosis: dict[str, Any] | None = None,
) -> Delay:
    """Log a delay on a renewal with the CSM's view and the diagnosis engine's.

    When the customer's words are given they are diagnosed here (unless ``diagnosis`` is
    passed); a type or category the CSM leaves open is taken from the diagnosis, one they set
    is kept as their correction. A renewal that is upcoming or in conversation moves to the
    stage "delayed".
    """
    require(can_edit_renewal(by, renewal))
    if communicated_on > timezone.localdate():
        raise ValidationError(
            {"communicated_on": _("A delay cannot be communicated in the future.")})
    if renewal.is_closed:
        raise ValidationError(_("This renewal is closed; reopen it before logging a delay."))
    if help_needed and not help_text.strip():
        raise ValidationError({"help_text": _("Say what help you need from the team.")})
    if diagnosis is None and customer_words.strip():
        try:
            diagnosis = diagnosis_for(renewal, customer_words, signals=signals)
        except ValueError as error:
            raise ValidationError({"customer_words": str(error)}) from None
    if not assessed_type or not category:
        if not diagnosis:
            raise ValidationError(_("Choose a type and a category, or paste the customer's "
                                    "words so they can be diagnosed."))
        if diagnosis.get("category") == "none":
            raise ValidationError(_("The diagnosis reads this message as no delay. If it is "
                                    "one, choose the type and category yourself."))
        assessed_type = assessed_type or diagnosis["delay_type"]
        category = category or diagnosis["category"]
    delay = Delay(
        renewal=renewal, communicated_on=communicated_on, channel=channel,
        customer_words=customer_words, stated_reason=stated_reason, stated_type=stated_type,
        assessed_type=assessed_type, category=category, help_needed=help_needed,
        help_text=help_text, signals=signals or {}, created_by=by, evidence=evidence or [],
    )
    if diagnosis:
        delay.model_type = str(diagnosis.get("delay_type", ""))
        delay.model_category = str(diagnosis.get("category", ""))
        delay.model_risk = diagnosis.get("risk")
        delay.model_confidence = diagnosis.get("confidence")
        if not evidence:
            delay.evidence = list(diagnosis.get("evidence") or [])
    delay.risk = risk if risk is not None else (delay.model_risk if delay.model_risk is not None
                                                else _default_risk(category))
    with transaction.atomic():
        save_validated(delay, by=by)
        if renewal.stage in (Stage.UPCOMING, Stage.IN_CONVERSATION):
            renewal.stage = Stage.DELAYED
            save_validated(renewal, by=by, reason="delay logged")
    return delay


def _default_risk(category: str) -> int:
    return {"administrative": 20, "decision": 50, "risk": 80}.get(category, 50)


def delay_update(*, by: Any, delay: Delay, **changes: Any) -> Delay:
    """Correct the CSM's view of a delay (type, category, risk, help needed)."""
    require(can_edit_renewal(by, delay.renewal))
    allowed = {"stated_reason", "stated_type", "assessed_type", "category", "risk",
               "help_needed", "help_text", "channel", "customer_words"}
    apply_changes(delay, changes, allowed=allowed)
    if delay.help_needed and not delay.help_text.strip():
        raise ValidationError({"help_text": _("Say what help you need from the team.")})
    with transaction.atomic():
        return save_validated(delay, by=by)


def delay_resolve(*, by: Any, delay: Delay, resolved_on: dt.date | None = None) -> Delay:
    """Mark a delay as resolved."""
    require(can_edit_renewal(by, delay.renewal))
    resolved_on = resolved_on or timezone.localdate()
    if resolved_on < delay.communicated_on:
        raise ValidationError({"resolved_on": _("A delay cannot be resolved before it began.")})
    delay.status = DelayStatus.RESOLVED
    delay.resolved_on = resolved_on
    with transaction.atomic():
        return save_validated(delay, by=by)


def action_record(
    *, by: Any, delay: Delay, taken_on: dt.date, description: str, customer_response: str = ""
) -> Action:
    """Record an action taken on a delay and how the customer responded."""
    require(can_edit_renewal(by, delay.renewal))
    if taken_on > timezone.localdate():
        raise ValidationError({"taken_on": _("An action taken cannot lie in the future.")})
    action = Action(delay=delay, taken_on=taken_on, description=description,
                    customer_response=customer_response, created_by=by)
    with transaction.atomic():
        return save_validated(action, by=by)


def next_step_add(
    *,
    by: Any,
    renewal: Renewal,
    what: str,
    due_on: dt.date,
    kind: str = "our_action",
    owner: Any = None,
    delay: Delay | None = None,
) -> NextStep:
    """Add a dated next step to a renewal (optionally tied to one of its delays)."""
    require(can_edit_renewal(by, renewal))
    if delay is not None and delay.renewal_id != renewal.pk:
        raise ValidationError({"delay": _("This delay belongs to another renewal.")})
    if due_on < timezone.localdate():
        raise ValidationError({"due_on": _("The due date cannot be in the past.")})
    if renewal.stage in CLOSED_STAGES and kind != "check_in":
        raise ValidationError(_("This renewal is closed; only check-ins can be planned."))
    step = NextStep(renewal=renewal, delay=delay, what=what, due_on=due_on, kind=kind,
                    owner=owner or renewal.owner or by, created_by=by)
    with transaction.atomic():
        return save_validated(step, by=by)


def next_step_complete(*, by: Any, step: NextStep, done_on: dt.date | None = None) -> NextStep:
    """Mark a next step as done (completing it twice keeps the first date)."""
    require(can_edit_renewal(by, step.renewal))
    with transaction.atomic():
        locked = NextStep.objects.select_for_update().get(pk=step.pk)
        if locked.done_on is None:
            locked.done_on = done_on or timezone.localdate()
            save_validated(locked, by=by)
    step.refresh_from_db()
    return step
