"""Short explanations of a diagnosis, in German and English.

A reason is stored as a key with parameters and rendered in the reader's language, so the CLI
can show a German message's diagnosis in English (``--lang en``) and vice versa.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from delaydesk.diagnosis.signals import category_label, signal_label, type_label

_TEMPLATES: Final[dict[str, tuple[str, str]]] = {
    # key: (English, German)
    "cues": ("What the message points to: {signals}", "Worauf die Nachricht hindeutet: {signals}"),
    "administrative": (
        "Specific reason and a visible process: administrative, patience and help will do",
        "Konkreter Grund und ein erkennbarer Ablauf: administrativ, Geduld und Unterstützung "
        "reichen",
    ),
    "administrative_timeline": (
        "Specific reason with a concrete timeline: administrative",
        "Konkreter Grund mit klarem Zeitplan: administrativ",
    ),
    "decision": (
        "No clear process or date: the decision itself has stalled",
        "Weder ein klarer Ablauf noch ein Termin: die Entscheidung selbst stockt",
    ),
    "decision_alignment": (
        "Several people have to agree: facilitate, do not just wait",
        "Mehrere Personen müssen sich einigen: moderieren statt abwarten",
    ),
    "decision_champion": (
        "A new owner has to understand the product first: the renewal starts over",
        "Eine neue verantwortliche Person muss das Produkt erst kennenlernen: die Verlängerung "
        "beginnt von vorn",
    ),
    "risk_shopping": (
        "They are looking at alternatives: respond at once",
        "Der Kunde sieht sich nach Alternativen um: sofort reagieren",
    ),
    "risk_problem": (
        "Problems or doubts about the value show through: the delay is a symptom",
        "Probleme oder Zweifel am Nutzen schimmern durch: die Verzögerung ist nur ein Symptom",
    ),
    "risk_general": (
        "Warning signs outweigh the stated reason: treated as risk",
        "Die Warnzeichen wiegen schwerer als der genannte Grund: als Risiko eingestuft",
    ),
    "none": (
        "Nothing here postpones the renewal: not a delay",
        "Hier wird nichts aufgeschoben: keine Verzögerung",
    ),
    "leaning": (
        "Mixed evidence: leaning to the riskier reading ({category})",
        "Die Hinweise sind widersprüchlich: im Zweifel gilt die riskantere Einschätzung "
        "({category})",
    ),
    "checklist_risk": (
        "{type} reason, but {signals}: treated as risk",
        "Als Grund wird „{type}“ genannt, doch es gibt Warnzeichen ({signals}): als Risiko "
        "eingestuft",
    ),
    "checklist_decision": (
        "{type} reason, but {signals}: no longer administrative",
        "Als Grund wird „{type}“ genannt, doch es gibt Warnzeichen ({signals}): nicht mehr "
        "administrativ",
    ),
    "checklist_shopping": (
        "You noted that they evaluate alternatives: shopping, highest risk",
        "Sie haben vermerkt, dass Alternativen geprüft werden: höchstes Risiko",
    ),
    "checklist_problem": (
        "You noted problems raised as reasons: hidden problem",
        "Sie haben vermerkt, dass Probleme als Grund genannt werden: verdecktes Problem",
    ),
    "checklist_budget": (
        "You noted sudden budget concerns: the budget reason is a warning sign",
        "Sie haben plötzliche Budgetbedenken vermerkt: der Budgetgrund ist ein Warnzeichen",
    ),
    "champion_left": (
        "The champion has left: restart the conversation with the new owner",
        "Der Champion ist nicht mehr da: das Gespräch mit der neuen Person neu beginnen",
    ),
    "usage_falling": (
        "Usage is falling: a sign of dissatisfaction",
        "Die Nutzung sinkt: ein Zeichen von Unzufriedenheit",
    ),
    "escalations": (
        "{n} open escalation(s): unresolved problems weigh on the renewal",
        "{n} offene Eskalation(en): ungelöste Probleme belasten die Verlängerung",
    ),
    "extensions": (
        "{n} extensions already granted without progress",
        "Bereits {n} Verlängerungen ohne Fortschritt gewährt",
    ),
    "contract_end": (
        "The contract ends in {n} day(s): time is short",
        "Der Vertrag endet in {n} Tag(en): die Zeit wird knapp",
    ),
    "contract_ended": (
        "The contract end date has already passed",
        "Das Vertragsende ist bereits überschritten",
    ),
    "quoted": (
        "Quoted history counts less than the new reply",
        "Der zitierte Verlauf zählt weniger als die neue Antwort",
    ),
    "other_language": (
        "The message is neither German nor English: this diagnosis is unreliable",
        "Die Nachricht ist weder deutsch noch englisch: diese Einschätzung ist unsicher",
    ),
    "very_short": (
        "Very short message: little to go on",
        "Sehr kurze Nachricht: wenig Anhaltspunkte",
    ),
}

_WARNINGS: Final[dict[str, tuple[str, str]]] = {
    "truncated": (
        "The text is longer than {n} characters; only the first {n} were analysed.",
        "Der Text ist länger als {n} Zeichen; nur die ersten {n} wurden ausgewertet.",
    ),
    "other_language": (
        "Language not recognised as German or English.",
        "Sprache nicht als Deutsch oder Englisch erkannt.",
    ),
}


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason key with its parameters (ids, numbers), rendered on demand."""

    key: str
    signals: tuple[str, ...] = ()
    delay_type: str = ""
    category: str = ""
    n: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def _signal_list(signals: tuple[str, ...], lang: str) -> str:
    labels = [signal_label(s, lang) for s in signals]
    if lang == "de":
        # German labels keep their capitals (nouns), so they stand as a list, not mid-sentence.
        return "; ".join(labels)
    labels = [label[:1].lower() + label[1:] for label in labels]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def render_reason(reason: Reason, lang: str) -> str:
    """The reason as one sentence in German (``de``) or English."""
    english, german = _TEMPLATES[reason.key]
    template = german if lang == "de" else english
    return template.format(
        signals=_signal_list(reason.signals, lang),
        type=type_label(reason.delay_type, lang) if reason.delay_type else "",
        category=category_label(reason.category, lang) if reason.category else "",
        n=reason.n,
    )


def render_warning(key: str, lang: str, n: int = 0) -> str:
    """A warning sentence in German or English."""
    english, german = _WARNINGS[key]
    number = f"{n:,}".replace(",", "." if lang == "de" else ",")
    return (german if lang == "de" else english).format(n=number)


REASON_KEYS: Final[tuple[str, ...]] = tuple(_TEMPLATES)
WARNING_KEYS: Final[tuple[str, ...]] = tuple(_WARNINGS)
