"""Reads for bridges: the engine's inputs built from the renewal record, and its answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from django.db.models import QuerySet, Sum
from django.http import Http404

from delaydesk.bridges import (
    BridgeQuote,
    RenewalTerms,
    ScenarioPlan,
    WalkAwayAdvice,
    WalkAwayFacts,
    bridge_offers,
    professional_exit_draft,
    scenario_plan,
    walk_away_advice,
)
from delaydesk.bridges.dates import Lang
from delaydesk.bridges.offers import TIME_BUYING_KINDS
from delaydesk.delays.models import Action, Delay, DelayStatus, NextStep, NextStepKind
from delaydesk.portfolio.models import Contact, ContactRole, Renewal
from delaydesk.portfolio.selectors import renewals_for

from .models import BridgeOffer, BridgePolicy, OfferStatus

# An open delay older than this without resolution counts as the customer stalling.
STALLING_AFTER_DAYS = 21


def engine_lang(code: str | None) -> Lang:
    """Map a Django language code (``de``, ``de-ch``, ``en-us``) to the engine's ``de``/``en``."""
    return "de" if (code or "").lower().startswith("de") else "en"


def open_delay(renewal: Renewal) -> Delay | None:
    """The renewal's latest open delay, or None."""
    return (Delay.objects.filter(renewal=renewal, status=DelayStatus.OPEN)
            .order_by("-communicated_on", "-id").first())


def accepted_extensions(renewal: Renewal) -> QuerySet[BridgeOffer]:
    """Accepted offers that only bought time (not pilots or auto-renewal clauses)."""
    return BridgeOffer.objects.filter(
        renewal=renewal, status=OfferStatus.ACCEPTED, kind__in=sorted(TIME_BUYING_KINDS)
    ).order_by("decided_on", "id")


def _actions(renewal: Renewal) -> list[Action]:
    return list(Action.objects.filter(delay__renewal=renewal).order_by("taken_on", "id"))


def _progress_since_last_extension(renewal: Renewal, actions: list[Action]) -> bool:
    last = accepted_extensions(renewal).last()
    if last is None or last.decided_on is None:
        return False
    return any(a.customer_response.strip() and a.taken_on >= last.decided_on for a in actions)


def renewal_terms(renewal: Renewal, *, today: dt.date, lang: str) -> RenewalTerms:
    """Build the engine's RenewalTerms from the renewal, its account and its open delay."""
    delay = open_delay(renewal)
    actions = _actions(renewal)
    return RenewalTerms(
        arr=renewal.arr,
        currency=renewal.currency,
        contract_end=renewal.contract_end,
        today=today,
        fiscal_year_start_month=renewal.account.fiscal_year_start_month,
        lang=engine_lang(lang),
        category=delay.category if delay else None,
        delay_type=delay.assessed_type if delay else None,
        relationship="strained" if delay and delay.category == "risk" else None,
        value_doubts=bool(delay and delay.assessed_type == "hidden_problem"),
        extensions_granted=accepted_extensions(renewal).count(),
        progress_since_last_extension=_progress_since_last_extension(renewal, actions),
    )


def renewal_bridges(renewal: Renewal, *, today: dt.date, lang: str) -> list[BridgeQuote]:
    """Every bridge for the renewal, priced with the admin's policy, in ``lang``."""
    terms = renewal_terms(renewal, today=today, lang=lang)
    return bridge_offers(terms, BridgePolicy.get().bridge_settings())


def expected_signature(renewal: Renewal) -> dt.date | None:
    """The earliest open decision deadline or customer commitment, or None."""
    step = (NextStep.objects.filter(
        renewal=renewal, done_on__isnull=True,
        kind__in=[NextStepKind.DECISION_DEADLINE, NextStepKind.CUSTOMER_COMMITMENT],
    ).order_by("due_on", "id").first())
    return step.due_on if step else None


def renewal_scenarios(renewal: Renewal, *, today: dt.date, lang: str) -> ScenarioPlan:
    """The four scenarios (renews, slips, churns, changes) for the renewal."""
    terms = renewal_terms(renewal, today=today, lang=lang)
    return scenario_plan(terms, expected_signature=expected_signature(renewal),
                         settings=BridgePolicy.get().bridge_settings())


