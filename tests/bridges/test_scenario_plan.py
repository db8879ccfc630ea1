"""Scenario plans (renews, slips, does not renew, wants changes) and their timeline chart."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from delaydesk.bridges import (
    SCENARIO_IDS,
    BridgeSettings,
    InvalidTerms,
    RenewalTerms,
    scenario_plan,
    scenario_timeline_svg,
)

SVG = "{http://www.w3.org/2000/svg}"


def terms(today: date = date(2026, 12, 1), **context: Any) -> RenewalTerms:
    return RenewalTerms(arr=Decimal("120000"), currency="EUR", contract_end=date(2027, 3, 31),
                        today=today, **context)


PROCESS: dict[str, Any] = {"category": "administrative", "delay_type": "process"}


def test_four_scenarios_in_a_fixed_order() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15))
    assert [s.id for s in plan.scenarios] == list(SCENARIO_IDS)
    renews = plan.scenario("renews")
    assert renews.title == "Renews by 15 March 2027"
    assert "16 days before" in renews.description
    assert [k.id for k in renews.key_dates] == ["today", "signature", "contract_end"]


def test_slip_defaults_to_a_month_past_the_contract_end_and_picks_the_30_day_extension() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15))
    slips = plan.scenario("slips")
    assert plan.slip_to == date(2027, 4, 30)
    assert slips.bridge is not None and slips.bridge.kind == "extension_30"
    assert slips.bridge_cost == Decimal("9863.01")
    assert slips.bridge_fits is True
    assert slips.arr_effect == 0
    assert "gap of 30 days" in slips.description


def test_a_longer_slip_takes_the_cheapest_fitting_bridge_that_reaches_it() -> None:
    slips = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15),
                          slip_to=date(2027, 5, 20)).scenario("slips")
    assert slips.bridge is not None and slips.bridge.kind == "extension_60"
    assert slips.bridge_cost == Decimal("20226.03")


def test_free_grace_period_wins_when_paperwork_finishes_right_after_the_end() -> None:
    slips = scenario_plan(terms(today=date(2027, 3, 21), **PROCESS),
                          expected_signature=date(2027, 3, 28),
                          slip_to=date(2027, 4, 10)).scenario("slips")
    assert slips.bridge is not None and slips.bridge.kind == "grace_period"
    assert slips.bridge_cost == Decimal("0.00")


def test_value_doubts_slip_is_covered_by_the_paid_pilot() -> None:
    slips = scenario_plan(terms(category="risk", delay_type="hidden_problem"),
                          expected_signature=date(2027, 4, 15),
                          slip_to=date(2027, 6, 20)).scenario("slips")
    assert slips.bridge is not None and slips.bridge.kind == "paid_pilot"
    assert slips.bridge_cost == Decimal("20712.33")


def test_month_to_month_covers_a_long_slip_month_by_month() -> None:
    slips = scenario_plan(
        terms(category="risk", delay_type="hidden_problem", relationship="strong",
              needs_flexibility=True),
        expected_signature=date(2027, 4, 20), slip_to=date(2027, 8, 10),
    ).scenario("slips")
    assert slips.bridge is not None and slips.bridge.kind == "month_to_month"
    assert slips.bridge_months == 5  # April to August
    assert slips.bridge_cost == Decimal("60000.00")
    assert slips.key_dates[-1].date == date(2027, 8, 31)


def test_without_a_fitting_bridge_the_cheapest_covering_one_is_flagged() -> None:
    slips = scenario_plan(terms(), expected_signature=None).scenario("slips")
    assert slips.bridge is not None and slips.bridge.kind == "extension_30"
    assert slips.bridge_fits is False
    assert "No bridge fits the diagnosis" in slips.description


def test_a_slip_before_the_contract_end_needs_no_bridge() -> None:
    slips = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 2, 1),
                          slip_to=date(2027, 3, 1)).scenario("slips")
    assert slips.bridge is None
    assert slips.bridge_cost == Decimal("0.00")
    assert "no bridge is needed" in slips.description


def test_churn_starts_offboarding_ahead_of_the_contract_end_and_loses_the_arr() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15))
    churns = plan.scenario("churns")
    assert plan.offboarding_start == date(2027, 3, 1)
    assert churns.arr_effect == Decimal("-120000.00")
    assert "1 March 2027" in churns.description
    assert "€120,000.00" in churns.description


def test_offboarding_lead_is_a_setting_and_never_lies_in_the_past() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=None,
                         settings=BridgeSettings(offboarding_lead_days=45))
    assert plan.offboarding_start == date(2027, 2, 14)
    late = scenario_plan(terms(today=date(2027, 3, 20), **PROCESS), expected_signature=None)
    assert late.offboarding_start == date(2027, 3, 20)
    assert "now" in late.scenario("churns").description


def test_changes_put_the_arr_at_stake_in_a_negotiation() -> None:
    changes = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15)).scenario(
        "changes")
    assert changes.arr_at_stake == Decimal("120000.00")
    assert "negotiation" in changes.description
    assert changes.key_dates[1].date == date(2027, 3, 15)


def test_signature_after_the_contract_end_is_flagged_in_the_renews_scenario() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 4, 20))
    assert "after the contract ends" in plan.scenario("renews").description
    assert plan.slip_to == date(2027, 5, 20)


def test_german_plan() -> None:
    plan = scenario_plan(terms(lang="de", **PROCESS), expected_signature=date(2027, 3, 15))
    assert plan.scenario("renews").title == "Verlängerung bis zum 15.03.2027 unterschrieben"
    assert plan.scenario("churns").title == "Keine Verlängerung"
    slips = plan.scenario("slips").description
    assert "„Laufzeitverlängerung um 30 Tage“" in slips
    assert "9.863,01\u00a0€" in slips
    assert plan.scenario("churns").key_dates[1].label == "Offboarding beginnt"


def test_slip_must_come_after_the_expected_signature() -> None:
    with pytest.raises(InvalidTerms) as caught:
        scenario_plan(terms(lang="de"), expected_signature=date(2027, 4, 1),
                      slip_to=date(2027, 3, 1))
    assert "nach der erwarteten Unterschrift" in caught.value.errors["slip_to"]


def test_plan_to_dict_is_json_friendly() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15))
    data = plan.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["slip_to"] == "2027-04-30"
    assert data["scenarios"][1]["bridge"]["price"] == "9863.01"
    assert data["scenarios"][1]["bridge_cost"] == "9863.01"
    assert data["scenarios"][2]["arr_effect"] == "-120000.00"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_timeline_svg_is_valid_accessible_and_self_contained(lang: str) -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=date(2027, 3, 15))
    svg = scenario_timeline_svg(plan, lang)  # type: ignore[arg-type]
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox", "").startswith("0 0 640 ")
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and desc is not None
    labelled = (root.get("aria-labelledby") or "").split()
    assert {title.get("id"), desc.get("id")} == set(labelled)
    assert "Contract end" in (title.text or "") or "Vertragsende" in (title.text or "")
    assert "<script" not in svg and "href" not in svg and "on" + "load" not in svg
    text = " ".join(root.itertext())
    if lang == "de":
        for label in ("Heute", "Vertragsende", "Erwartete Unterschrift",
                      "Verschobene Unterschrift", "Offboarding beginnt", "31.03.2027",
                      "Brückenlösung: 01.04.2027 bis 30.04.2027"):
            assert label in text
    else:
        for label in ("Today", "Contract end", "Expected signature", "Slipped signature",
                      "Offboarding starts", "31 March 2027",
                      "Bridge: 1 April 2027 to 30 April 2027, €9,863.01"):
            assert label in text
    # The bridge span is drawn as a bar.
    assert len(root.findall(f"{SVG}rect")) >= 4


def test_timeline_without_bridge_or_signature() -> None:
    plan = scenario_plan(terms(**PROCESS), expected_signature=None, slip_to=date(2027, 3, 10))
    svg = scenario_timeline_svg(plan, "en")
    root = ET.fromstring(svg)
    text = " ".join(root.itertext())
    assert "No bridge needed" in text
    assert "Expected signature" not in text


def test_timeline_labels_do_not_overlap() -> None:
    plan = scenario_plan(terms(today=date(2027, 3, 20), **PROCESS),
                         expected_signature=date(2027, 3, 25), slip_to=date(2027, 4, 5))
    root = ET.fromstring(scenario_timeline_svg(plan, "de"))
    labels = [t for t in root.iter(f"{SVG}text") if t.find(f"{SVG}tspan") is not None]
    assert len(labels) == 5
    rows: dict[str, list[tuple[float, float]]] = {}
    for label in labels:
        x = float(label.get("x", "0"))
        width = max(len(part) for part in label.itertext()) * 6.2
        left = x if label.get("text-anchor") == "start" else x - width
        rows.setdefault(label.get("y", ""), []).append((left, left + width))
    for spans in rows.values():
        spans.sort()
        for (_, right), (left, _) in zip(spans, spans[1:], strict=False):
            assert left > right
