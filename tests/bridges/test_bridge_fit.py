"""Which bridge fits which delay, and the reasons the CSM reads."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from delaydesk.bridges import RenewalTerms, bridge_offers

END = date(2027, 3, 31)


def fits(**context: Any) -> dict[str, bool]:
    return {q.kind: q.fits for q in bridge_offers(terms(**context))}


def reasons(kind: str, **context: Any) -> list[str]:
    return next(q.reasons for q in bridge_offers(terms(**context)) if q.kind == kind)


def terms(days_left: int = 90, **context: Any) -> RenewalTerms:
    return RenewalTerms(arr=Decimal("120000"), currency="EUR", contract_end=END,
                        today=END - timedelta(days=days_left), **context)


def fitting(**context: Any) -> set[str]:
    return {kind for kind, ok in fits(**context).items() if ok}


def test_process_delay_months_ahead_fits_the_fixed_extensions() -> None:
    assert fitting(category="administrative", delay_type="process") == {
        "extension_30", "extension_60", "auto_renewal_clause",
    }


def test_budget_delay_fits_the_quarterly_bridge_not_the_fee_extension() -> None:
    result = fitting(category="administrative", delay_type="budget")
    assert {"quarterly", "extension_30"} <= result
    assert "extension_60" not in result
    assert "fiscal quarter" in reasons("extension_60", category="administrative",
                                       delay_type="budget")[0]


def test_sudden_budget_concerns_are_risk_and_get_no_quarterly_bridge() -> None:
    assert "quarterly" not in fitting(category="risk", delay_type="budget")


def test_decision_delay_gets_no_time_buying_bridge_months_ahead() -> None:
    assert fitting(category="decision", delay_type="alignment") == {"auto_renewal_clause"}
    assert "not solved by time alone" in reasons("extension_30", category="decision")[0]


def test_hidden_problem_fits_the_paid_pilot() -> None:
    result = fitting(category="risk", delay_type="hidden_problem")
    assert "paid_pilot" in result
    assert "extension_30" not in result


def test_value_doubts_make_a_pilot_fit_even_when_shopping() -> None:
    assert "paid_pilot" in fitting(category="risk", delay_type="shopping", value_doubts=True)
    assert "paid_pilot" not in fitting(category="risk", delay_type="shopping")


def test_month_to_month_needs_flexibility_a_strong_relationship_and_churn_risk() -> None:
    base = {"category": "risk", "delay_type": "hidden_problem", "needs_flexibility": True}
    assert "month_to_month" in fitting(relationship="strong", **base)
    assert "month_to_month" not in fitting(relationship="strained", **base)
    assert "month_to_month" not in fitting(relationship="neutral", **base)
    assert "month_to_month" not in fitting(relationship="strong", category="risk")
    assert "month_to_month" not in fitting(relationship="strong", needs_flexibility=True,
                                           category="administrative")
    strained = reasons("month_to_month", relationship="strained", **base)
    assert any("strained" in reason for reason in strained)


def test_grace_period_and_hold_fit_when_paperwork_finishes_at_the_contract_end() -> None:
    result = fitting(days_left=10, category="administrative", delay_type="process")
    assert {"grace_period", "account_hold"} <= result
    too_early = fitting(days_left=40, category="administrative", delay_type="process")
    assert "grace_period" not in too_early and "account_hold" not in too_early
    assert "40 days away" in reasons("grace_period", days_left=40, category="administrative")[0]


def test_hold_is_not_a_free_gift_to_a_customer_at_risk() -> None:
    assert "account_hold" not in fitting(days_left=5, category="risk", delay_type="shopping")


def test_repeated_extensions_without_progress_are_penalised_and_said_so() -> None:
    context = {"category": "administrative", "delay_type": "process", "extensions_granted": 2}
    result = fitting(**context)
    assert "extension_30" not in result and "extension_60" not in result
    assert any("2 extensions have already been granted without progress" in r
               for r in reasons("extension_30", **context))
    # Progress since the last extension lifts the penalty.
    assert "extension_30" in fitting(progress_since_last_extension=True, **context)


def test_pilot_still_fits_after_stalled_extensions_because_it_forces_a_decision() -> None:
    context = {"category": "risk", "delay_type": "hidden_problem", "extensions_granted": 3}
    assert "paid_pilot" in fitting(**context)
    assert any("firm decision" in r for r in reasons("paid_pilot", **context))


def test_no_diagnosis_means_only_the_auto_renewal_clause_and_says_when_each_fits() -> None:
    assert fitting() == {"auto_renewal_clause"}
    why = reasons("quarterly")
    assert why[0].startswith("No diagnosis yet")
    assert "budget" in why[1]


def test_no_delay_needs_no_bridge() -> None:
    assert fitting(category="none") == {"auto_renewal_clause"}


def test_bridges_whose_window_has_passed_do_not_fit() -> None:
    result = fitting(days_left=-20, category="administrative", delay_type="process")
    assert "grace_period" not in result and "account_hold" not in result
    assert "extension_30" in result
    just_ended = fitting(days_left=-3, category="administrative", delay_type="process")
    assert {"grace_period", "account_hold"} <= just_ended
    assert "just ended" in reasons("grace_period", days_left=-3, category="administrative")[0]


def test_reasons_come_in_german() -> None:
    german = reasons("extension_30", lang="de", category="administrative", extensions_granted=2)
    assert german[0].startswith("Der Kunde will verlängern")
    assert "2 Verlängerungen ohne Fortschritt" in german[1]
