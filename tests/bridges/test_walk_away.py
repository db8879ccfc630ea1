"""The six walk-away signs, the recommendation, the exit e-mail and the check-in date."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from delaydesk.bridges import (
    SIGN_IDS,
    InvalidFacts,
    InvalidSettings,
    WalkAwayFacts,
    WalkAwaySettings,
    door_open_checkin_date,
    professional_exit_draft,
    walk_away_advice,
)

END = date(2027, 3, 31)
SETTINGS = WalkAwaySettings()


def facts(**record: Any) -> WalkAwayFacts:
    base: dict[str, Any] = {"arr": Decimal("60000"), "currency": "EUR", "contract_end": END}
    base.update(record)
    return WalkAwayFacts(**base)


def met(**record: Any) -> set[str]:
    advice = walk_away_advice(facts(**record), SETTINGS, "en")
    return {sign.id for sign in advice.signs if sign.met}


def test_a_healthy_record_means_keep_going() -> None:
    advice = walk_away_advice(facts(), SETTINGS, "en")
    assert [sign.id for sign in advice.signs] == list(SIGN_IDS)
    assert advice.recommendation == "keep_going"
    assert advice.met_count == 0
    assert all(sign.reason.endswith(".") for sign in advice.signs)


@pytest.mark.parametrize(("record", "sign"), [
    ({"extensions_granted": 2}, "extensions_without_progress"),
    ({"unanswered_outreach": 3}, "no_honest_conversation"),
    ({"remediation_end": date(2027, 7, 1)}, "unfixable_problems"),  # END + 90 = 29 June
    ({"shopping_confirmed": True, "stalling": True}, "stringing_along"),
    ({"discounts": Decimal("10000"), "bridge_costs": Decimal("5001")}, "economics"),
    ({"arr": Decimal("8000"), "actions_logged": 8}, "effort_better_spent"),
])
def test_each_sign_on_its_own(record: dict[str, Any], sign: str) -> None:
    assert met(**record) == {sign}


@pytest.mark.parametrize(("record", "sign"), [
    ({"extensions_granted": 1}, "extensions_without_progress"),
    ({"extensions_granted": 3, "progress_since_last_extension": True},
     "extensions_without_progress"),
    ({"unanswered_outreach": 2}, "no_honest_conversation"),
    ({"remediation_end": date(2027, 6, 29)}, "unfixable_problems"),
    ({"shopping_confirmed": True}, "stringing_along"),
    ({"discounts": Decimal("15000")}, "economics"),  # exactly 25 % is not above it
    ({"arr": Decimal("8000"), "actions_logged": 7}, "effort_better_spent"),
    ({"arr": Decimal("10000"), "actions_logged": 20}, "effort_better_spent"),
])
def test_just_below_each_threshold(record: dict[str, Any], sign: str) -> None:
    assert sign not in met(**record)


def test_shopping_counts_as_stringing_along_once_they_postpone_or_go_silent() -> None:
    assert "stringing_along" in met(shopping_confirmed=True, unanswered_outreach=1)
    assert "stringing_along" in met(shopping_confirmed=True, extensions_granted=1)


def test_three_signs_mean_walk_away() -> None:
    advice = walk_away_advice(
        facts(extensions_granted=2, unanswered_outreach=3, discounts=Decimal("20000")),
        SETTINGS, "en")
    assert advice.met_count == 3
    assert advice.recommendation == "walk_away"
    assert "leave the door open" in advice.summary


def test_stringing_along_plus_one_more_sign_means_walk_away() -> None:
    advice = walk_away_advice(facts(shopping_confirmed=True, unanswered_outreach=3),
                              SETTINGS, "en")
    assert advice.met_count == 2
    assert advice.recommendation == "walk_away"
    assert advice.summary.startswith("They are shopping while stalling")


def test_one_or_two_signs_mean_consider() -> None:
    assert walk_away_advice(facts(shopping_confirmed=True, stalling=True), SETTINGS,
                            "en").recommendation == "consider"
    two = walk_away_advice(facts(extensions_granted=2, unanswered_outreach=4), SETTINGS, "en")
    assert (two.met_count, two.recommendation) == (2, "consider")


def test_settings_move_the_thresholds() -> None:
    strict = WalkAwaySettings(unanswered_outreach_limit=2, economics_margin=Decimal("0.10"),
                              low_arr_threshold=Decimal("100000"), long_effort_actions=3,
                              longest_bridge_days=30)
    advice = walk_away_advice(
        facts(unanswered_outreach=2, discounts=Decimal("6001"), actions_logged=3,
              remediation_end=date(2027, 5, 15)),
        strict, "en")
    assert {s.id for s in advice.signs if s.met} == {
        "no_honest_conversation", "economics", "effort_better_spent", "unfixable_problems",
    }


def test_german_advice() -> None:
    advice = walk_away_advice(facts(extensions_granted=2, discounts=Decimal("20000")),
                              SETTINGS, "de")
    assert advice.recommendation == "consider"
    assert advice.summary.startswith("2 von 6 Anzeichen")
    sign = advice.sign("extensions_without_progress")
    assert sign.title == "Verlängerungen ohne Fortschritt"
    assert sign.reason == "Es wurden 2 Verlängerungen ohne Fortschritt gewährt."
    assert "20.000,00\u00a0€" in advice.sign("economics").reason
    assert "25\u00a0%" in advice.sign("economics").reason


def test_advice_to_dict_is_json_friendly() -> None:
    data = walk_away_advice(facts(unanswered_outreach=5), SETTINGS, "en").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["recommendation"] == "consider"
    assert [sign["id"] for sign in data["signs"]] == list(SIGN_IDS)


def test_walk_away_settings_round_trip_and_validation() -> None:
    settings = WalkAwaySettings(economics_margin=Decimal("0.3"), low_arr_threshold=Decimal("5000"))
    assert WalkAwaySettings.from_dict(json.loads(json.dumps(settings.to_dict()))) == settings
    with pytest.raises(InvalidSettings) as caught:
        WalkAwaySettings(economics_margin=Decimal("0"), unanswered_outreach_limit=0)
    assert set(caught.value.errors) == {"economics_margin", "unanswered_outreach_limit"}
    with pytest.raises(InvalidSettings):
        WalkAwaySettings.from_dict({"margin": "0.3"})


def test_invalid_facts_are_rejected() -> None:
    with pytest.raises(InvalidFacts) as caught:
        facts(arr=Decimal("-5"), currency="ABC", unanswered_outreach=-1)
    assert set(caught.value.errors) == {"arr", "currency", "unanswered_outreach"}


LEFTOVERS = re.compile(r"[{}\[\]<>]|\bNone\b|XXX|\.\.\.")


@pytest.mark.parametrize(("lang", "formal"), [("de", True), ("de", False), ("en", True),
                                              ("en", False)])
def test_exit_draft_is_complete_in_both_languages(lang: str, formal: bool) -> None:
    subject, body = professional_exit_draft(
        lang,  # type: ignore[arg-type]
        customer_name="Nordlicht Logistik GmbH", contact_name="Anna Becker",
        csm_name="Jonas Weber", contract_end=END, formal=formal,
    )
    for text in (subject, body):
        assert not LEFTOVERS.search(text), text
    assert "Nordlicht Logistik GmbH" in body
    assert body.rstrip().endswith("Jonas Weber")
    expected_date = "31.03.2027" if lang == "de" else "31 March 2027"
    assert expected_date in subject and expected_date in body
    words = set(re.findall(r"\w+", body))
    if lang == "de" and formal:
        assert body.startswith("Guten Tag Anna Becker,")
        assert "Sie" in words and "du" not in words and "dich" not in words
    elif lang == "de":
        assert body.startswith("Hallo Anna,")
        assert "du" in words and "Sie" not in words and "Ihnen" not in words
    elif formal:
        assert body.startswith("Dear Anna Becker,")
    else:
        assert body.startswith("Hi Anna,")


def test_exit_draft_needs_every_name() -> None:
    with pytest.raises(ValueError):
        professional_exit_draft("en", customer_name=" ", contact_name="Anna Becker",
                                csm_name="Jonas Weber", contract_end=END)


@pytest.mark.parametrize(("walked", "checkin"), [
    (date(2026, 1, 15), date(2026, 7, 15)),
    (date(2026, 8, 31), date(2027, 2, 28)),
    (date(2027, 8, 31), date(2028, 2, 29)),
    (date(2026, 12, 31), date(2027, 6, 30)),
    (date(2026, 10, 31), date(2027, 4, 30)),
])
def test_door_open_check_in_six_months_later(walked: date, checkin: date) -> None:
    assert door_open_checkin_date(walked) == checkin
