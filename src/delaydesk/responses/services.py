"""Writes of the responses app: account facts, escalation facts, playbook steps as next steps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.dates import format_date
from delaydesk.delays.models import NextStep
from delaydesk.delays.services import next_step_add
from delaydesk.history import save_validated
from delaydesk.playbooks.mutual_plan import MILESTONE_LABELS
from delaydesk.portfolio.models import Renewal
from delaydesk.portfolio.selectors import can_edit_renewal
from delaydesk.teams.permissions import require

from .models import AccountFacts, RenewalEscalation
from .selectors import account_facts_of, escalation_of, renewal_playbook

# Which kind of next step each milestone of the mutual plan becomes.
PLAN_STEP_KINDS: dict[str, str] = {
    "A": "customer_commitment",
    "B": "check_in",
    "C": "decision_deadline",
    "D": "decision_deadline",
}


def response_facts_update(
    *,
    by: Any,
    renewal: Renewal,
    price_increase_on: dt.date | None,
    budget_cycle_closes_on: dt.date | None,
    executive_relationship: bool,
    decision_maker_level: str,
    csm_authority_exhausted: bool,
    escalated: bool,
) -> tuple[AccountFacts, RenewalEscalation]:
    """Record the facts behind urgency (account) and escalation (renewal).

    Marking the renewal as escalated sets the escalation date once; clearing it closes the
    escalation, which frees a place under the team's cap.
    """
    require(can_edit_renewal(by, renewal))
    facts = account_facts_of(renewal)
    facts.price_increase_on = price_increase_on
    facts.budget_cycle_closes_on = budget_cycle_closes_on
    facts.executive_relationship = executive_relationship
    esc = escalation_of(renewal)
    esc.decision_maker_level = decision_maker_level
    esc.csm_authority_exhausted = csm_authority_exhausted
    if escalated and not esc.open:
        esc.escalated_on = timezone.localdate()
    esc.open = escalated
    esc.updated_by = by
    with transaction.atomic():
        save_validated(facts, by=by, reason="response facts")
        save_validated(esc, by=by, reason="escalation facts")
    return facts, esc


def playbook_step_add(
    *, by: Any, renewal: Renewal, step_id: str, lang: str, today: dt.date | None = None
) -> NextStep:
    """Turn one step of the renewal's current playbook into a next step with its due date.

    The step is looked up in the playbook as it stands now, so the title, kind and due date
    are the engine's, not whatever a form sent.
    """
    require(can_edit_renewal(by, renewal))
    current = renewal_playbook(renewal, user=by, lang=lang, today=today)
    for suggestion in current.steps:
        if suggestion.step.id == step_id:
            return next_step_add(
                by=by, renewal=renewal, what=suggestion.step.title[:300],
                due_on=suggestion.due_on, kind=suggestion.step.kind, delay=current.delay,
            )
    raise ValidationError({"step": _("This step is not part of the current playbook.")})


def mutual_plan_accept(
    *, by: Any, renewal: Renewal, lang: str, today: dt.date | None = None
) -> list[NextStep]:
    """Add the mutual plan's dates A to D as next steps.

    Dates already planned with the same text are skipped, so accepting twice adds nothing; a
    contract end in the past is skipped as well because next steps cannot be due in the past.
    """
    require(can_edit_renewal(by, renewal))
    current = renewal_playbook(renewal, user=by, lang=lang, today=today)
    today = current.today
    prefix = _("Mutual plan")
    created: list[NextStep] = []
    with transaction.atomic():
        for key, day in current.plan.dates.items():
            if day < today:
                continue
            label = MILESTONE_LABELS[key][current.lang]
            what = f"{prefix}: {label} {format_date(day, current.lang)}"
            if renewal.next_steps.filter(what=what, due_on=day).exists():
                continue
            created.append(next_step_add(
                by=by, renewal=renewal, what=what, due_on=day, kind=PLAN_STEP_KINDS[key],
                delay=current.delay,
            ))
    return created