def walk_away_facts(renewal: Renewal, *, today: dt.date) -> WalkAwayFacts:
    """What the record says about walking away (see the engine's WalkAwayFacts)."""
    delay = open_delay(renewal)
    actions = _actions(renewal)
    unanswered = 0
    for action in reversed(actions):  # count back to the last answer
        if action.customer_response.strip():
            break
        unanswered += 1
    remediation_end = None
    if delay is not None and delay.category == "risk":
        latest = (NextStep.objects.filter(renewal=renewal, done_on__isnull=True,
                                          kind=NextStepKind.OUR_ACTION)
                  .order_by("-due_on", "-id").first())
        remediation_end = latest.due_on if latest else None
    costs = (BridgeOffer.objects.filter(renewal=renewal, status=OfferStatus.ACCEPTED)
             .aggregate(total=Sum("price"))["total"]) or Decimal(0)
    return WalkAwayFacts(
        arr=renewal.arr,
        currency=renewal.currency,
        contract_end=renewal.contract_end,
        extensions_granted=accepted_extensions(renewal).count(),
        progress_since_last_extension=_progress_since_last_extension(renewal, actions),
        unanswered_outreach=unanswered,
        remediation_end=remediation_end,
        shopping_confirmed=bool(delay and delay.assessed_type == "shopping"),
        stalling=bool(delay and (today - delay.communicated_on).days > STALLING_AFTER_DAYS),
        bridge_costs=costs,
        actions_logged=len(actions),
    )


def renewal_walk_away(renewal: Renewal, *, today: dt.date, lang: str) -> WalkAwayAdvice:
    """The walk-away advice for the renewal in ``lang``."""
    return walk_away_advice(walk_away_facts(renewal, today=today),
                            BridgePolicy.get().walk_away_settings(), engine_lang(lang))


@dataclass(frozen=True)
class ExitDraft:
    """The professional exit e-mail in the account's language, addressed to the champion."""

    lang: Lang
    subject: str
    body: str
    to_name: str
    to_email: str

    @property
    def mailto(self) -> str:
        """A mailto link that opens the draft in the user's mail program."""
        return (f"mailto:{quote(self.to_email)}?subject={quote(self.subject)}"
                f"&body={quote(self.body)}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form, with the mailto link."""
        return {"lang": self.lang, "subject": self.subject, "body": self.body,
                "to_name": self.to_name, "to_email": self.to_email, "mailto": self.mailto}


def champion_contact(renewal: Renewal) -> Contact | None:
    """The account's active champion, else any active contact."""
    contacts = Contact.objects.filter(account=renewal.account, active=True)
    return (contacts.filter(role=ContactRole.CHAMPION).order_by("id").first()
            or contacts.order_by("id").first())


def renewal_exit_draft(renewal: Renewal, *, user: Any) -> ExitDraft | None:
    """The exit draft in the account's language; None while the account has no contact."""
    contact = champion_contact(renewal)
    if contact is None or not contact.name.strip():
        return None
    csm = renewal.owner or user
    lang = engine_lang(renewal.account.language)
    subject, body = professional_exit_draft(
        lang, customer_name=renewal.account.name, contact_name=contact.name,
        csm_name=str(csm) or csm.username, contract_end=renewal.contract_end,
    )
    return ExitDraft(lang, subject, body, contact.name, contact.email)


def offers_of(renewal: Renewal) -> QuerySet[BridgeOffer]:
    """The renewal's stored offers, newest first."""
    return BridgeOffer.objects.filter(renewal=renewal).select_related("proposed_by",
                                                                      "decided_by")


def bridge_offer_get(user: Any, pk: int) -> BridgeOffer:
    """One offer on a renewal ``user`` may read, or 404."""
    try:
        return BridgeOffer.objects.select_related("renewal", "renewal__account").get(
            pk=pk, renewal__in=renewals_for(user).values("pk"))
    except (BridgeOffer.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
