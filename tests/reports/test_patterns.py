"""Patterns across accounts on a constructed history (January to June 2026, team A)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from delaydesk.reports.models import PostMortem
from delaydesk.reports.selectors import PatternFilters, patterns_report
from factories import AccountFactory, DelayFactory, RenewalFactory

from .conftest import at

D = dt.date
PERIOD = PatternFilters(start=D(2026, 1, 1), end=D(2026, 6, 30))


def delay(renewal, communicated, kind, category, resolved=None, stated="", model=None):
    model_type, model_category = model or ("", "")
    return DelayFactory(renewal=renewal, communicated_on=communicated, assessed_type=kind,
                        category=category, status="resolved" if resolved else "open",
                        resolved_on=resolved, stated_type=stated, model_type=model_type,
                        model_category=model_category)


@pytest.fixture
def history(roles):
    team_a, team_b = roles["teams"]
    owner, lead = roles["users"]["owner"], roles["users"]["lead"]

    def renewal(name, stage, segment="Retail", language="de", team=team_a, who=owner):
        account = AccountFactory(name=name, owner=who, team=team, segment=segment,
                                 language=language)
        return RenewalFactory(account=account, owner=who, stage=stage)

    ra, rb, rc = renewal("Ra", "renewed"), renewal("Rb", "churned"), renewal("Rc", "renewed")
    rd = renewal("Rd", "in_conversation")
    re_ = renewal("Re", "walked_away", segment="Industry", language="en")
    rf = renewal("Rf", "in_conversation", team=team_b, who=roles["users"]["other"])
    delay(ra, D(2026, 1, 10), "budget", "administrative", D(2026, 1, 20), "budget",
          ("budget", "administrative"))
    delay(rb, D(2026, 2, 5), "shopping", "risk", D(2026, 3, 7), "budget",
          ("budget", "administrative"))
    delay(rc, D(2026, 2, 15), "budget", "administrative", D(2026, 2, 21), "budget",
          ("process", "administrative"))
    delay(rd, D(2026, 3, 1), "alignment", "decision", model=("alignment", "risk"))
    delay(re_, D(2026, 3, 10), "hidden_problem", "risk", D(2026, 5, 10), "priority")
    delay(rb, D(2026, 3, 1), "shopping", "risk", D(2026, 3, 5))
    delay(ra, D(2025, 12, 20), "process", "administrative", D(2025, 12, 22))  # before
    delay(rf, D(2026, 2, 1), "shopping", "risk")  # team B
    with at(2026, 6, 1):
        for renewal_, lessons in ((rb, ["relationship", "decision_process"]),
                                  (re_, ["fix_problems", "relationship"]), (ra, ["start_early"])):
            PostMortem.objects.create(renewal=renewal_, outcome=renewal_.stage,
                                      cause_type="shopping", cause="c", differently="d",
                                      prevention=f"Prevent {renewal_.account.name}",
                                      lessons=lessons, written_by=lead)
    return roles


def test_delays_over_time_by_category_and_type(history):
    report = patterns_report(history["users"]["lead"], PERIOD)
    assert report.delays == 6
    assert len(report.months) == 6 and report.months[0] == D(2026, 1, 1)
    assert report.by_month_category[0] == {"administrative": 1, "decision": 0, "risk": 0}
    assert report.by_month_category[1] == {"administrative": 1, "decision": 0, "risk": 1}
    assert report.by_month_category[2] == {"administrative": 0, "decision": 1, "risk": 2}
    march = report.by_month_type[2]
    assert (march["shopping"], march["hidden_problem"], march["alignment"]) == (1, 1, 1)


def test_median_days_a_delay_lasted(history):
    report = patterns_report(history["users"]["lead"], PERIOD)
    assert report.median_days["budget"] == Decimal("8")  # 10 and 6 days
    assert report.median_days["shopping"] == Decimal("17")  # 30 and 4 days
    assert report.median_days["hidden_problem"] == Decimal("61")
    assert report.median_days["alignment"] is None  # still open
    assert report.resolved_counts["budget"] == 2


def test_outcome_rates_count_each_renewal_once(history):
    report = patterns_report(history["users"]["lead"], PERIOD)
    assert report.outcomes_by_type["budget"].counts == {"renewed": 2, "churned": 0,
                                                        "walked_away": 0}
    assert report.outcomes_by_type["shopping"].total == 1  # Rb had two shopping delays
    risk = report.outcomes_by_category["risk"]
    assert (risk.total, risk.share("churned"), risk.share("walked_away")) == (
        2, Decimal("50"), Decimal("50"))
    assert "decision" not in report.outcomes_by_category  # Rd is still open


def test_stated_against_assessed_and_corrections(history):
    report = patterns_report(history["users"]["lead"], PERIOD)
    assert report.stated_vs_assessed == {"budget": {"budget": 2, "shopping": 1},
                                         "priority": {"hidden_problem": 1}}
    assert (report.diagnosed, report.corrected, report.correction_rate) == (4, 3, Decimal("75"))
    assert (report.more_serious, report.less_serious, report.type_only) == (1, 1, 1)
    assert report.category_corrections == {"administrative": {"risk": 1, "administrative": 1},
                                           "risk": {"decision": 1}}
    assert sorted(report.type_corrections) == [("budget", "shopping", 1),
                                               ("process", "budget", 1)]


def test_most_common_prevention_lessons(history):
    report = patterns_report(history["users"]["lead"], PERIOD)
    assert [(item.lesson, item.count) for item in report.lessons][:1] == [("relationship", 2)]
    assert {item.lesson for item in report.lessons} == {
        "relationship", "decision_process", "fix_problems", "start_early"}
    assert {note.prevention for note in report.notes} == {"Prevent Ra", "Prevent Rb",
                                                          "Prevent Re"}


def test_filters_by_segment_language_period_and_team(history):
    lead, admin = history["users"]["lead"], history["users"]["admin"]
    assert patterns_report(lead, PatternFilters(D(2026, 1, 1), D(2026, 6, 30),
                                                segment="Industry")).delays == 1
    assert patterns_report(lead, PatternFilters(D(2026, 1, 1), D(2026, 6, 30),
                                                language="en")).delays == 1
    assert patterns_report(lead, PatternFilters(D(2026, 1, 1), D(2026, 1, 31))).delays == 1
    team_b = history["teams"][1]
    assert patterns_report(admin, PatternFilters(D(2026, 1, 1), D(2026, 6, 30),
                                                 team_id=team_b.pk)).delays == 1
    assert patterns_report(admin, PERIOD).delays == 7  # every team
    with pytest.raises(Http404):
        patterns_report(lead, PatternFilters(D(2026, 1, 1), D(2026, 6, 30), team_id=team_b.pk))
    with pytest.raises(PermissionDenied):
        patterns_report(history["users"]["owner"], PERIOD)


def test_the_patterns_page(client, history):
    client.force_login(history["users"]["lead"])
    page = client.get("/reports/patterns/", {"start": "2026-01-01", "end": "2026-06-30"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "6 delays communicated in this period." in html
    assert "3 of 4 diagnosed delays were corrected (75 %)." in html
    assert html.count("<svg") == 2 and "Prevent Rb" in html
    client.force_login(history["users"]["owner"])
    assert client.get("/reports/patterns/").status_code == 403
