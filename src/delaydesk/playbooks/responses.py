"""Playbooks: the ordered response to a diagnosed delay.

A playbook depends on the category (how the CSM should behave: patient, diagnostic or full
intervention) and on the delay type (what specifically to do). The discovery questions the
diagnosis marked as unanswered always come first, because every later step depends on the
answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from delaydesk.playbooks.business_days import add_business_days
from delaydesk.playbooks.language import check_lang
from delaydesk.playbooks.questions import QUESTIONS, check_question_ids, question_text
from delaydesk.playbooks.steps import STEP_LIBRARY, StepTemplate

CATEGORIES: tuple[str, ...] = ("administrative", "decision", "risk", "none")
DELAY_TYPES: tuple[str, ...] = (
    "budget", "process", "alignment", "champion_change", "priority",
    "hidden_problem", "shopping", "unknown", "none",
)

# The category a type usually belongs to (domain.md, "Seven delay types").
DEFAULT_CATEGORY: dict[str, str] = {
    "budget": "administrative",
    "process": "administrative",
    "alignment": "decision",
    "champion_change": "decision",
    "priority": "decision",
    "hidden_problem": "risk",
    "shopping": "risk",
    "unknown": "decision",
}
_SEVERITY: dict[str, int] = {"administrative": 0, "decision": 1, "risk": 2}

# Steps per (category, delay type), before the discovery questions are put in front.
RECIPES: dict[tuple[str, str], tuple[str, ...]] = {
    # Patient and helpful.
    ("administrative", "budget"): (
        "map_budget_cycle", "send_documents_upfront", "align_to_budget_cycle",
        "equip_champion_for_approval", "set_mutual_plan", "follow_up_finance",
        "confirm_decision_date",
    ),
    ("administrative", "process"): (
        "map_approval_process", "get_procurement_contact", "send_documents_upfront",
        "ask_what_speeds_it_up", "remove_signing_friction", "confirm_signing_authority",
        "set_mutual_plan", "follow_up_procurement", "confirm_decision_date",
    ),
    ("administrative", "alignment"): (
        "map_approval_process", "map_stakeholders", "equip_champion_for_approval",
        "convene_stakeholders", "set_mutual_plan", "confirm_decision_date",
    ),
    ("administrative", "champion_change"): (
        "identify_new_owner", "prepare_usage_story", "restart_with_new_owner",
        "send_documents_upfront", "confirm_signing_authority", "set_mutual_plan",
        "confirm_decision_date",
    ),
    ("administrative", "priority"): (
        "offer_specific_help", "remove_signing_friction", "show_impact", "set_mutual_plan",
        "follow_up_champion", "confirm_decision_date",
    ),
    ("administrative", "hidden_problem"): (
        "ask_openly_whats_wrong", "rank_concerns", "remediation_plan",
        "send_documents_upfront", "set_mutual_plan", "confirm_decision_date",
    ),
    ("administrative", "shopping"): (
        "respond_at_once", "ask_about_alternatives", "learn_evaluation",
        "send_documents_upfront", "answer_with_value", "set_mutual_plan",
        "confirm_decision_date",
    ),
    ("administrative", "unknown"): (
        "map_approval_process", "send_documents_upfront", "offer_specific_help",
        "set_mutual_plan", "follow_up_champion", "confirm_decision_date",
    ),
    # Diagnostic.
    ("decision", "budget"): (
        "probe_real_reason", "map_budget_cycle", "ask_decision_criteria", "arm_champion",
        "show_impact", "set_mutual_plan", "confirm_decision_date",
    ),
    ("decision", "process"): (
        "probe_real_reason", "map_approval_process", "confirm_signing_authority",
        "get_procurement_contact", "set_mutual_plan", "confirm_decision_date",
    ),
    ("decision", "alignment"): (
        "map_stakeholders", "ask_decision_criteria", "convene_stakeholders", "arm_champion",
        "set_mutual_plan", "consider_executive_contact", "confirm_decision_date",
    ),
    ("decision", "champion_change"): (
        "identify_new_owner", "prepare_usage_story", "restart_with_new_owner",
        "ask_decision_criteria", "arm_champion", "set_mutual_plan", "confirm_decision_date",
    ),
    ("decision", "priority"): (
        "show_impact", "offer_real_incentive", "simplify_choice", "set_mutual_plan",
        "set_real_deadline", "step_back_if_stalled",
    ),
    ("decision", "hidden_problem"): (
        "probe_real_reason", "ask_openly_whats_wrong", "triangulate", "listening_call",
        "rank_concerns", "remediation_plan", "set_mutual_plan", "confirm_decision_date",
    ),
    ("decision", "shopping"): (
        "respond_at_once", "ask_about_alternatives", "learn_evaluation",
        "ask_decision_criteria", "answer_with_value", "set_mutual_plan",
        "consider_executive_contact", "confirm_decision_date",
    ),
    ("decision", "unknown"): (
        "probe_real_reason", "triangulate", "offer_specific_help", "ask_decision_criteria",
        "set_mutual_plan", "confirm_decision_date", "step_back_if_stalled",
    ),
    # Full intervention.
    ("risk", "budget"): (
        "ask_openly_whats_wrong", "listening_call", "triangulate", "rank_concerns",
        "arm_champion", "simplify_choice", "offer_bridge_while_fixing",
        "consider_executive_contact", "set_mutual_plan", "confirm_decision_date",
    ),
    ("risk", "process"): (
        "ask_openly_whats_wrong", "triangulate", "map_approval_process",
        "confirm_signing_authority", "consider_executive_contact", "set_mutual_plan",
        "confirm_decision_date",
    ),
    ("risk", "alignment"): (
        "ask_openly_whats_wrong", "map_stakeholders", "listening_call",
        "convene_stakeholders", "rank_concerns", "consider_executive_contact",
        "set_mutual_plan", "confirm_decision_date",
    ),
    ("risk", "champion_change"): (
        "identify_new_owner", "prepare_usage_story", "restart_with_new_owner",
        "listening_call", "rank_concerns", "consider_executive_contact", "set_mutual_plan",
        "confirm_decision_date",
    ),
    ("risk", "priority"): (
        "ask_openly_whats_wrong", "listening_call", "show_impact", "simplify_choice",
        "set_real_deadline", "check_walk_away",
    ),
    ("risk", "hidden_problem"): (
        "ask_openly_whats_wrong", "listening_call", "triangulate", "rank_concerns",
        "repair_relationship", "remediation_plan", "offer_bridge_while_fixing",
        "ask_plan_sufficient", "offer_conditional_path", "consider_executive_contact",
    ),
    ("risk", "shopping"): (
        "respond_at_once", "ask_about_alternatives", "listening_call", "learn_evaluation",
        "rank_concerns", "answer_with_value", "consider_executive_contact",
        "simplify_choice", "check_walk_away",
    ),
    ("risk", "unknown"): (
        "ask_openly_whats_wrong", "listening_call", "triangulate", "rank_concerns",
        "remediation_plan", "offer_conditional_path", "consider_executive_contact",
    ),
}

HEADLINES: dict[str, dict[str, str]] = {
    "budget": {
        "en": "Budget timing: fit the renewal to their budget cycle",
        "de": "Budget-Timing: die Verlängerung an den Budgetzyklus anpassen",
    },
    "process": {
        "en": "Paperwork in the way: remove the friction",
        "de": "Formalitäten bremsen: Hürden aus dem Weg räumen",
    },
    "alignment": {
        "en": "Too many cooks: bring the decision makers together",
        "de": "Viele Beteiligte, keine Einigung: die Entscheider zusammenbringen",
    },
    "champion_change": {
        "en": "New owner: restart the renewal conversation",
        "de": "Neue Ansprechperson: das Verlängerungsgespräch neu beginnen",
    },
    "priority": {
        "en": "Not top of mind: compete for their attention",
        "de": "Keine Priorität: um Aufmerksamkeit werben",
    },
    "hidden_problem": {
        "en": "Something is wrong: surface and fix the real problem",
        "de": "Etwas stimmt nicht: das eigentliche Problem ansprechen und lösen",
    },
    "shopping": {
        "en": "Looking at alternatives: respond at once",
        "de": "Der Kunde prüft Alternativen: sofort reagieren",
    },
    "unknown": {
        "en": "Reason unclear: find out what is really going on",
        "de": "Grund unklar: herausfinden, was wirklich dahintersteckt",
    },
}

NO_DELAY_HEADLINE: dict[str, str] = {
    "en": "No delay: the renewal is on track",
    "de": "Keine Verzögerung: die Verlängerung läuft nach Plan",
}

APPROACHES: dict[str, dict[str, str]] = {
    "administrative": {
        "en": "Patient and helpful: the customer wants to renew, so remove every obstacle, "
        "provide documents before they are asked for and follow up politely. No pressure.",
        "de": "Geduldig und hilfsbereit: Der Kunde will verlängern. Hindernisse aus dem Weg "
        "räumen, Unterlagen liefern, bevor danach gefragt wird, und freundlich nachfassen. "
        "Kein Druck.",
    },
    "decision": {
        "en": "Diagnostic: the real reason is still unclear. Ask probing questions, talk to "
        "more than one person and turn \u201clater\u201d into dates, persistently but without "
        "pushing.",
        "de": "Diagnostisch: Der eigentliche Grund ist noch unklar. Gezielt nachfragen, mit "
        "mehreren Beteiligten sprechen und aus \u201espäter\u201c konkrete Termine machen, "
        "beharrlich, aber ohne zu drängen.",
    },
    "risk": {
        "en": "Full intervention: this is about keeping the customer, not about a delay. "
        "Surface the real problem, listen, fix what matters and move fast.",
        "de": "Volle Intervention: Hier geht es darum, den Kunden zu halten, nicht um eine "
        "Verzögerung. Das eigentliche Problem offenlegen, zuhören, das Wichtige beheben und "
        "zügig handeln.",
    },
    "none": {
        "en": "Nothing beyond the normal renewal process is needed.",
        "de": "Über den normalen Verlängerungsprozess hinaus ist nichts nötig.",
    },
}

# Added when the whole picture is more serious than the stated reason suggests.
_HARMLESS_SOUNDING: dict[str, str] = {
    "en": "The stated reason sounds harmless, but the overall picture says more: respond to "
    "the picture, not to the words.",
    "de": "Der genannte Grund klingt harmlos, das Gesamtbild sagt mehr: auf das Gesamtbild "
    "reagieren, nicht auf die Worte.",
}
# Added when the picture is calmer than the type usually means.
_CALMER_THAN_TYPE: dict[str, str] = {
    "en": "This kind of delay is usually more serious than it looks here, so stay attentive.",
    "de": "Diese Art von Verzögerung ist meist ernster, als es hier aussieht: aufmerksam "
    "bleiben.",
}

# Discovery steps use these kinds and due days.
_QUESTION_KIND = "check_in"
_QUESTION_DUE = 1


@dataclass(frozen=True)
class PlaybookStep:
    """One step of a playbook, ready to become a NextStep."""

    id: str
    title: str
    detail: str
    kind: str
    suggested_due_in_business_days: int
    draft_kind: str | None = None
    question_id: str | None = None  # set for discovery-question steps

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON and templates."""
        return {
            "id": self.id,
            "title": self.title,
            "detail": self.detail,
            "kind": self.kind,
            "suggested_due_in_business_days": self.suggested_due_in_business_days,
            "draft_kind": self.draft_kind,
            "question_id": self.question_id,
        }


