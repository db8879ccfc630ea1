"""The weekly update's figures against the hand-computed portfolio of team North (conftest).

Probabilities (defaults): upcoming 0.7, in conversation 0.6, delayed 0.4, committed 0.9;
an open administrative delay adds 0.2, a risk delay takes 0.2 away.
"""

import datetime as dt
from decimal import Decimal

import pytest

from delaydesk.reports.selectors import report_scope, weekly_report
from delaydesk.reports.weeks import IsoWeek

from .conftest import BERLIN, at, berlin, save

W48 = IsoWeek(2026, 48)
EUR = "EUR"


def report_for(book, week=W48, now=None, user=None, **scope):
    user = user or book.lead
    return weekly_report(user, report_scope(user, **scope), week, lang="en", tz=BERLIN,
                         now=now or berlin(2026, 11, 27))


def accounts(rows):
    return [row.renewal.account for row in rows]


def test_delayed_renewals_and_arr_by_category(book):
    report = report_for(book)
    assert report.scope.label == "North" and not report.complete
    assert report.as_of == dt.date(2026, 11, 27)
    # R3 (risk) before R1 (decision); R2's delay was resolved on 25 Nov.
    assert accounts(report.delayed) == ["Gamma KG", "Alpha GmbH"]
    current = report.forecast.current
    assert current.arr_by_category["decision"] == {EUR: Decimal("100000.00")}
    assert current.arr_by_category["risk"] == {EUR: Decimal("80000.00")}
    assert current.arr_by_category["administrative"] == {}
    # R2 (50,000 EUR) and R4 (30,000 GBP) have no open delay.
    assert current.arr_by_category["none"] == {EUR: Decimal("50000.00"), "GBP": Decimal("30000.00")}
    assert current.delayed_arr == {EUR: Decimal("180000.00")}
    assert current.total_arr == {EUR: Decimal("230000.00"), "GBP": Decimal("30000.00")}
    assert current.arr_by_forecast["pipeline"] == {EUR: Decimal("100000.00"),
                                                   "GBP": Decimal("30000.00")}
    assert current.arr_by_forecast["commit"] == {EUR: Decimal("50000.00")}
    assert current.arr_by_forecast["at_risk"] == {EUR: Decimal("80000.00")}
    assert (current.open_renewals, current.delayed_renewals) == (4, 2)


def test_expected_arr_and_change_against_last_week(book):
    forecast = report_for(book).forecast
    # Now: R1 delayed+decision 0.4 -> 40,000; R2 committed 0.9 -> 45,000;
    #      R3 delayed+risk 0.2 -> 16,000; R4 upcoming 0.7 -> 21,000 GBP.
    assert forecast.current.expected_arr == {EUR: Decimal("101000.00"), "GBP": Decimal("21000.00")}
    # End of week 47: R1 in conversation 0.6 -> 60,000; R2 delayed+administrative 0.6 -> 30,000;
    #      R3 0.2 -> 16,000; R5 committed 0.9 -> 36,000.
    assert forecast.previous.expected_arr == {EUR: Decimal("142000.00"),
                                              "GBP": Decimal("21000.00")}
    assert forecast.expected_change == {EUR: Decimal("-41000.00"), "GBP": Decimal("0.00")}
    assert forecast.previous.arr_by_category["administrative"] == {EUR: Decimal("50000.00")}
    assert forecast.delayed_change == {EUR: Decimal("50000.00")}
    assert forecast.category_change("administrative") == {EUR: Decimal("-50000.00")}
    assert forecast.category_change("decision") == {EUR: Decimal("100000.00")}
    assert forecast.forecast_change("commit") == {EUR: Decimal("10000.00")}
    # R5 renewed during the week.
    assert (forecast.renewed, forecast.renewed_arr) == (1, {EUR: Decimal("40000.00")})
    assert (forecast.lost, forecast.lost_arr) == (0, {})


def test_probabilities_follow_the_admin_policy(book):
    from delaydesk.reports.models import ReportPolicy

    policy = ReportPolicy.get()
    policy.delayed = Decimal("0.5")
    policy.risk_adjustment = Decimal("-0.5")  # 0.5 - 0.5 = 0 for R3
    policy.save()
    forecast = report_for(book).forecast
    # R1 0.5 -> 50,000; R2 0.9 -> 45,000; R3 0 -> 0.
    assert forecast.current.expected_arr[EUR] == Decimal("95000.00")
    assert report_for(book).delayed[0].probability == Decimal("0")


