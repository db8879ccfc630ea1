"""Escalation advice on constructed records; incentives and their discount limit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from delaydesk.playbooks import (
    EscalationFacts,
    EscalationSettings,
    IncentiveAdvice,
    IncentiveSettings,
    escalation_advice,
    incentive_advice,
)


def _facts(**overrides: object) -> EscalationFacts:
    values: dict[str, object] = {
        "actions_without_progress": 0,
        "decision_maker_level": "peer",
        "strategic": False,
        "arr": Decimal("20000"),
        "executive_relationship": False,
        "csm_authority_exhausted": False,
        "open_team_escalations": 0,
    }
    values.update(overrides)
    return EscalationFacts(**values)  # type: ignore[arg-type]


def test_a_fresh_delay_is_not_escalated() -> None:
    advice = escalation_advice(_facts(), EscalationSettings(), "en")
    assert not advice.recommend
    assert advice.criteria == {
        "stuck_despite_efforts": False,
        "decision_maker_needs_peer": False,
        "strategically_important": False,
        "executive_relationship": False,
        "csm_authority_exhausted": False,
    }
    assert "stuck despite best efforts" in advice.reasons[-1]


def test_important_but_not_stuck_is_not_escalated() -> None:
    advice = escalation_advice(
        _facts(actions_without_progress=2, strategic=True, decision_maker_level="executive",
               executive_relationship=True),
        EscalationSettings(), "en",
    )
    assert not advice.recommend
    assert advice.criteria["strategically_important"]


def test_stuck_alone_is_not_enough() -> None:
    advice = escalation_advice(_facts(actions_without_progress=5), EscalationSettings(), "en")
    assert advice.criteria["stuck_despite_efforts"]
    assert not advice.recommend
    assert "no further criterion" in advice.reasons[-1]


@pytest.mark.parametrize(
    "extra",
    [
        {"decision_maker_level": "executive"},
        {"decision_maker_level": "above_csm"},
        {"strategic": True},
        {"arr": Decimal("100000")},
        {"executive_relationship": True},
        {"csm_authority_exhausted": True},
    ],
)
def test_stuck_plus_one_criterion_is_escalated(extra: dict[str, object]) -> None:
    advice = escalation_advice(_facts(actions_without_progress=3, **extra), None, "en")
    assert advice.recommend
    assert sum(advice.criteria.values()) == 2
    assert advice.reasons[-1].startswith("Executive escalation recommended")


def test_arr_threshold_is_a_setting() -> None:
    facts = _facts(actions_without_progress=4, arr=Decimal("60000"), currency="EUR")
    assert not escalation_advice(facts, EscalationSettings(), "en").recommend
    advice = escalation_advice(facts, EscalationSettings(arr_threshold=Decimal("50000")), "de")
    assert advice.recommend
    assert any("60.000,00\u00a0€" in reason for reason in advice.reasons)


def test_team_cap_blocks_a_yes_with_a_reason() -> None:
    facts = _facts(actions_without_progress=4, strategic=True, open_team_escalations=3)
    advice = escalation_advice(facts, EscalationSettings(), "en")
    assert not advice.recommend and advice.blocked_by_team_cap
    assert "the team already has 3 open executive escalations" in advice.reasons[-1]
    german = escalation_advice(facts, EscalationSettings(), "de")
    assert "Das Team hat bereits 3 offene Eskalationen" in german.reasons[-1]
    relaxed = escalation_advice(facts, EscalationSettings(max_open_escalations_per_team=5), "en")
    assert relaxed.recommend
    assert relaxed.to_dict()["criteria"]["stuck_despite_efforts"] is True


def test_unknown_decision_maker_level_is_refused() -> None:
    with pytest.raises(ValueError):
        escalation_advice(_facts(decision_maker_level="king"), None, "en")


# --- incentives ---------------------------------------------------------------------------


def _incentives(**overrides: object) -> IncentiveAdvice:
    values: dict[str, object] = {
        "today": date(2027, 1, 15),
        "contract_end": date(2027, 3, 31),
        "arr": Decimal("48000"),
        "currency": "EUR",
        "price_increase_on": None,
        "requested": [],
        "settings": IncentiveSettings(),
        "lang": "en",
    }
    values.update(overrides)
    return incentive_advice(**values)  # type: ignore[arg-type]


def test_early_renewal_needs_thirty_days_before_the_end() -> None:
    advice = _incentives()
    early = advice.option("early_renewal")
    assert early.eligible and early.amount_saved == Decimal("4800.00")
    assert early.sign_by == date(2027, 3, 1)
    late = _incentives(today=date(2027, 3, 10)).option("early_renewal")
    assert not late.eligible and late.amount_saved == Decimal(0)
    assert "Only 21 days remain" in late.reason


def test_price_lock_only_with_a_recorded_future_increase() -> None:
    assert not _incentives().option("price_lock").eligible
    lock = _incentives(
        price_increase_on=date(2027, 4, 1), price_increase_rate=Decimal("0.05")
    ).option("price_lock")
    assert lock.eligible and lock.amount_saved == Decimal("2400.00")
    assert lock.sign_by == date(2027, 3, 31)
    past = _incentives(price_increase_on=date(2027, 1, 1)).option("price_lock")
    assert not past.eligible and "already took effect" in past.reason


def test_multi_year_and_value_add() -> None:
    advice = _incentives(lang="de")
    multi = advice.option("multi_year")
    assert multi.eligible and multi.amount_saved == Decimal("3840.00")
    assert "8\u00a0%" in multi.reason and "3.840,00\u00a0€" in multi.reason
    value_add = advice.option("value_add_by_date")
    assert value_add.eligible and value_add.discount_rate == 0 and value_add.amount_saved == 0
    assert value_add.sign_by == date(2027, 3, 31)


def test_combination_within_the_maximum_is_accepted() -> None:
    advice = _incentives(requested=["early_renewal", "value_add_by_date"])
    assert advice.accepted
    assert advice.total_discount_rate == Decimal("0.10")
    assert advice.total_saved == Decimal("4800.00")


def test_combination_above_the_maximum_is_refused_with_the_reason() -> None:
    advice = _incentives(requested=["early_renewal", "multi_year"])
    assert not advice.accepted
    assert advice.total_discount_rate == Decimal("0.18")
    assert "18%" in advice.reasons[0] and "maximum of 15%" in advice.reasons[0]
    # The best combination that stays within the limit is suggested instead.
    assert advice.suggested == ["early_renewal", "value_add_by_date"]
    german = _incentives(requested=["early_renewal", "multi_year"], lang="de")
    assert "über der Obergrenze von 15\u00a0%" in german.reasons[0]


def test_a_higher_maximum_allows_both_discounts() -> None:
    advice = _incentives(
        requested=["early_renewal", "multi_year"],
        settings=IncentiveSettings(max_total_discount=Decimal("0.20")),
    )
    assert advice.accepted and advice.total_saved == Decimal("8640.00")


def test_requesting_an_unavailable_option_is_refused() -> None:
    advice = _incentives(requested=["price_lock"])
    assert not advice.accepted
    assert advice.reasons[0].startswith("Refused: Price lock before the increase is not available")
    with pytest.raises(ValueError):
        _incentives(requested=["free_lunch"])


def test_incentive_to_dict_keeps_decimals_exact() -> None:
    data = _incentives(requested=["multi_year"]).to_dict()
    assert data["total_discount_rate"] == "0.08"
    assert data["options"][1]["amount_saved"] == "3840.00"
    assert data["accepted"] is True
