"""The urgency guard: fake urgency is flagged in both languages, real urgency passes."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from delaydesk.playbooks import UrgencyFacts, UrgencySettings, check_text, detect_lang

TODAY = date(2027, 3, 1)  # a Monday
FACTS = UrgencyFacts(
    contract_end=date(2027, 3, 31),
    price_increase_on=date(2027, 5, 1),
    budget_cycle_closes_on=date(2027, 6, 30),
    today=TODAY,
)


def kinds(text: str, facts: UrgencyFacts | None = FACTS, **kwargs: object) -> list[str]:
    return [f.kind for f in check_text(text, facts=facts, **kwargs)]  # type: ignore[arg-type]


FAKE = [
    # invented expiry
    ("This offer expires Friday.", "invented_expiry"),
    ("The discount is only valid until Friday, so please hurry.", "invented_expiry"),
    ("This is your last chance to keep the current terms.", "invented_expiry"),
    ("Only today: the renewal at the old price.", "invented_expiry"),
    ("Act now, this deal won't last.", "invented_expiry"),
    ("Das Angebot ist nur noch bis Freitag gültig.", "invented_expiry"),
    ("Das ist Ihre letzte Chance auf diese Konditionen.", "invented_expiry"),
    ("Die letzten Gelegenheit, bevor alles teurer wird.", "invented_expiry"),
    ("Unser Angebot verfällt am Freitag.", "invented_expiry"),
    ("Nur heute gilt der alte Preis.", "invented_expiry"),
    # personal pressure
    ("I need this for my quota this quarter.", "personal_pressure"),
    ("My boss is asking me every day about your renewal.", "personal_pressure"),
    ("I need this for my numbers, could you sign?", "personal_pressure"),
    ("Could you help me hit my target?", "personal_pressure"),
    ("Meine Quote hängt an dieser Verlängerung.", "personal_pressure"),
    ("Mein Chef fragt schon täglich nach.", "personal_pressure"),
    ("Meine Vorgesetzte drängt auf eine Unterschrift.", "personal_pressure"),
    ("Ich brauche das noch für meine Zahlen.", "personal_pressure"),
    # excessive discount
    ("We can offer you 30% off if you renew.", "excessive_discount"),
    ("I can give you a 20 percent discount.", "excessive_discount"),
    ("Wir gewähren Ihnen 25 % Rabatt.", "excessive_discount"),
    ("Einen Nachlass von 40 Prozent kann ich anbieten.", "excessive_discount"),
    ("We will do whatever it takes to keep you.", "excessive_discount"),
    ("We'll keep you at any price.", "excessive_discount"),
    ("Sonderrabatt nur heute!", "excessive_discount"),
    ("Wir halten Sie um jeden Preis.", "excessive_discount"),
    # unbacked deadlines
    ("Please sign by 15 December.", "unbacked_deadline"),
    ("Please sign by March 12th.", "unbacked_deadline"),
    ("We need the signed order form until Friday.", "unbacked_deadline"),
    ("Bitte unterschreiben Sie bis zum 15.12.", "unbacked_deadline"),
    ("Bitte schicken Sie uns die Unterlagen bis Freitag.", "unbacked_deadline"),
    ("Bitte bis spätestens 10. März zurücksenden.", "unbacked_deadline"),
    ("Deadline: 2027-03-12.", "unbacked_deadline"),
    ("We need your decision by the end of the week.", "unbacked_deadline"),
]

REAL = [
    "Your contract ends on 31 March 2027; after that the service stops and re-onboarding "
    "takes two to three weeks",
    "Ihr Vertrag endet am 31.03.2027; danach endet der Service, und ein Neustart dauert zwei "
    "bis drei Wochen.",
    "Please sign by 31 March 2027 so there is no interruption.",
    "Bitte unterschreiben Sie bis zum 31.03.2027, damit es keine Unterbrechung gibt.",
    "We need your decision by the end of the month, when your contract ends.",
    "Bitte bis Ende des Monats entscheiden, dann endet Ihr Vertrag.",
    "Prices go up on 1 May, so renewing before 30 April keeps today's price.",
    "Today's price is valid until 30 April; our list prices change on 1 May.",
    "Das Angebot gilt bis zum 30.04.2027, danach ändern sich die Listenpreise.",
    "Your budget cycle closes on 30 June; signing by 29 June keeps the renewal in it.",
    "We offer 10% off for renewing 30 days early.",
    "Usage grew by 40% last year, and renewing early saves you 10% on the price.",
    "Wir bieten 10 % Rabatt bei Verlängerung bis zum 29.03.2027.",
    "Thanks by the way for the update! Let's talk next week. Until then, all the best.",
    "I will send the documents until you have everything you need.",
    "Zwei bis drei Wochen dauert die Wiedereinführung, bis alles wieder läuft.",
    "Ich muss meinen Chef fragen, ob wir die Schulung kostenlos dazugeben können.",
]


@pytest.mark.parametrize(("text", "kind"), FAKE)
def test_fake_urgency_is_flagged(text: str, kind: str) -> None:
    findings = check_text(text, facts=FACTS)
    assert kind in [f.kind for f in findings], (text, findings)
    for finding in findings:
        assert text[finding.start:finding.end] == finding.excerpt
        assert finding.message and finding.suggestion


@pytest.mark.parametrize("text", REAL)
def test_real_urgency_passes(text: str) -> None:
    assert check_text(text, facts=FACTS) == []


def test_the_reference_sentence_passes_with_the_contract_end_recorded() -> None:
    text = (
        "Your contract ends on 31 March 2027; after that the service stops and re-onboarding "
        "takes two to three weeks"
    )
    facts = UrgencyFacts(contract_end=date(2027, 3, 31), today=date(2027, 1, 10))
    assert check_text(text, facts=facts) == []
    assert check_text(text) == []  # nothing in it is a demand, so no facts are needed


def test_deadline_tolerance_is_two_days() -> None:
    assert kinds("Please sign by 2 April 2027.") == []  # contract end + 2 days
    assert kinds("Please sign by 3 April 2027.") == ["unbacked_deadline"]
    assert kinds("Please sign by 29 March 2027.") == []
    assert kinds("Please sign by 28 March 2027.") == ["unbacked_deadline"]
    wide = UrgencySettings(tolerance_days=5)
    assert kinds("Please sign by 3 April 2027.", settings=wide) == []


def test_without_recorded_dates_a_deadline_has_nothing_to_rest_on() -> None:
    findings = check_text("Please sign by 31 March 2027.", facts=UrgencyFacts(today=TODAY))
    assert [f.kind for f in findings] == ["unbacked_deadline"]
    assert "No date is recorded" in findings[0].message


def test_extra_dates_back_deadlines_too() -> None:
    facts = UrgencyFacts(today=TODAY, extra_dates=(date(2027, 3, 1),))
    assert kinds("The early-renewal discount is valid until 1 March.", facts=facts) == []


def test_discount_limit_is_a_setting_and_fifteen_passes() -> None:
    assert kinds("We can offer 15% off.") == []
    assert kinds("We can offer 15,5 % Rabatt.") == ["excessive_discount"]
    assert kinds("We can offer 20% off.", settings=UrgencySettings(max_discount_percent=Decimal(
        "25"))) == []


def test_messages_and_suggestions_follow_the_language() -> None:
    german = check_text("Das Angebot ist nur noch bis Freitag gültig.", facts=FACTS)
    assert german[0].message.startswith("Ablaufdatum ohne erfassten Grund")
    assert "31.03.2027" in german[0].suggestion  # a real example built from the contract end
    english = check_text("This offer expires Friday.", facts=FACTS)
    assert english[0].message.startswith("An expiry without a recorded reason")
    assert "31 March 2027" in english[0].suggestion
    forced = check_text("This offer expires Friday.", facts=FACTS, lang="de")
    assert forced[0].message.startswith("Ablaufdatum")


def test_findings_are_ordered_and_not_duplicated() -> None:
    text = (
        "Hi Anna, last chance: 30% off, but only valid until Friday. My boss is asking, "
        "and I need this for my quota. Please sign by 12 March."
    )
    findings = check_text(text, facts=FACTS)
    starts = [f.start for f in findings]
    assert starts == sorted(starts)
    assert [f.kind for f in findings] == [
        "invented_expiry", "excessive_discount", "invented_expiry", "personal_pressure",
        "personal_pressure", "unbacked_deadline",
    ]
    data = findings[0].to_dict()
    assert set(data) == {"kind", "start", "end", "excerpt", "message", "suggestion"}


def test_language_detection() -> None:
    assert detect_lang("Bitte unterschreiben Sie bis Freitag, vielen Dank.") == "de"
    assert detect_lang("Please sign by Friday, thank you.") == "en"


def test_fast_enough_to_run_while_typing() -> None:
    email = " ".join([REAL[0], FAKE[0][0], REAL[1], FAKE[12][0], REAL[4]] * 6)  # about 2 KB
    check_text(email, facts=FACTS)
    started = time.perf_counter()
    for _ in range(20):
        check_text(email, facts=FACTS)
    per_check = (time.perf_counter() - started) / 20
    assert per_check < 0.05  # generous for a busy CI machine; typically a few milliseconds
