"""Mutual plan and the business-day calendar: weekends, DACH holidays, short and past ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delaydesk.playbooks import (
    add_business_days,
    business_days_between,
    is_business_day,
    mutual_plan,
    next_business_day,
    previous_business_day,
)
from delaydesk.playbooks.business_days import closed_days, holiday_name


def test_weekends_are_skipped() -> None:
    friday = date(2026, 11, 27)
    assert is_business_day(friday, "DE")
    assert not is_business_day(friday + timedelta(days=1), "DE")
    assert add_business_days(friday, 1, "DE") == date(2026, 11, 30)
    assert add_business_days(date(2026, 11, 28), 0, "DE") == date(2026, 11, 30)
    assert add_business_days(date(2026, 11, 30), -1, "DE") == friday
    assert previous_business_day(date(2026, 11, 30), "DE") == friday
    assert previous_business_day(date(2026, 11, 29), "DE", inclusive=True) == friday
    assert next_business_day(friday, "DE", inclusive=True) == friday
    assert business_days_between(friday, date(2026, 12, 4), "DE") == 5
    assert business_days_between(date(2026, 12, 4), friday, "DE") == -5


def test_christmas_and_new_year_are_closed_in_germany() -> None:
    for day in (date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 31), date(2027, 1, 1)):
        assert not is_business_day(day, "DE"), day
    # 23 December 2026 (Wednesday) + 1 business day -> Monday 28 December.
    assert add_business_days(date(2026, 12, 23), 1, "DE") == date(2026, 12, 28)
    # 26 December is a holiday too (a Saturday in 2026, a Sunday in 2027, so check 2025).
    assert not is_business_day(date(2025, 12, 26), "DE")


def test_austrian_national_day_and_swiss_national_day() -> None:
    # Monday 26 October 2026 is Austria's National Day, an ordinary day in Germany.
    assert add_business_days(date(2026, 10, 23), 1, "AT") == date(2026, 10, 27)
    assert add_business_days(date(2026, 10, 23), 1, "DE") == date(2026, 10, 26)
    # Friday 1 August 2025 is the Swiss National Day.
    assert add_business_days(date(2025, 7, 31), 1, "CH") == date(2025, 8, 4)
    assert add_business_days(date(2025, 7, 31), 1, "DE") == date(2025, 8, 1)
    assert holiday_name(date(2025, 8, 1), "CH")
    assert holiday_name(date(2025, 8, 1), "DE") is None


def test_subdivision_holidays_and_unknown_countries() -> None:
    epiphany = date(2027, 1, 6)  # a Wednesday; a holiday in Bavaria, not in Berlin
    assert not is_business_day(epiphany, "DE-BY")
    assert is_business_day(epiphany, "DE-BE")
    assert is_business_day(epiphany, "de")
    # Unknown country (or none): weekends only.
    assert is_business_day(date(2026, 12, 24), "XX")
    assert is_business_day(date(2026, 12, 25), None)
    assert closed_days("XX", 2026) == frozenset()
    # Unknown subdivision falls back to the country.
    assert not is_business_day(date(2026, 10, 26), "AT-99")


def _assert_plan_shape(plan_: object, country: str) -> None:
    from delaydesk.playbooks import MutualPlan

    assert isinstance(plan_, MutualPlan)
    for day in (plan_.info_by, plan_.reconnect_on, plan_.decision_by):
        assert is_business_day(day, country), day
    assert plan_.info_by <= plan_.reconnect_on <= plan_.decision_by


def test_plan_dates_fall_on_business_days_across_christmas() -> None:
    plan_ = mutual_plan(date(2026, 12, 18), date(2027, 6, 30), "decision", "DE")
    _assert_plan_shape(plan_, "DE")
    assert plan_.info_by == date(2026, 12, 29)
    assert plan_.reconnect_on == date(2027, 1, 5)
    assert plan_.decision_by == date(2027, 1, 14)
    assert not plan_.bridge_needed and plan_.bridge_reason == ""


def test_plan_dates_skip_a_weekend() -> None:
    plan_ = mutual_plan(date(2026, 11, 27), date(2027, 6, 30), "risk", "DE")
    assert (plan_.info_by, plan_.reconnect_on, plan_.decision_by) == (
        date(2026, 12, 1), date(2026, 12, 4), date(2026, 12, 11)
    )


def test_plan_respects_austrian_and_swiss_holidays() -> None:
    austria = mutual_plan(date(2026, 10, 22), date(2027, 3, 31), "risk", "AT")
    _assert_plan_shape(austria, "AT")
    assert date(2026, 10, 26) not in austria.dates.values()
    # Two business days after Thursday 22 October in Austria: Friday 23, then Tuesday 27.
    assert austria.info_by == date(2026, 10, 27)
    swiss = mutual_plan(date(2025, 7, 30), date(2026, 3, 31), "risk", "CH")
    assert swiss.info_by == date(2025, 8, 4)  # Thursday 31 July, then Monday 4 August


def test_risk_moves_faster_than_administrative() -> None:
    today, end = date(2026, 3, 2), date(2026, 12, 31)
    risk = mutual_plan(today, end, "risk", "DE")
    decision = mutual_plan(today, end, "decision", "DE")
    admin = mutual_plan(today, end, "administrative", "DE")
    assert risk.decision_by < decision.decision_by < admin.decision_by
    assert risk.info_by < admin.info_by


def test_decision_leaves_time_to_reonboard_when_the_calendar_allows() -> None:
    plan_ = mutual_plan(date(2026, 3, 2), date(2026, 4, 10), "administrative", "DE")
    assert not plan_.bridge_needed
    assert business_days_between(plan_.decision_by, plan_.contract_end, "DE") >= 15
    assert plan_.compressed  # 20 business days of spacing do not fit; C was pulled in


def test_contract_end_in_five_days_compresses_and_needs_a_bridge() -> None:
    today = date(2026, 11, 23)  # Monday; the contract ends on Saturday
    plan_ = mutual_plan(today, today + timedelta(days=5), "administrative", "DE")
    _assert_plan_shape(plan_, "DE")
    assert today < plan_.info_by < plan_.reconnect_on < plan_.decision_by
    assert plan_.decision_by <= date(2026, 11, 27)  # the last business day before the end
    assert plan_.bridge_needed and plan_.compressed
    assert "bridge" in plan_.bridge_reason and "15 business days" in plan_.bridge_reason
    german = mutual_plan(today, today + timedelta(days=5), "administrative", "DE", lang="de")
    assert "Brückenlösung" in german.bridge_reason and "28.11.2026" in german.bridge_reason


def test_contract_already_ended_gives_next_business_days_and_a_bridge() -> None:
    plan_ = mutual_plan(date(2026, 11, 27), date(2026, 11, 15), "risk", "DE")
    assert plan_.bridge_needed
    assert "already ended on 15 November 2026" in plan_.bridge_reason
    assert (plan_.info_by, plan_.reconnect_on, plan_.decision_by) == (
        date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
    )


def test_contract_ending_today_means_deciding_today() -> None:
    plan_ = mutual_plan(date(2026, 11, 27), date(2026, 11, 27), "decision", "DE")
    assert plan_.info_by == plan_.reconnect_on == plan_.decision_by == date(2026, 11, 27)
    assert plan_.bridge_needed


def test_custom_reonboarding_time() -> None:
    today, end = date(2026, 3, 2), date(2026, 4, 30)
    assert mutual_plan(today, end, "risk", "DE", reonboarding_business_days=60).bridge_needed
    assert not mutual_plan(today, end, "risk", "DE", reonboarding_business_days=5).bridge_needed
    with pytest.raises(ValueError):
        mutual_plan(today, end, "risk", "DE", reonboarding_business_days=-1)
    with pytest.raises(ValueError):
        mutual_plan(today, end, "urgent", "DE")


def test_to_dict_lists_the_four_milestones() -> None:
    data = mutual_plan(date(2026, 11, 27), date(2027, 3, 31), "risk", "DE", lang="de").to_dict()
    assert [m["key"] for m in data["milestones"]] == ["A", "B", "C", "D"]
    assert data["milestones"][3]["date"] == "2027-03-31"
    assert data["milestones"][3]["display"] == "31.03.2027"
    assert data["milestones"][2]["label"] == "Entscheidung bis"
    assert data["bridge_needed"] is False and data["country"] == "DE"


@settings(max_examples=150, deadline=None)
@given(
    today=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    days=st.integers(min_value=-30, max_value=500),
    category=st.sampled_from(["administrative", "decision", "risk", "none"]),
    country=st.sampled_from(["DE", "AT", "CH", "US", "XX", ""]),
)
def test_plan_invariants(today: date, days: int, category: str, country: str) -> None:
    end = today + timedelta(days=days)
    plan_ = mutual_plan(today, end, category, country)
    _assert_plan_shape(plan_, country)
    assert plan_.info_by >= today
    if business_days_between(today, end, country) > 0:
        # Never past the contract end while a business day is left before it.
        assert plan_.decision_by <= end
        assert plan_.info_by > today
    if not plan_.bridge_needed:
        assert business_days_between(plan_.decision_by, end, country) >= 15
    else:
        assert plan_.bridge_reason
