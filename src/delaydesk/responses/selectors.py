"""Reads for the playbook panel, API and CLI: the engine's answers for one renewal.

Everything the pure playbooks engine needs is gathered here from the database (policy, account
facts, escalation facts, the latest open delay, the champion), so pages, API and CLI show the
same advice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from delaydesk.delays.models import Delay, DelayStatus
from delaydesk.playbooks.drafts import Draft, DraftContext, draft
from delaydesk.playbooks.escalation import (
    EscalationAdvice,
    EscalationFacts,
    EscalationSettings,
    escalation_advice,
)
from delaydesk.playbooks.incentives import IncentiveAdvice, IncentiveSettings, incentive_advice
from delaydesk.playbooks.language import check_lang
from delaydesk.playbooks.mutual_plan import MutualPlan, mutual_plan
from delaydesk.playbooks.questions import QUESTIONS
from delaydesk.playbooks.responses import Playbook, PlaybookStep, playbook_for, suggested_due_date
from delaydesk.playbooks.urgency import Finding, UrgencyFacts, UrgencySettings, check_text
from delaydesk.portfolio.models import Contact, ContactRole, Renewal

from .models import AccountFacts, RenewalEscalation, ResponsePolicy

_HUNDRED = Decimal("100")


def escalation_settings(policy: ResponsePolicy) -> EscalationSettings:
    """The policy as the engine's escalation settings."""
    return EscalationSettings(
        arr_threshold=Decimal(policy.escalation_arr_threshold),
        min_actions_without_progress=policy.escalation_min_actions_without_progress,
        max_open_escalations_per_team=policy.escalation_max_open_per_team,
    )


def urgency_settings(policy: ResponsePolicy) -> UrgencySettings:
    """The policy as the engine's urgency-guard settings."""
    return UrgencySettings(
        max_discount_percent=Decimal(policy.max_discount_percent),
        tolerance_days=policy.deadline_tolerance_days,
    )


def incentive_settings(policy: ResponsePolicy) -> IncentiveSettings:
    """The policy as the engine's incentive settings (percent fields become fractions)."""
    return IncentiveSettings(
        early_renewal_days=policy.early_renewal_days,
        early_renewal_discount=Decimal(policy.early_renewal_discount_percent) / _HUNDRED,
        multi_year_discount=Decimal(policy.multi_year_discount_percent) / _HUNDRED,
        max_total_discount=Decimal(policy.max_total_discount_percent) / _HUNDRED,
    )


def account_facts_of(renewal: Renewal) -> AccountFacts:
    """The account's facts; an unsaved empty row when none are recorded yet."""
    try:
        return AccountFacts.objects.get(account_id=renewal.account_id)
    except AccountFacts.DoesNotExist:
        return AccountFacts(account=renewal.account)


def escalation_of(renewal: Renewal) -> RenewalEscalation:
    """The renewal's escalation facts; an unsaved empty row when none are recorded yet."""
    try:
        return RenewalEscalation.objects.get(renewal_id=renewal.pk)
    except RenewalEscalation.DoesNotExist:
        return RenewalEscalation(renewal=renewal)


def open_team_escalations(renewal: Renewal) -> int:
    """Open executive escalations of the renewal's team, not counting this renewal itself."""
    queryset = RenewalEscalation.objects.filter(open=True).exclude(renewal_id=renewal.pk)
    team_id = renewal.account.team_id
    if team_id is None:
        # Without a team, the owner's own escalations are the closest thing to a team cap.
        queryset = queryset.filter(renewal__account__team__isnull=True,
                                   renewal__owner_id=renewal.owner_id)
    else:
        queryset = queryset.filter(renewal__account__team_id=team_id)
    return queryset.count()


def latest_open_delay(renewal: Renewal) -> Delay | None:
    """The most recently communicated open delay of the renewal."""
    return (renewal.delays.filter(status=DelayStatus.OPEN)
            .order_by("-communicated_on", "-id").first())


def actions_without_progress(renewal: Renewal) -> int:
    """Actions recorded on the renewal's open delays: effort that has not resolved them yet."""
    result = renewal.delays.filter(status=DelayStatus.OPEN).aggregate(n=Count("actions"))
    return int(result["n"] or 0)


