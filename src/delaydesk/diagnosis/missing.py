"""Discovery questions a delay message leaves unanswered.

The ids are fixed: the playbooks engine maps them to its own question sets. The texts here are
the short question a CSM asks to fill the gap.
"""

from __future__ import annotations

from typing import Final

MISSING_IDS: Final[tuple[str, ...]] = (
    "timeline",
    "pending_step",
    "people",
    "information",
    "concern",
    "next_contact",
)

_QUESTIONS: Final[dict[str, tuple[str, str]]] = {
    # id: (English, German)
    "timeline": (
        "By when do you expect a decision, and what has to happen before then?",
        "Bis wann rechnen Sie mit einer Entscheidung, und was muss bis dahin passieren?",
    ),
    "pending_step": (
        "Which step or decision is still open on your side right now?",
        "Welcher Schritt oder welche Entscheidung ist bei Ihnen gerade noch offen?",
    ),
    "people": (
        "Who else needs to be involved before you can sign?",
        "Wer muss außer Ihnen noch eingebunden werden, bevor Sie unterschreiben können?",
    ),
    "information": (
        "Is there any information or document you are still missing from us?",
        "Fehlen Ihnen von unserer Seite noch Informationen oder Unterlagen?",
    ),
    "concern": (
        "What exactly should the extra time resolve, and is there a concern behind it?",
        "Was genau soll die zusätzliche Zeit klären, und steckt eine Sorge dahinter?",
    ),
    "next_contact": (
        "When shall we speak again? Let's put a date in the calendar.",
        "Wann sprechen wir wieder? Lassen Sie uns gleich einen Termin festhalten.",
    ),
}


def missing_question(missing_id: str, lang: str = "en") -> str:
    """Return the question that fills a missing-information gap, in German or English.

    Raises KeyError for an id that is not in MISSING_IDS.
    """
    try:
        english, german = _QUESTIONS[missing_id]
    except KeyError:
        raise KeyError(f"unknown missing-information id: {missing_id!r}") from None
    return german if lang == "de" else english
