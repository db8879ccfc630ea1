"""Category and delay type on clear German and English messages, and the hard cases."""

from __future__ import annotations

import pytest

from delaydesk.diagnosis import CATEGORIES, DELAY_TYPES, VALID_COMBINATIONS, diagnose

CLEAR_CASES = [
    # (text, delay_type, category)
    (
        "Hi Tom, we definitely want to renew. Our new budget year starts on 1 April and finance "
        "will release the funds then, so I can sign the order form in the first week of April. "
        "Thanks for your patience, Claire",
        "budget",
        "administrative",
    ),
    (
        "Guten Tag Herr Wolf, wir verlängern auf jeden Fall. Das Budget für das neue "
        "Geschäftsjahr wird erst am 1. Juli freigegeben, danach bezahlt unsere Buchhaltung die "
        "Rechnung sofort. Freundliche Grüße, Petra Lang",
        "budget",
        "administrative",
    ),
    (
        "Hello Sam, the renewal sits with our procurement team: they still have to raise the "
        "purchase order, and legal is reviewing the updated DPA. I expect the PO by 20 June and "
        "will forward it straight away. Best, Priya",
        "process",
        "administrative",
    ),
    (
        "Hallo Frau Schmidt, die Verlängerung ist intern freigegeben, aber unser Einkauf muss "
        "noch die Bestellung anlegen. Die Bestellnummer bekommen Sie voraussichtlich bis zum "
        "12. Mai. Viele Grüße, Jonas Becker",
        "process",
        "administrative",
    ),
    (
        "Thanks for checking in. Honestly we are not aligned internally: marketing wants the "
        "enterprise plan, IT wants to stay on the current tier, and nobody is sure who makes the "
        "final call. I'll try to get them in one room.",
        "alignment",
        "decision",
    ),
    (
        "Hallo, ich habe die Betreuung der Software von Frau Keller übernommen, die das "
        "Unternehmen verlassen hat. Bevor ich über die Verlängerung entscheide, muss ich mir erst "
        "einen Überblick verschaffen, wofür wir das Tool eigentlich nutzen.",
        "champion_change",
        "decision",
    ),
    (
        "Sorry, we're completely swamped with our product launch this month and the renewal just "
        "isn't top of mind. Nothing wrong with the tool. Can we pick this up after the launch?",
        "priority",
        "decision",
    ),
    ("We need a bit more time on this. We'll get back to you.", "unknown", "decision"),
    ("Hallo, wir brauchen noch etwas Zeit. Wir melden uns.", "unknown", "decision"),
    (
        "Before we renew we want to compare a few other vendors. We have demos with two "
        "competitors booked for next week.",
        "shopping",
        "risk",
    ),
    (
        "Wir haben ein deutlich günstigeres Angebot von einem anderen Anbieter bekommen und "
        "prüfen gerade, ob wir wechseln.",
        "shopping",
        "risk",
    ),
    (
        "To be honest the team hardly uses the dashboards and the integration has been broken "
        "for weeks. We need to see more value before committing to another year.",
        "hidden_problem",
        "risk",
    ),
    (
        "Ehrlich gesagt sind wir enttäuscht: Der Support reagiert seit Wochen nicht und die "
        "Schnittstelle funktioniert immer noch nicht. Die Verlängerung stellen wir deshalb "
        "erst einmal zurück.",
        "hidden_problem",
        "risk",
    ),
    ("Please find attached the signed renewal order form. Thanks for your help!", "none", "none"),
    ("Anbei der unterschriebene Vertrag zur Verlängerung. Danke und viele Grüße", "none", "none"),
    (
        "Thank you for your email. I am out of the office until 14 March with no access to "
        "e-mail. For urgent matters please contact support@example.com.",
        "none",
        "none",
    ),
    (
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Juni nicht im Büro. In "
        "dringenden Fällen wenden Sie sich bitte an meine Kollegin.",
        "none",
        "none",
    ),
    ("Quick question: how do I reset the password for one of our users?", "none", "none"),
]


@pytest.mark.parametrize(("text", "delay_type", "category"), CLEAR_CASES)
def test_clear_messages(text: str, delay_type: str, category: str, assert_offsets) -> None:
    result = diagnose(text)
    assert (result.delay_type, result.category) == (delay_type, category), result.reasons
    assert_offsets(text, result)