@dataclass(frozen=True)
class Playbook:
    """The ordered response to one delay, in one language."""

    category: str
    delay_type: str
    lang: str
    formal: bool
    headline: str
    approach: str
    steps: tuple[PlaybookStep, ...] = field(default_factory=tuple)
    draft_kinds: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        """True for the "no delay" playbook."""
        return not self.steps

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON and templates."""
        return {
            "category": self.category,
            "delay_type": self.delay_type,
            "lang": self.lang,
            "formal": self.formal,
            "headline": self.headline,
            "approach": self.approach,
            "steps": [step.to_dict() for step in self.steps],
            "draft_kinds": list(self.draft_kinds),
        }


def check_situation(category: str, delay_type: str) -> tuple[str, str]:
    """Validate a category and delay type; raise ValueError naming the bad value."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category: {category!r}")
    if delay_type not in DELAY_TYPES:
        raise ValueError(f"unknown delay type: {delay_type!r}")
    return category, delay_type


def recipe_for(category: str, delay_type: str) -> tuple[str, ...]:
    """Step ids for a situation, without the discovery questions (empty for no delay)."""
    check_situation(category, delay_type)
    if category == "none":
        return ()
    # A category without a named type (type "none") is answered like an unclear reason.
    effective_type = "unknown" if delay_type == "none" else delay_type
    return RECIPES[(category, effective_type)]


