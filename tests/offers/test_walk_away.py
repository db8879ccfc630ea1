"""Walk-away signs read from constructed renewal records, and walking away itself."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from delaydesk.bridges import add_months
from delaydesk.delays.models import NextStep
from delaydesk.offers import selectors, services
from delaydesk.offers.models import BridgeOffer
from factories import ActionFactory, ContactFactory, DelayFactory, NextStepFactory

TODAY = dt.date(2026, 3, 2)


def _accepted(renewal, owner, days_ago: int, kind: str = "extension_30",
              price: str = "1000.00") -> BridgeOffer:
    return BridgeOffer.objects.create(
        renewal=renewal, kind=kind, price=Decimal(price), currency="EUR",
        start=renewal.contract_end, end=renewal.contract_end + dt.timedelta(days=29),
        status="accepted", proposed_by=owner, decided_by=owner,
        decided_on=TODAY - dt.timedelta(days=days_ago),
    )


def _signs(renewal):
    advice = selectors.renewal_walk_away(renewal, today=TODAY, lang="en")
    return advice, {sign.id for sign in advice.signs if sign.met}


def test_a_fresh_renewal_keeps_going(roles):
    advice, met = _signs(roles["renewal"])
    assert advice.recommendation == "keep_going" and met == set()


def test_two_extensions_without_progress(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    delay = DelayFactory(renewal=renewal, communicated_on=TODAY - dt.timedelta(days=5))
    _accepted(renewal, owner, 40)
    _accepted(renewal, owner, 10)
    ActionFactory(delay=delay, taken_on=TODAY - dt.timedelta(days=20),
                  customer_response="Legal is nearly done.")  # before the last extension
    facts = selectors.walk_away_facts(renewal, today=TODAY)
    assert (facts.extensions_granted, facts.progress_since_last_extension) == (2, False)
    assert facts.bridge_costs == Decimal("2000.00")
    _advice, met = _signs(renewal)
    assert "extensions_without_progress" in met


def test_an_answer_after_the_last_extension_counts_as_progress(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    delay = DelayFactory(renewal=renewal, communicated_on=TODAY - dt.timedelta(days=5))
    _accepted(renewal, owner, 40)
    _accepted(renewal, owner, 10)
    ActionFactory(delay=delay, taken_on=TODAY - dt.timedelta(days=3),
                  customer_response="We signed internally, PO follows.")
    _advice, met = _signs(renewal)
    assert "extensions_without_progress" not in met


def test_silence_shopping_and_unfixable_problems_mean_walk_away(roles):
    renewal = roles["renewal"]
    delay = DelayFactory(renewal=renewal, assessed_type="shopping", category="risk", risk=90,
                         communicated_on=TODAY - dt.timedelta(days=30))
    ActionFactory(delay=delay, taken_on=TODAY - dt.timedelta(days=25),
                  customer_response="We will get back to you.")
    for days_ago in (20, 12, 4):
        ActionFactory(delay=delay, taken_on=TODAY - dt.timedelta(days=days_ago),
                      description="Called the champion, no answer")
    NextStepFactory(renewal=renewal, kind="our_action",
                    due_on=renewal.contract_end + dt.timedelta(days=200))
    facts = selectors.walk_away_facts(renewal, today=TODAY)
    assert facts.unanswered_outreach == 3
    assert facts.shopping_confirmed and facts.stalling
    assert facts.remediation_end == renewal.contract_end + dt.timedelta(days=200)
    assert facts.actions_logged == 4
    advice, met = _signs(renewal)
    assert {"no_honest_conversation", "stringing_along", "unfixable_problems"} <= met
    assert advice.recommendation == "walk_away"


def test_costly_bridges_on_a_small_account(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    renewal.arr = Decimal("8000.00")
    renewal.save()
    _accepted(renewal, owner, 5, kind="paid_pilot", price="2500.00")
    delay = DelayFactory(renewal=renewal, communicated_on=TODAY - dt.timedelta(days=2))
    for _ in range(8):
        ActionFactory(delay=delay, taken_on=TODAY - dt.timedelta(days=1),
                      customer_response="ok")
    facts = selectors.walk_away_facts(renewal, today=TODAY)
    assert facts.extensions_granted == 0  # a pilot does not only buy time
    _advice, met = _signs(renewal)
    assert met == {"economics", "effort_better_spent"}


@pytest.mark.parametrize("language, greeting", [("de", "Guten Tag Dana Berger"),
                                                ("en", "Dear Dana Berger")])
def test_exit_draft_goes_to_the_champion_in_the_accounts_language(roles, language, greeting):
    account = roles["account"]
    account.language = language
    account.save()
    ContactFactory(account=account, name="Max Other", email="max@example.com",
                   role="procurement")
    ContactFactory(account=account, name="Dana Berger", email="dana@example.com",
                   role="champion")
    draft = selectors.renewal_exit_draft(roles["renewal"], user=roles["users"]["owner"])
    assert draft is not None and draft.body.startswith(greeting)
    assert draft.mailto.startswith("mailto:dana%40example.com?subject=")


def test_walking_away_closes_and_plans_one_check_in_six_months_later(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    services.renewal_walk_away(by=owner, renewal=renewal)
    services.renewal_walk_away(by=owner, renewal=renewal)  # double submit
    renewal.refresh_from_db()
    assert renewal.stage == "walked_away"
    steps = NextStep.objects.filter(renewal=renewal, kind="check_in")
    assert steps.count() == 1
    assert steps.get().due_on == add_months(timezone.localdate(), 6)