def missing_questions(delay: Delay | None, lang: str) -> list[str]:
    """Discovery question ids the customer's words leave unanswered.

    Taken from the delay's stored evidence when it records them, else from the diagnosis
    engine run on the customer's words. An absent or failing engine means no questions.
    """
    if delay is None:
        return []
    stored: list[Any] = []
    if isinstance(delay.signals, dict) and isinstance(delay.signals.get("missing"), list):
        stored = delay.signals["missing"]
    for item in delay.evidence or []:
        if isinstance(item, dict) and item.get("kind") == "missing" and item.get("id"):
            stored.append(item["id"])
    if not stored and delay.customer_words.strip():
        try:
            from delaydesk.diagnosis import diagnose  # type: ignore[attr-defined]

            result = diagnose(delay.customer_words, lang=lang)
            stored = list(getattr(result, "missing", None)
                          or (result.get("missing") if isinstance(result, dict) else None)
                          or [])
        except Exception:  # noqa: BLE001 - the panel works without the diagnosis engine
            stored = []
    return [qid for qid in dict.fromkeys(str(q) for q in stored) if qid in QUESTIONS]


def champion_of(renewal: Renewal) -> Contact | None:
    """The active champion of the account, else its first active contact with an e-mail."""
    contacts = renewal.account.contacts.filter(active=True)
    return (contacts.filter(role=ContactRole.CHAMPION).order_by("id").first()
            or contacts.exclude(email="").order_by("id").first())


def csm_name(renewal: Renewal, user: Any) -> str:
    """Who signs the drafts: the renewal owner, else the user looking at it."""
    person = renewal.owner or user
    return (person.get_full_name() or person.username).strip()


def urgency_facts(renewal: Renewal, today: dt.date | None = None) -> UrgencyFacts:
    """The recorded dates that make a deadline real."""
    facts = account_facts_of(renewal)
    today = today or timezone.localdate()
    # Dates agreed with the customer are real too: the proposed mutual plan and every open
    # next step (commitments, check-ins, decision deadlines) recorded on the renewal.
    delay = latest_open_delay(renewal)
    plan = mutual_plan(today, renewal.contract_end, delay.category if delay else "none",
                       renewal.account.country,
                       reonboarding_business_days=ResponsePolicy.get().reonboarding_business_days)
    agreed = [plan.info_by, plan.reconnect_on, plan.decision_by]
    agreed += list(renewal.next_steps.filter(done_on__isnull=True).values_list("due_on", flat=True))
    return UrgencyFacts(
        contract_end=renewal.contract_end,
        price_increase_on=facts.price_increase_on,
        budget_cycle_closes_on=facts.budget_cycle_closes_on,
        today=today,
        extra_dates=tuple(day for day in agreed if day is not None),
    )


def draft_check(text: str, *, lang: str | None, renewal: Renewal | None,
                today: dt.date | None = None) -> list[Finding]:
    """Run the urgency guard on ``text`` with the renewal's facts (none without a renewal)."""
    policy = ResponsePolicy.get()
    facts = urgency_facts(renewal, today) if renewal is not None else None
    return check_text(text, lang=lang, facts=facts, settings=urgency_settings(policy))


@dataclass(frozen=True)
class StepSuggestion:
    """A playbook step with its due date worked out for the account's country."""

    step: PlaybookStep
    due_on: dt.date