def _paced(days: int, category: str) -> int:
    # Risk moves faster: the same step is due in about half the time.
    if category == "risk":
        return (days + 1) // 2
    return days


def _question_step(question_id: str, lang: str, formal: bool) -> PlaybookStep:
    question = QUESTIONS[question_id]
    asked = question_text(question_id, lang, formal=formal)
    if lang == "de":
        detail = f"Nachfragen: \u201e{asked}\u201c {question.why['de']}"
    else:
        detail = f"Ask: \u201c{asked}\u201d {question.why['en']}"
    return PlaybookStep(
        id=f"ask_{question_id}",
        title=question.title[lang],
        detail=detail,
        kind=_QUESTION_KIND,
        suggested_due_in_business_days=_QUESTION_DUE,
        draft_kind="discovery",
        question_id=question_id,
    )


def _library_step(template: StepTemplate, category: str, lang: str, formal: bool) -> PlaybookStep:
    return PlaybookStep(
        id=template.id,
        title=template.title[lang],
        detail=template.detail_for(lang, formal),
        kind=template.kind,
        suggested_due_in_business_days=_paced(template.due_in_business_days, category),
        draft_kind=template.draft_kind,
    )


def _approach(category: str, delay_type: str, lang: str) -> str:
    text = APPROACHES[category][lang]
    usual = DEFAULT_CATEGORY.get(delay_type)
    if category == "none" or usual is None:
        return text
    if _SEVERITY[category] > _SEVERITY[usual]:
        return f"{text} {_HARMLESS_SOUNDING[lang]}"
    if _SEVERITY[category] < _SEVERITY[usual] and delay_type in ("hidden_problem", "shopping"):
        return f"{text} {_CALMER_THAN_TYPE[lang]}"
    return text


