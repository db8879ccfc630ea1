"""Discovery questions: what to ask when a customer says "we need more time".

The diagnosis reports which of these are still unanswered (its ``missing`` list); the
playbook puts them first, and the discovery e-mail asks them. Each question exists in
English and in German, once for customers addressed as "Sie" and once for "du".
"""

from __future__ import annotations

from dataclasses import dataclass

from delaydesk.playbooks.language import voice


@dataclass(frozen=True)
class DiscoveryQuestion:
    """One question to the customer, with the step title and the reason it matters."""

    id: str
    title: dict[str, str]  # lang -> short title for the CSM
    why: dict[str, str]  # lang -> one sentence: why the answer matters
    ask: dict[str, str]  # voice (en, de_sie, de_du) -> the question as the customer reads it


QUESTIONS: dict[str, DiscoveryQuestion] = {
    q.id: q
    for q in (
        DiscoveryQuestion(
            id="timeline",
            title={"en": "Clarify the time frame", "de": "Zeitrahmen klären"},
            why={
                "en": "Without a date, \u201clater\u201d can quietly turn into \u201cnever\u201d.",
                "de": "Ohne Datum wird aus \u201espäter\u201c leicht \u201enie\u201c.",
            },
            ask={
                "en": "Is there a date or a time frame you are working towards for the decision?",
                "de_sie": "Bis wann möchten Sie ungefähr entscheiden, und gibt es dafür schon "
                "einen Termin?",
                "de_du": "Bis wann wollt ihr ungefähr entscheiden? Gibt es dafür schon einen "
                "Termin?",
            },
        ),
        DiscoveryQuestion(
            id="pending_step",
            title={"en": "Find out which step is pending", "de": "Offenen Schritt klären"},
            why={
                "en": "A named approval or review can be helped along; a vague one cannot.",
                "de": "Eine konkrete Freigabe oder Prüfung lässt sich beschleunigen, eine "
                "vage nicht.",
            },
            ask={
                "en": "Which step is still open on your side: an approval, a review or a "
                "decision?",
                "de_sie": "Welcher Schritt steht bei Ihnen noch aus: eine Freigabe, eine "
                "Prüfung oder eine Entscheidung?",
                "de_du": "Was steht bei euch gerade noch aus: eine Freigabe, eine Prüfung "
                "oder eine Entscheidung?",
            },
        ),
        DiscoveryQuestion(
            id="people",
            title={"en": "Find out who else is involved", "de": "Beteiligte klären"},
            why={
                "en": "Whoever has not been involved yet can still stop the renewal.",
                "de": "Wer noch nicht eingebunden ist, kann die Verlängerung noch stoppen.",
            },
            ask={
                "en": "Who else needs to be involved before the renewal can go ahead?",
                "de_sie": "Wer muss auf Ihrer Seite noch eingebunden werden, bevor die "
                "Verlängerung weitergehen kann?",
                "de_du": "Wer muss bei euch noch mit ins Boot, bevor es mit der Verlängerung "
                "weitergeht?",
            },
        ),
        DiscoveryQuestion(
            id="information",
            title={
                "en": "Ask what information is missing",
                "de": "Fehlende Informationen erfragen",
            },
            why={
                "en": "Missing information is the easiest delay to remove, and we can "
                "remove it ourselves.",
                "de": "Fehlende Informationen sind die Verzögerung, die wir am leichtesten "
                "selbst beheben können.",
            },
            ask={
                "en": "Is there any information you or your colleagues are still missing "
                "from us?",
                "de_sie": "Fehlen Ihnen oder Ihren Kolleginnen und Kollegen noch "
                "Informationen von uns?",
                "de_du": "Fehlt dir oder deinem Team noch irgendeine Info von uns?",
            },
        ),
        DiscoveryQuestion(
            id="concern",
            title={"en": "Ask which concern the time should resolve",
                   "de": "Offene Bedenken erfragen"},
            why={
                "en": "An unspoken concern is the most common reason behind a vague delay.",
                "de": "Unausgesprochene Bedenken stecken am häufigsten hinter einer vagen "
                "Verzögerung.",
            },
            ask={
                "en": "Is there a concern the extra time is meant to resolve? If so, I would "
                "much rather hear about it now, so we can work on it together.",
                "de_sie": "Gibt es Bedenken, die in der zusätzlichen Zeit ausgeräumt werden "
                "sollen? Dann spreche ich lieber jetzt mit Ihnen darüber, damit wir "
                "gemeinsam eine Lösung finden.",
                "de_du": "Gibt es etwas, das dich oder euch noch beschäftigt? Sprich es gern "
                "direkt an, dann finden wir gemeinsam eine Lösung.",
            },
        ),
        DiscoveryQuestion(
            id="next_contact",
            title={"en": "Agree when to talk again", "de": "Nächsten Gesprächstermin vereinbaren"},
            why={
                "en": "\u201cLet's stay in touch\u201d has no date; a calendar entry does.",
                "de": "\u201eWir melden uns\u201c hat kein Datum, ein Kalendereintrag schon.",
            },
            ask={
                "en": "When shall we speak again? I would suggest we put a date in the "
                "calendar right away.",
                "de_sie": "Wann sollen wir wieder sprechen? Am liebsten würde ich gleich "
                "einen festen Termin mit Ihnen vereinbaren.",
                "de_du": "Wann wollen wir wieder sprechen? Am besten machen wir gleich einen "
                "festen Termin aus.",
            },
        ),
    )
}

DISCOVERY_QUESTION_IDS: tuple[str, ...] = tuple(QUESTIONS)

# Asked in a discovery e-mail when the diagnosis has not said what is missing.
DEFAULT_DISCOVERY: tuple[str, ...] = ("pending_step", "people", "timeline", "next_contact")


def check_question_ids(ids: list[str] | tuple[str, ...]) -> list[str]:
    """Return the ids in order without duplicates, or raise ValueError for an unknown id."""
    seen: list[str] = []
    for qid in ids:
        if qid not in QUESTIONS:
            raise ValueError(f"unknown discovery question: {qid!r}")
        if qid not in seen:
            seen.append(qid)
    return seen


def question_text(question_id: str, lang: str, *, formal: bool = True) -> str:
    """The question as the customer reads it, in ``lang`` (German: Sie, or du if not formal)."""
    return QUESTIONS[question_id].ask[voice(lang, formal)]