@dataclass(frozen=True)
class RenewalPlaybook:
    """Everything the playbook panel, API and CLI show for one renewal."""

    renewal: Renewal
    delay: Delay | None
    lang: str
    draft_lang: str
    formal: bool
    today: dt.date
    playbook: Playbook
    steps: list[StepSuggestion]
    missing: list[str]
    drafts: list[Draft]
    plan: MutualPlan
    escalation: EscalationAdvice
    incentives: IncentiveAdvice
    champion: Contact | None
    facts: AccountFacts
    escalation_facts: RenewalEscalation
    open_team_escalations: int
    team_cap: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        book = self.playbook.to_dict()
        for data, suggestion in zip(book["steps"], self.steps, strict=True):
            data["due_on"] = suggestion.due_on.isoformat()
        return {
            "renewal_id": self.renewal.pk,
            "delay_id": self.delay.pk if self.delay else None,
            "lang": self.lang,
            "draft_lang": self.draft_lang,
            "formal": self.formal,
            "today": self.today.isoformat(),
            "missing": list(self.missing),
            "playbook": book,
            "drafts": [d.to_dict() for d in self.drafts],
            "mutual_plan": self.plan.to_dict(),
            "escalation": {
                **self.escalation.to_dict(),
                "open_team_escalations": self.open_team_escalations,
                "team_cap": self.team_cap,
                "escalated": self.escalation_facts.open,
            },
            "incentives": self.incentives.to_dict(),
            "champion": ({"name": self.champion.name, "email": self.champion.email}
                         if self.champion else None),
        }


def renewal_playbook(
    renewal: Renewal,
    *,
    user: Any,
    lang: str,
    draft_lang: str | None = None,
    formal: bool = True,
    today: dt.date | None = None,
) -> RenewalPlaybook:
    """Assemble the playbook, drafts, mutual plan, escalation and incentive advice.

    ``lang`` is the CSM's language (steps and advice); ``draft_lang`` the customer's (the
    account's language when None). The caller has already checked that ``user`` may read.
    """
    lang = check_lang(lang)
    draft_lang = check_lang(draft_lang or renewal.account.language)
    today = today or timezone.localdate()
    policy = ResponsePolicy.get()
    delay = latest_open_delay(renewal)
    category = delay.category if delay else "none"
    delay_type = delay.assessed_type if delay else "none"
    missing = missing_questions(delay, draft_lang)
    book = playbook_for(category, delay_type, lang=lang, missing=missing, formal=formal)
    country = renewal.account.country
    steps = [StepSuggestion(step, suggested_due_date(step, today, country)) for step in book.steps]
    plan = mutual_plan(today, renewal.contract_end, category, country,
                       reonboarding_business_days=policy.reonboarding_business_days, lang=lang)
    facts = account_facts_of(renewal)
    esc = escalation_of(renewal)
    team_open = open_team_escalations(renewal)
    advice = escalation_advice(
        EscalationFacts(
            actions_without_progress=actions_without_progress(renewal),
            decision_maker_level=esc.decision_maker_level or None,
            strategic=renewal.account.strategic,
            arr=Decimal(renewal.arr),
            executive_relationship=facts.executive_relationship,
            csm_authority_exhausted=esc.csm_authority_exhausted,
            open_team_escalations=team_open,
            currency=renewal.currency,
        ),
        escalation_settings(policy),
        lang,
    )
    incentives = incentive_advice(
        today=today, contract_end=renewal.contract_end, arr=Decimal(renewal.arr),
        currency=renewal.currency, price_increase_on=facts.price_increase_on,
        settings=incentive_settings(policy), lang=lang,
    )
    champion = champion_of(renewal)
    drafts: list[Draft] = []
    context = DraftContext(
        lang=draft_lang,
        customer_company=renewal.account.name,
        csm_name=csm_name(renewal, user),
        csm_company=settings.COMPANY_NAME,
        contract_end=renewal.contract_end,
        arr=Decimal(renewal.arr),
        currency=renewal.currency,
        today=today,
        formal=formal,
        contact_name=champion.name if champion else "",
        plan_info_by=plan.info_by,
        plan_reconnect_on=plan.reconnect_on,
        plan_decision_by=plan.decision_by,
        missing_questions=missing,
    )
    for kind in book.draft_kinds:
        drafts.append(draft(kind, context))
    return RenewalPlaybook(
        renewal=renewal, delay=delay, lang=lang, draft_lang=draft_lang, formal=formal,
        today=today, playbook=book, steps=steps, missing=missing, drafts=drafts, plan=plan,
        escalation=advice, incentives=incentives, champion=champion, facts=facts,
        escalation_facts=esc, open_team_escalations=team_open,
        team_cap=policy.escalation_max_open_per_team,
    )
