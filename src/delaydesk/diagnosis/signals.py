"""Fixed ids of the diagnosis: delay types, categories, signals and their labels in de/en.

These ids are a contract: the web app, the API, the CLI, the playbooks engine and the corpus use
them verbatim. Labels are what a customer-success manager reads on screen.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final[tuple[str, ...]] = ("de", "en")

DELAY_TYPES: Final[tuple[str, ...]] = (
    "budget",
    "process",
    "alignment",
    "champion_change",
    "priority",
    "hidden_problem",
    "shopping",
    "unknown",
    "none",
)

CATEGORIES: Final[tuple[str, ...]] = ("administrative", "decision", "risk", "none")

# Which type/category pairs the labelling guide allows ("Type and category together").
VALID_COMBINATIONS: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("budget", "administrative"),
        ("budget", "decision"),
        ("budget", "risk"),
        ("process", "administrative"),
        ("process", "decision"),
        ("process", "risk"),
        ("alignment", "decision"),
        ("alignment", "risk"),
        ("champion_change", "decision"),
        ("champion_change", "risk"),
        ("priority", "administrative"),
        ("priority", "decision"),
        ("hidden_problem", "risk"),
        ("shopping", "risk"),
        ("unknown", "decision"),
        ("unknown", "risk"),
        ("none", "none"),
    }
)

# How serious each category is; "lean to the riskier category" compares these.
CATEGORY_SEVERITY: Final[dict[str, int]] = {
    "none": 0,
    "administrative": 1,
    "decision": 2,
    "risk": 3,
}

GOOD_SIGNALS: Final[tuple[str, ...]] = (
    "specific_reason",
    "apologetic",
    "concrete_timeline",
    "proactive_updates",
    "asks_how_to_proceed",
)

BAD_SIGNALS: Final[tuple[str, ...]] = (
    "vague",
    "defensive",
    "no_timeline",
    "went_silent",
    "ignores_help",
    "conflicting_stories",
    "sudden_budget_concerns",
    "raises_problems",
    "evaluating_alternatives",
    "strained_relationship",
)

# The CSM's checklist: the only names accepted in the ``signals`` input of diagnose().
CHECKLIST_SIGNALS: Final[tuple[str, ...]] = GOOD_SIGNALS + BAD_SIGNALS

# Cues that point at a delay type (or at "not a delay"); they appear as evidence only.
CUE_SIGNALS: Final[tuple[str, ...]] = (
    "budget_cycle",
    "budget_freeze",
    "finance_pending",
    "procurement",
    "legal_review",
    "security_review",
    "signature_pending",
    "signatory_away",
    "several_approvers",
    "champion_left",
    "busy",
    "value_doubt",
    "low_adoption",
    "competitor",
    "tender",
    "generic_delay",
    "renewal_confirmed",
    "out_of_office",
    "unrelated_request",
    "satisfied",
    "intends_to_renew",
)

SIGNALS: Final[tuple[str, ...]] = GOOD_SIGNALS + BAD_SIGNALS + CUE_SIGNALS

# Which delay type each cue points to; behaviour signals point to none in particular.
CUE_TYPE: Final[dict[str, str]] = {
    "budget_cycle": "budget",
    "budget_freeze": "budget",
    "finance_pending": "budget",
    "sudden_budget_concerns": "budget",
    "procurement": "process",
    "legal_review": "process",
    "security_review": "process",
    "signature_pending": "process",
    "signatory_away": "process",
    "several_approvers": "alignment",
    "conflicting_stories": "alignment",
    "champion_left": "champion_change",
    "busy": "priority",
    "value_doubt": "hidden_problem",
    "low_adoption": "hidden_problem",
    "raises_problems": "hidden_problem",
    "competitor": "shopping",
    "tender": "shopping",
    "evaluating_alternatives": "shopping",
    "generic_delay": "unknown",
    "renewal_confirmed": "none",
    "out_of_office": "none",
    "unrelated_request": "none",
}

_SIGNAL_LABELS: Final[dict[str, tuple[str, str]]] = {
    # id: (English, German)
    "specific_reason": ("Specific reason with details", "Konkreter Grund mit Details"),
    "apologetic": ("Apologises for the delay", "Entschuldigt sich für die Verzögerung"),
    "concrete_timeline": ("Offers a concrete timeline", "Nennt einen konkreten Zeitplan"),
    "proactive_updates": ("Reports progress unprompted", "Meldet den Stand von sich aus"),
    "asks_how_to_proceed": (
        "Asks how to keep things moving",
        "Fragt, wie es schneller vorangehen kann",
    ),
    "vague": ("Vague about the reason", "Bleibt beim Grund vage"),
    "defensive": ("Defensive when asked", "Reagiert abwehrend auf Nachfragen"),
    "no_timeline": ("No timeline, however hard you ask", "Kein Zeitplan, auch auf Nachfrage nicht"),
    "went_silent": ("Went silent after announcing the delay", "Seit der Ankündigung funkstill"),
    "ignores_help": ("Does not take up offers of help", "Geht auf Hilfsangebote nicht ein"),
    "conflicting_stories": (
        "Stakeholders tell different stories",
        "Ansprechpartner erzählen Unterschiedliches",
    ),
    "sudden_budget_concerns": ("Sudden budget concerns", "Plötzliche Budgetbedenken"),
    "raises_problems": ("Problems raised as reasons", "Probleme werden als Grund genannt"),
    "evaluating_alternatives": ("Evaluating alternatives", "Prüft Alternativen"),
    "strained_relationship": ("Tense or distant tone", "Angespannter oder distanzierter Ton"),
    "budget_cycle": ("Budget cycle or fiscal year", "Budgetzyklus oder Geschäftsjahr"),
    "budget_freeze": ("Budget freeze", "Budgetstopp"),
    "finance_pending": ("Finance is involved", "Die Finanzabteilung ist beteiligt"),
    "procurement": ("Procurement or purchase order", "Einkauf oder Bestellung"),
    "legal_review": ("Legal or data-protection review", "Prüfung durch Recht oder Datenschutz"),
    "security_review": ("Security review", "Sicherheitsprüfung"),
    "signature_pending": ("Signature still pending", "Unterschrift steht noch aus"),
    "signatory_away": ("Signatory away", "Zeichnungsberechtigte Person abwesend"),
    "several_approvers": ("Several people must agree", "Mehrere Personen müssen zustimmen"),
    "champion_left": ("Our contact has changed", "Unser Ansprechpartner hat gewechselt"),
    "busy": ("Busy with other things", "Mit anderem ausgelastet"),
    "value_doubt": ("Doubts about the value", "Zweifel am Nutzen"),
    "low_adoption": ("The tool is hardly used", "Das Tool wird kaum genutzt"),
    "competitor": ("Another vendor in play", "Ein anderer Anbieter im Spiel"),
    "tender": ("Tender or RFP", "Ausschreibung"),
    "generic_delay": ("Asks for more time", "Bittet um mehr Zeit"),
    "renewal_confirmed": ("Renewal confirmed", "Verlängerung bestätigt"),
    "out_of_office": ("Out-of-office reply", "Abwesenheitsnotiz"),
    "unrelated_request": (
        "Request unrelated to the renewal",
        "Anliegen ohne Bezug zur Verlängerung",
    ),
    "satisfied": ("Says they are satisfied", "Äußert Zufriedenheit"),
    "intends_to_renew": ("Means to renew", "Will verlängern"),
}

_TYPE_LABELS: Final[dict[str, tuple[str, str]]] = {
    "budget": ("Budget", "Budget"),
    "process": ("Process and paperwork", "Prozess und Formalitäten"),
    "alignment": ("Stakeholder alignment", "Abstimmung der Beteiligten"),
    "champion_change": ("Champion change", "Wechsel des Champions"),
    "priority": ("Other priorities", "Andere Prioritäten"),
    "hidden_problem": ("Hidden problem", "Verdecktes Problem"),
    "shopping": ("Evaluating alternatives", "Sucht nach Alternativen"),
    "unknown": ("Unknown reason", "Grund unklar"),
    "none": ("Not a delay", "Keine Verzögerung"),
}

_CATEGORY_LABELS: Final[dict[str, tuple[str, str]]] = {
    "administrative": ("Administrative", "Administrativ"),
    "decision": ("Stalled decision", "Stockende Entscheidung"),
    "risk": ("Churn risk", "Abwanderungsrisiko"),
    "none": ("Not a delay", "Keine Verzögerung"),
}


def _pick(table: dict[str, tuple[str, str]], key: str, lang: str, what: str) -> str:
    try:
        english, german = table[key]
    except KeyError:
        raise KeyError(f"unknown {what}: {key!r}") from None
    return german if lang == "de" else english


def signal_label(signal: str, lang: str = "en") -> str:
    """Return the human label of a signal id in German (``de``) or English (anything else)."""
    return _pick(_SIGNAL_LABELS, signal, lang, "signal")


def type_label(delay_type: str, lang: str = "en") -> str:
    """Return the human label of a delay type id."""
    return _pick(_TYPE_LABELS, delay_type, lang, "delay type")


def category_label(category: str, lang: str = "en") -> str:
    """Return the human label of a category id."""
    return _pick(_CATEGORY_LABELS, category, lang, "category")
