"""The complete proposed response to one delay: playbook, mutual plan and drafts together.

This is what the web page, the API and ``delaydesk playbook RENEWAL_ID`` show: every step
with a concrete due date, the four mutual-plan dates and the fitting e-mails, already filled
with the plan's dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from delaydesk.playbooks.drafts import DraftContext, draft
from delaydesk.playbooks.mutual_plan import mutual_plan
from delaydesk.playbooks.responses import playbook_for, suggested_due_date


def response_plan(
    category: str,
    delay_type: str,
    *,
    ctx: DraftContext,
    country: str | None,
    missing: Iterable[str] = (),
    reonboarding_business_days: int = 15,
    draft_kinds: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Playbook, mutual plan and drafts for a delay, as plain data.

    Returns ``{"playbook": {..., "steps": [{..., "due_on": "YYYY-MM-DD"}]},
    "mutual_plan": {...} | None, "drafts": [{"kind", "lang", "formal", "subject", "body"}]}``.
    Plan dates already set in ``ctx`` are kept; missing ones come from the proposed plan.
    ``draft_kinds`` defaults to the drafts that fit the playbook. Category ``none`` yields
    the empty playbook, no plan and no drafts.
    """
    missing = list(missing)
    playbook = playbook_for(category, delay_type, lang=ctx.lang, missing=missing, formal=ctx.formal)
    playbook_data = playbook.to_dict()
    if category == "none":
        return {"playbook": playbook_data, "mutual_plan": None, "drafts": []}

    plan = mutual_plan(
        ctx.today, ctx.contract_end, category, country,
        reonboarding_business_days=reonboarding_business_days, lang=ctx.lang,
    )
    for step, data in zip(playbook.steps, playbook_data["steps"], strict=True):
        due = suggested_due_date(step, ctx.today, country)
        if step.id == "confirm_decision_date":
            # The decision date is the mutual plan's C, so the two never disagree.
            due = plan.decision_by
        elif step.id == "set_real_deadline" and not plan.bridge_needed:
            due = min(due, plan.decision_by)
        data["due_on"] = due.isoformat()

    filled = replace(
        ctx,
        plan_info_by=ctx.plan_info_by or plan.info_by,
        plan_reconnect_on=ctx.plan_reconnect_on or plan.reconnect_on,
        plan_decision_by=ctx.plan_decision_by or plan.decision_by,
        missing_questions=list(ctx.missing_questions) or missing,
    )
    kinds = list(draft_kinds) if draft_kinds is not None else list(playbook.draft_kinds)
    return {
        "playbook": playbook_data,
        "mutual_plan": plan.to_dict(),
        "drafts": [draft(kind, filled).to_dict() for kind in kinds],
    }
