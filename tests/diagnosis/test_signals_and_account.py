"""The CSM's checklist and the account facts: validation and how they weigh in."""

from __future__ import annotations

import pytest

from delaydesk.diagnosis import (
    ACCOUNT_FIELDS,
    CHECKLIST_SIGNALS,
    MISSING_IDS,
    SIGNALS,
    DiagnosisInputError,
    diagnose,
    missing_question,
    signal_label,
)

VAGUE = "We need some more time to think about the renewal."
PAPERWORK = "Our legal team reviews the DPA this week; we expect to sign on 14 May."


@pytest.mark.parametrize(
    ("signals", "message"),
    [
        ({"ghosting": True}, "unknown signal 'ghosting'"),
        ({"went_silent": "yes"}, "must be true or false"),
        ({"went_silent": 1}, "must be true or false"),
        (["went_silent"], "must be an object"),
    ],
)
def test_bad_signals_are_rejected(signals: object, message: str) -> None:
    with pytest.raises(DiagnosisInputError, match=message):
        diagnose(VAGUE, signals=signals)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("account", "message"),
    [
        ({"mood": "grim"}, "unknown account field 'mood'"),
        ({"champion_left": "yes"}, "champion_left"),
        ({"usage_trend": 3}, "usage_trend"),
        ({"usage_trend": "down"}, "usage_trend"),
        ({"open_escalations": -1}, "open_escalations"),
        ({"open_escalations": True}, "open_escalations"),
        ({"extensions_granted": 1.5}, "extensions_granted"),
        ({"days_to_contract_end": "soon"}, "days_to_contract_end"),
        ({"arr": "a lot"}, "arr"),
        ({"arr": -5}, "arr"),
        ("big customer", "must be an object"),
    ],
)
def test_bad_account_facts_are_rejected(account: object, message: str) -> None:
    with pytest.raises(DiagnosisInputError, match=message):
        diagnose(VAGUE, account=account)  # type: ignore[arg-type]


def test_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        diagnose(VAGUE, signals={"nope": True})


def test_valid_inputs_are_accepted() -> None:
    result = diagnose(
        VAGUE,
        signals={name: False for name in CHECKLIST_SIGNALS},
        account={
            "champion_left": False,
            "usage_trend": 0.2,
            "open_escalations": 0,
            "extensions_granted": 0,
            "days_to_contract_end": 90,
            "arr": 48000,
        },
    )
    assert result.category in ("decision", "risk")
    assert diagnose(VAGUE, account={"arr": None, "usage_trend": None}).category
    assert set(ACCOUNT_FIELDS) == {
        "champion_left",
        "usage_trend",
        "open_escalations",
        "extensions_granted",
        "days_to_contract_end",
        "arr",
    }


def test_champion_left_pushes_toward_champion_change() -> None:
    result = diagnose(VAGUE, account={"champion_left": True})
    assert result.delay_type == "champion_change"
    assert result.category != "administrative"
    assert any("champion" in reason.lower() for reason in result.reasons)


def test_champion_left_makes_paperwork_a_decision() -> None:
    assert diagnose(PAPERWORK).category == "administrative"
    assert diagnose(PAPERWORK, account={"champion_left": True}).category == "decision"


def test_falling_usage_and_escalations_raise_risk() -> None:
    calm = diagnose(VAGUE, account={"usage_trend": 0.1})
    worrying = diagnose(VAGUE, account={"usage_trend": -0.7, "open_escalations": 3})
    assert worrying.risk > calm.risk + 15
    assert worrying.category == "risk"


def test_extensions_without_progress_raise_risk_and_end_patience() -> None:
    first = diagnose(PAPERWORK)
    again = diagnose(PAPERWORK, account={"extensions_granted": 3})
    assert again.risk > first.risk
    assert again.category != "administrative"


def test_contract_end_near_raises_risk() -> None:
    far = diagnose(VAGUE, account={"days_to_contract_end": 200})
    near = diagnose(VAGUE, account={"days_to_contract_end": 10})
    assert near.risk > far.risk
    assert any("10" in reason for reason in near.reasons)


def test_checklist_alternatives_means_shopping() -> None:
    result = diagnose(PAPERWORK, signals={"evaluating_alternatives": True})
    assert (result.delay_type, result.category) == ("shopping", "risk")


def test_checklist_problems_mean_hidden_problem() -> None:
    result = diagnose(PAPERWORK, signals={"raises_problems": True})
    assert (result.delay_type, result.category) == ("hidden_problem", "risk")


def test_one_warning_sign_ends_administrative() -> None:
    result = diagnose(PAPERWORK, signals={"defensive": True})
    assert result.category == "decision"


def test_good_signals_lower_risk() -> None:
    plain = diagnose(VAGUE)
    good = diagnose(
        VAGUE, signals={"apologetic": True, "proactive_updates": True, "asks_how_to_proceed": True}
    )
    assert good.risk < plain.risk


def test_account_facts_do_not_turn_a_signed_order_into_a_delay() -> None:
    result = diagnose(
        "Attached is the signed order form, thanks!",
        account={"champion_left": True, "usage_trend": -0.9, "open_escalations": 2},
    )
    assert (result.delay_type, result.category) == ("none", "none")


def test_every_signal_has_labels_in_both_languages() -> None:
    assert len(set(SIGNALS)) == len(SIGNALS)
    for signal in SIGNALS:
        english, german = signal_label(signal, "en"), signal_label(signal, "de")
        assert english and german and english != german
    with pytest.raises(KeyError):
        signal_label("no_such_signal")


def test_every_missing_id_has_a_question_in_both_languages() -> None:
    assert MISSING_IDS == (
        "timeline",
        "pending_step",
        "people",
        "information",
        "concern",
        "next_contact",
    )
    for missing_id in MISSING_IDS:
        english, german = missing_question(missing_id, "en"), missing_question(missing_id, "de")
        assert english.endswith((".", "?")) and german.endswith((".", "?"))
        assert english != german
    with pytest.raises(KeyError):
        missing_question("budget_owner")


def test_every_reason_and_warning_renders_in_both_languages() -> None:
    from delaydesk.diagnosis.reasons import (
        REASON_KEYS,
        WARNING_KEYS,
        Reason,
        render_reason,
        render_warning,
    )

    for key in REASON_KEYS:
        reason = Reason(
            key, signals=("went_silent", "no_timeline"), delay_type="budget", category="risk", n=3
        )
        english, german = render_reason(reason, "en"), render_reason(reason, "de")
        assert english and german and english != german
        assert "{" not in english + german
    for key in WARNING_KEYS:
        assert render_warning(key, "en", 20000) != render_warning(key, "de", 20000)
