"""Real e-mails: HTML, quoted replies, signatures, umlaut spellings, other languages, size."""

from __future__ import annotations

import time

import pytest

from delaydesk.diagnosis import MAX_CHARS, DiagnosisInputError, diagnose
from delaydesk.diagnosis.text import fold, prepare


def test_html_is_stripped_and_offsets_point_into_the_original(assert_offsets) -> None:
    text = (
        "<html><body><p>Hallo Frau Berger,</p><p>leider h&auml;ngt die Verl&auml;ngerung noch "
        "bei unserem <b>Einkauf</b>, die Bestellnummer kommt bis zum 15.&nbsp;M&auml;rz.</p>"
        "<p>Viele Gr&uuml;&szlig;e<br>Jonas Weber</p></body></html>"
    )
    result = diagnose(text)
    assert (result.delay_type, result.category) == ("process", "administrative")
    assert_offsets(text, result)
    procurement = [e for e in result.evidence if e.signal == "procurement"]
    assert [e.text for e in procurement][:1] == ["Einkauf"]
    # A span across an entity maps back to the entity in the original text.
    timeline = [e for e in result.evidence if e.signal == "concrete_timeline"]
    assert timeline and "M&auml;rz" in timeline[0].text


def test_html_blockquote_counts_as_quoted_history() -> None:
    prepared = prepare(
        "<div>The PO is raised, you will have it on Friday.</div>"
        "<blockquote>Are you still comparing other vendors?</blockquote>"
    )
    assert prepared.quoted
    quoted_text = " ".join(prepared.clean[s:e] for s, e in prepared.quoted)
    assert "comparing other vendors" in quoted_text


REPLY = "Thanks, the PO has been raised and you should have it by Friday.\n\nBest,\nTom\n\n"
HISTORY = (
    "> We heard you had a demo with one of our competitors and are looking at other vendors.\n"
    "> Are you still planning to renew?\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "On Tue, 4 Mar 2025 at 10:12, Anna Berg <anna@example.com> wrote:\n",
        "Am 04.03.2025 um 10:12 schrieb Anna Berg <anna@example.com>:\n",
        "-----Original Message-----\nFrom: Anna Berg\nSent: Tuesday, 4 March 2025 10:12\n",
        "Von: Anna Berg <anna@example.com>\nGesendet: Dienstag, 4. März 2025 10:12\nAn: Tom\n",
    ],
)
def test_quoted_history_weighs_less_than_the_new_reply(header: str, assert_offsets) -> None:
    text = REPLY + header + HISTORY
    result = diagnose(text)
    assert_offsets(text, result)
    history_start = text.index(header)
    assert all(e.start < history_start for e in result.evidence)
    assert result.delay_type != "shopping"
    assert any("Quoted history" in reason for reason in result.reasons)
    # The same words as the new reply decide the diagnosis.
    assert diagnose(HISTORY.replace("> ", "")).delay_type == "shopping"


def test_a_bare_forward_is_read_from_the_quoted_text() -> None:
    text = "On Mon, 3 Mar 2025, Kim <kim@example.com> wrote:\n> We are evaluating other vendors."
    assert diagnose(text).delay_type == "shopping"


def test_signature_does_not_count() -> None:
    body = "We need a little more time, sorry.\n\n"
    signature = "Kind regards,\nJane Doe\nHead of Procurement | Legal & Compliance\nACME Ltd\n"
    prepared = prepare(body + signature)
    assert prepared.has_signature
    main_text = " ".join(prepared.clean[s:e] for s, e in prepared.main)
    assert "Procurement" not in main_text
    result = diagnose(body + signature)
    assert not any(e.signal in ("procurement", "legal_review") for e in result.evidence)


@pytest.mark.parametrize(
    "spelling",
    [
        "Die Verlängerung muss noch durch die Rechtsabteilung, die Prüfung dauert bis Ende März.",
        "Die Verlaengerung muss noch durch die Rechtsabteilung, die Pruefung dauert bis "
        "Ende Maerz.",
        "Die Verlangerung muss noch durch die Rechtsabteilung, die Prufung dauert bis Ende Marz.",
        "DIE VERLÄNGERUNG MUSS NOCH DURCH DIE RECHTSABTEILUNG, DIE PRÜFUNG DAUERT BIS ENDE MÄRZ.",
    ],
)
def test_umlaut_spellings_read_alike(spelling: str, assert_offsets) -> None:
    result = diagnose(spelling)
    assert (result.delay_type, result.category) == ("process", "administrative")
    assert {e.signal for e in result.evidence} >= {"legal_review", "concrete_timeline"}
    assert_offsets(spelling, result)


def test_sharp_s_and_swiss_double_s() -> None:
    for text in (
        "Grüezi Herr Meier, die Offerte liegt bei unserem Einkauf, die Bestellung geht bis "
        "Ende Monat raus. Freundliche Grüsse, Reto",
        "Grüß Gott Herr Meier, die Offerte liegt bei unserem Einkauf, die Bestellung geht bis "
        "Ende Monat raus. Mit freundlichen Grüßen, Reto",
    ):
        result = diagnose(text)
        assert result.language == "de"
        assert result.delay_type == "process"


def test_german_english_jargon_and_typos() -> None:
    result = diagnose(
        "Hi, kurzes Update: das Renewal hängt noch im Procurement, die PO kommt naechste Woche. "
        "Sorry fuer die Verzoegerung!"
    )
    assert result.language == "de"
    assert result.delay_type == "process"
    assert "apologetic" in {e.signal for e in result.evidence}


def test_fold_keeps_length() -> None:
    text = "Grüße aus Köln – „Straße“ İstanbul"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous avons besoin de plus de temps pour la décision concernant le "
        "renouvellement. Merci de votre compréhension.",
        "Hola, necesitamos un poco más de tiempo para decidir sobre la renovación. Gracias por "
        "su paciencia.",
    ],
)
def test_other_language_gets_low_confidence(text: str) -> None:
    result = diagnose(text)
    assert result.language == "other"
    assert result.confidence <= 0.25
    assert result.warnings


def test_language_can_be_given() -> None:
    assert diagnose("Budget Q3", lang="de").language == "de"
    with pytest.raises(DiagnosisInputError):
        diagnose("Budget Q3", lang="fr")


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_text_is_an_error(text: str) -> None:
    with pytest.raises(DiagnosisInputError, match="empty"):
        diagnose(text)


def test_text_must_be_a_string() -> None:
    with pytest.raises(DiagnosisInputError):
        diagnose(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):  # the error is a ValueError for callers that expect one
        diagnose(b"bytes")  # type: ignore[arg-type]


def test_markup_only_is_empty() -> None:
    with pytest.raises(DiagnosisInputError):
        diagnose("<p> </p><br/>")


def test_one_megabyte_message_is_truncated_with_a_warning(assert_offsets) -> None:
    text = ("Our legal team is still reviewing the contract. " * 25_000)[:1_000_000]
    started = time.perf_counter()
    result = diagnose(text)
    assert time.perf_counter() - started < 2.0
    assert result.warnings and "20,000" in result.warnings[0]
    assert all(e.end <= MAX_CHARS for e in result.evidence)
    assert_offsets(text, result)
    german = diagnose(("Unsere Rechtsabteilung prüft noch den Vertrag. " * 25_000)[:1_000_000])
    assert "20.000" in german.warnings[0]


def test_short_text_has_lower_confidence() -> None:
    short = diagnose("later")
    longer = diagnose(
        "Our procurement team still has to raise the purchase order; I expect it by 12 May and "
        "will send it over the same day."
    )
    assert short.confidence < longer.confidence