def test_result_shape_and_ranges() -> None:
    result = diagnose("We need more time, our CFO is reviewing all software spend.").to_dict()
    assert list(result) == [
        "delay_type",
        "category",
        "risk",
        "confidence",
        "language",
        "evidence",
        "missing",
        "warnings",
        "reasons",
    ]
    assert result["delay_type"] in DELAY_TYPES and result["category"] in CATEGORIES
    assert (result["delay_type"], result["category"]) in VALID_COMBINATIONS
    assert isinstance(result["risk"], int) and 0 <= result["risk"] <= 100
    assert 0.0 <= result["confidence"] <= 1.0
    assert result["confidence"] == round(result["confidence"], 3)
    for item in result["evidence"]:
        assert set(item) == {"signal", "text", "start", "end"}


def test_budget_excuse_with_silence_and_no_timeline_is_not_administrative() -> None:
    text = (
        "We have to wait for next quarter's budget: finance releases it on 1 July and I can "
        "sign right after."
    )
    plain = diagnose(text)
    flagged = diagnose(text, signals={"went_silent": True, "no_timeline": True})
    assert plain.category == "administrative"
    assert flagged.category != "administrative"
    assert flagged.category == "risk"
    assert flagged.risk > plain.risk
    assert any("silent" in reason for reason in flagged.reasons)


def test_silence_written_in_a_call_note_is_not_administrative() -> None:
    note = (
        "Customer said in March they have to wait for budget. Since then no reply to three "
        "follow-ups, no date given."
    )
    assert diagnose(note).category != "administrative"


def test_polite_dissatisfaction_is_risk() -> None:
    text = (
        "Thank you so much for all your help this year, we really appreciate you personally. "
        "That said, the reporting module still doesn't give us what we were promised, and we "
        "are not sure it is worth continuing at the current price. Could we revisit this in a "
        "few weeks?"
    )
    result = diagnose(text)
    assert result.category == "risk"
    assert result.delay_type == "hidden_problem"


def test_competitor_hint_inside_procurement_text_is_shopping() -> None:
    text = (
        "Our procurement team is processing the renewal and will raise the PO next week. In "
        "parallel they have asked another vendor for a quote for comparison."
    )
    result = diagnose(text)
    assert (result.delay_type, result.category) == ("shopping", "risk")


def test_german_competitor_hint_inside_procurement_text_is_shopping() -> None:
    text = (
        "Die Bestellung liegt bei unserem Einkauf. Parallel holt der Einkauf aber noch ein "
        "Vergleichsangebot bei einem anderen Anbieter ein."
    )
    result = diagnose(text)
    assert (result.delay_type, result.category) == ("shopping", "risk")


def test_risk_ranks_above_paperwork() -> None:
    paperwork = diagnose("Legal is reviewing the DPA; we will sign on 3 May.")
    shopping = diagnose("We are evaluating two other tools and will decide after the demos.")
    assert shopping.risk > paperwork.risk + 30


def test_reasons_follow_the_message_language() -> None:
    german = diagnose("Wir schauen uns gerade andere Anbieter an.")
    english = diagnose("We are looking at other vendors at the moment.")
    assert german.language == "de" and english.language == "en"
    assert german.reasons and english.reasons
    assert german.reasons != german.reasons_in("en")
    assert german.reasons_in("de") == german.reasons


def test_missing_questions_for_a_vague_delay() -> None:
    result = diagnose("We need a bit more time, will come back to you.")
    assert {"timeline", "pending_step", "people", "concern", "next_contact"} <= set(result.missing)


def test_nothing_is_missing_for_a_signed_order() -> None:
    assert diagnose("Attached is the signed order form.").missing == []


def test_agreed_call_answers_next_contact() -> None:
    result = diagnose(
        "Our finance team releases the budget on 1 April. Let's talk again on 2 April at 10am."
    )
    assert "next_contact" not in result.missing
    assert "timeline" not in result.missing


def test_a_verdict_that_leaned_to_risk_names_the_lean_and_no_warning_signs() -> None:
    """Risk reached by leaning (the words alone point elsewhere) is explained as the lean, not
    as warning signs outweighing a stated reason."""
    from delaydesk.diagnosis.corpus import dev_split, load_corpus

    leaned = []
    for item in dev_split(load_corpus()):
        result = diagnose(item.text)
        keys = [reason.key for reason in result.reason_keys]
        if result.category == "risk" and "leaning" in keys:
            leaned.append(keys)
        if len(leaned) >= 5:
            break
    assert leaned, "no verdict in the dev split leaned to risk"
    for keys in leaned:
        assert "risk_general" not in keys