def test_new_resolved_actions_help_and_risks(book):
    report = report_for(book)
    assert [(e.renewal.account, e.day) for e in report.new_delays] == [
        ("Alpha GmbH", dt.date(2026, 11, 24))]
    assert [(e.renewal.account, e.day) for e in report.resolved_delays] == [
        ("Beta AG", dt.date(2026, 11, 25))]
    # The action of 16 Nov belongs to week 47.
    assert [a.description for a in report.actions] == ["Listening call with the COO"]
    assert [r.help_text for r in report.help_requests] == ["Need an executive sponsor call"]
    # ARR x risk: R3 80,000 x 0.8 = 64,000 before R1 100,000 x 0.6 = 60,000.
    assert [(r.renewal.account, r.risk_weighted_arr) for r in report.risks] == [
        ("Gamma KG", Decimal("64000.00")), ("Alpha GmbH", Decimal("60000.00"))]
    gamma = report.delayed[0]
    assert (gamma.stated_reason, gamma.stated_type, gamma.assessed_type, gamma.category) == (
        "Budget is frozen", "budget", "hidden_problem", "risk")
    assert gamma.days_to_end == 18 and gamma.next_step.what == "Send the usage report"
    assert report.delayed[1].is_new and not gamma.is_new


def test_overdue_next_steps_on_the_report_day(book):
    report = report_for(book)
    # S1 due 20 Nov and S4 due 23 Nov are open; S2 was done; S3 is due 30 Nov.
    assert [(s.what, s.days_overdue) for s in report.overdue_steps] == [
        ("Send the usage report", 7), ("Customer returns the signed DPA", 4)]
    assert report.delayed[0].overdue_steps == 1


def test_per_csm_summary_and_postmortems_due(book):
    report = report_for(book)
    owners = {o.owner: o for o in report.owners}
    assert set(owners) == {"Anna Adler", "Ben Berg"}
    assert (owners["Anna Adler"].delayed, owners["Anna Adler"].delayed_arr) == (
        1, {EUR: Decimal("100000")})
    assert (owners["Ben Berg"].overdue_steps, owners["Ben Berg"].help_requests) == (1, 1)
    assert owners["Anna Adler"].overdue_steps == 1 and owners["Anna Adler"].new_delays == 1
    assert [p.renewal.account for p in report.postmortems_due] == ["Zeta"]


def test_one_csm_sees_their_own_week(book):
    report = report_for(book, user=book.anna, owner="anna")
    assert report.scope.kind == "owner" and report.owners == []
    assert accounts(report.delayed) == ["Alpha GmbH"]
    assert report.forecast.current.total_arr == {EUR: Decimal("150000.00")}


def test_a_complete_week_stands_at_its_end(book):
    """Changes after Sunday do not alter week 48; its overdue steps are counted on Sunday."""
    from factories import DelayFactory

    with at(2026, 11, 30, 9):  # Monday of week 49
        DelayFactory(renewal=book.renewals["R4"], communicated_on=dt.date(2026, 11, 30),
                     assessed_type="priority", category="decision", risk=50)
    with at(2026, 12, 1, 10):
        save(book.renewals["R3"], stage="walked_away")
        save(book.steps["S4"], done_on=dt.date(2026, 12, 1))
    report = report_for(book, now=berlin(2026, 12, 2))
    assert report.complete and report.as_of == dt.date(2026, 11, 29)
    assert accounts(report.delayed) == ["Gamma KG", "Alpha GmbH"]
    assert report.forecast.current.expected_arr[EUR] == Decimal("101000.00")
    assert report.forecast.lost == 0
    assert [(s.what, s.days_overdue) for s in report.overdue_steps] == [
        ("Send the usage report", 9), ("Customer returns the signed DPA", 6)]
    assert len(report.new_delays) == 1
    # Week 49 sees the walk-away and the new delay on Delta Ltd.
    later = report_for(book, week=IsoWeek(2026, 49), now=berlin(2026, 12, 2))
    assert later.forecast.lost == 1 and later.forecast.lost_arr == {EUR: Decimal("80000.00")}
    assert accounts(later.new_delays) == ["Delta Ltd"]


def test_chart_series(book):
    report = report_for(book)
    series = report.series
    assert [str(w) for w in series.arr_weeks][-2:] == ["2026-W47", "2026-W48"]
    eur = series.arr_by_category[EUR]
    assert eur[-2] == {"administrative": Decimal("50000.00"), "decision": Decimal("0"),
                       "risk": Decimal("80000.00")}
    assert eur[-1] == {"administrative": Decimal("0"), "decision": Decimal("100000.00"),
                       "risk": Decimal("80000.00")}
    assert all(sum(row.values()) == 0 for row in eur[:-2])
    assert series.delays_by_type[-2]["process"] == 1
    assert series.delays_by_type[-2]["hidden_problem"] == 1
    assert series.delays_by_type[-1]["alignment"] == 1
    ends = report.contract_ends
    assert ends.months[0] == dt.date(2026, 11, 1) and len(ends.months) == 6
    assert ends.by_forecast[EUR][0]["commit"] == Decimal("40000")  # R5, renewed in November
    assert ends.by_forecast[EUR][1] == {"commit": 0, "best_case": 0, "pipeline": Decimal("100000"),
                                        "at_risk": Decimal("80000"), "omitted": 0}
    assert ends.by_forecast["GBP"][3]["pipeline"] == Decimal("30000")


def test_other_teams_never_appear(book):
    report = report_for(book)
    text = repr(report.to_dict())
    assert "Omega South" not in text and "South secret" not in text and "South step" not in text


def test_a_week_that_has_not_begun_is_refused(book):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        report_for(book, week=IsoWeek(2026, 50))