# Drafts that fit any situation of the category even when no step names them.
_CATEGORY_DRAFTS: dict[str, tuple[str, ...]] = {
    "administrative": ("discovery", "mutual_plan"),
    "decision": ("discovery", "mutual_plan", "impact_transparency", "step_back"),
    "risk": ("listening_call", "three_options", "real_deadline", "professional_exit"),
}


def draft_kinds_for(category: str, delay_type: str) -> list[str]:
    """The e-mail drafts that fit a situation, most useful first (empty for category none)."""
    kinds: list[str] = []
    for step_id in recipe_for(category, delay_type):
        kind = STEP_LIBRARY[step_id].draft_kind
        if kind and kind not in kinds:
            kinds.append(kind)
    for kind in _CATEGORY_DRAFTS.get(category, ()):
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def playbook_for(
    category: str,
    delay_type: str,
    *,
    lang: str,
    missing: Iterable[str] = (),
    formal: bool = True,
) -> Playbook:
    """The playbook for a diagnosed delay.

    ``missing`` holds the ids of unanswered discovery questions (``timeline``,
    ``pending_step``, ``people``, ``information``, ``concern``, ``next_contact``); they become
    the first steps, in the order given. ``formal`` chooses "Sie" or "du" for the customer
    quotes in German. Category ``none`` yields an empty "no delay" playbook. Raises ValueError
    for an unknown category, delay type, language or question id.
    """
    lang = check_lang(lang)
    check_situation(category, delay_type)
    question_ids = check_question_ids(tuple(missing))
    if category == "none":
        return Playbook(
            category=category,
            delay_type=delay_type,
            lang=lang,
            formal=formal,
            headline=NO_DELAY_HEADLINE[lang],
            approach=APPROACHES["none"][lang],
        )
    steps = [_question_step(qid, lang, formal) for qid in question_ids]
    for step_id in recipe_for(category, delay_type):
        steps.append(_library_step(STEP_LIBRARY[step_id], category, lang, formal))
    headline_type = "unknown" if delay_type == "none" else delay_type
    kinds = draft_kinds_for(category, delay_type)
    if question_ids:
        # The unanswered questions come first, so the e-mail that asks them does too.
        kinds = ["discovery", *[k for k in kinds if k != "discovery"]]
    return Playbook(
        category=category,
        delay_type=delay_type,
        lang=lang,
        formal=formal,
        headline=HEADLINES[headline_type][lang],
        approach=_approach(category, delay_type, lang),
        steps=tuple(steps),
        draft_kinds=tuple(kinds),
    )


def suggested_due_date(
    step: PlaybookStep | Mapping[str, Any], today: date, country: str | None
) -> date:
    """The due date for a step: its business-day offset from ``today`` in the account's country.

    Accepts a PlaybookStep or its ``to_dict()`` form. A step due "today" on a weekend or
    holiday is due on the next business day.
    """
    if isinstance(step, PlaybookStep):
        days = step.suggested_due_in_business_days
    else:
        days = int(step["suggested_due_in_business_days"])
    return add_business_days(today, days, country)
