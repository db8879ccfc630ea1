"""When to bring in an executive, and when not.

The rule: recommend an executive escalation only when the renewal is stuck despite best
efforts AND at least one further criterion applies (the decision maker's level needs a peer,
the account is strategically important, our executive already knows them, or the CSM's own
authority is exhausted). Being stuck alone is not enough, and the other criteria without being
stuck are not a reason either. A team that already has its maximum of open escalations gets
a "not now" instead of a yes, because executive attention is a limited resource.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from delaydesk.money import format_money
from delaydesk.playbooks.language import check_lang

CRITERIA: tuple[str, ...] = (
    "stuck_despite_efforts",
    "decision_maker_needs_peer",
    "strategically_important",
    "executive_relationship",
    "csm_authority_exhausted",
)
DECISION_MAKER_LEVELS: tuple[str, ...] = ("peer", "above_csm", "executive")


@dataclass(frozen=True)
class EscalationFacts:
    """What is known about the renewal and the team.

    ``decision_maker_level``: ``peer`` (same level as the CSM), ``above_csm``, ``executive``
    or None when unknown. ``currency`` only affects how ARR is written in the reasons.
    """

    actions_without_progress: int
    decision_maker_level: str | None
    strategic: bool
    arr: Decimal
    executive_relationship: bool
    csm_authority_exhausted: bool
    open_team_escalations: int
    currency: str | None = None


@dataclass(frozen=True)
class EscalationSettings:
    """Team-wide thresholds."""

    arr_threshold: Decimal = Decimal("100000")
    min_actions_without_progress: int = 3
    max_open_escalations_per_team: int = 3


@dataclass(frozen=True)
class EscalationAdvice:
    """The recommendation, the reasons in the user's language and each criterion's result."""

    recommend: bool
    reasons: list[str]
    criteria: dict[str, bool]
    blocked_by_team_cap: bool = False
    notes: list[str] = field(default_factory=list)  # unmet criteria, for the curious

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON and templates."""
        return {
            "recommend": self.recommend,
            "reasons": list(self.reasons),
            "criteria": dict(self.criteria),
            "blocked_by_team_cap": self.blocked_by_team_cap,
            "notes": list(self.notes),
        }


def _amount(value: Decimal, currency: str | None, lang: str) -> str:
    if currency:
        return format_money(value, currency, lang)
    text = f"{value:,.0f}"
    if lang == "de":
        text = text.replace(",", ".")
    return text


def escalation_advice(
    facts: EscalationFacts, settings: EscalationSettings | None = None, lang: str = "en"
) -> EscalationAdvice:
    """Decide whether to recommend an executive escalation, with reasons in ``lang``.

    See the module docstring for the rule.
    """
    lang = check_lang(lang)
    settings = settings or EscalationSettings()
    if facts.decision_maker_level not in (None, *DECISION_MAKER_LEVELS):
        raise ValueError(f"unknown decision maker level: {facts.decision_maker_level!r}")
    de = lang == "de"
    arr = Decimal(facts.arr)
    above_threshold = arr >= settings.arr_threshold
    criteria = {
        "stuck_despite_efforts": (
            facts.actions_without_progress >= settings.min_actions_without_progress
        ),
        "decision_maker_needs_peer": facts.decision_maker_level in ("above_csm", "executive"),
        "strategically_important": facts.strategic or above_threshold,
        "executive_relationship": facts.executive_relationship,
        "csm_authority_exhausted": facts.csm_authority_exhausted,
    }
    reasons: list[str] = []
    notes: list[str] = []
    n, minimum = facts.actions_without_progress, settings.min_actions_without_progress
    if criteria["stuck_despite_efforts"]:
        reasons.append(
            f"Trotz aller Bemühungen festgefahren: {n} Maßnahmen ohne Fortschritt "
            f"(ab {minimum} gilt eine Verlängerung als festgefahren)."
            if de else
            f"Stuck despite best efforts: {n} actions without progress (stuck from "
            f"{minimum} on)."
        )
    else:
        notes.append(
            f"Noch nicht festgefahren: {n} von {minimum} Maßnahmen ohne Fortschritt."
            if de else
            f"Not stuck yet: {n} of {minimum} actions without progress."
        )
    if facts.decision_maker_level == "executive":
        reasons.append(
            "Die Entscheidung liegt bei der Geschäftsleitung, die ein Gegenüber auf "
            "Augenhöhe erwartet."
            if de else
            "The decision lies with an executive, who expects a counterpart at the same level."
        )
    elif facts.decision_maker_level == "above_csm":
        reasons.append(
            "Die entscheidende Person ist deutlich höher angesiedelt als die CSM-Rolle; ein "
            "ranghöheres Gegenüber hilft."
            if de else
            "The decision maker is more senior than the CSM role; a more senior counterpart "
            "helps."
        )
    if facts.strategic:
        reasons.append(
            "Der Kunde ist als strategisch wichtig markiert."
            if de else
            "The account is marked as strategically important."
        )
    if above_threshold:
        value = _amount(arr, facts.currency, lang)
        threshold = _amount(settings.arr_threshold, facts.currency, lang)
        reasons.append(
            f"Der ARR von {value} liegt bei oder über der Schwelle von {threshold}."
            if de else
            f"The ARR of {value} is at or above the threshold of {threshold}."
        )
    if facts.executive_relationship:
        reasons.append(
            "Unsere Geschäftsleitung hat bereits einen direkten Draht zu diesem Kunden."
            if de else
            "Our executive already has a relationship with this customer."
        )
    if facts.csm_authority_exhausted:
        reasons.append(
            "Der eigene Spielraum bei Konditionen und Zugeständnissen ist ausgeschöpft."
            if de else
            "The CSM's own room for terms and concessions is exhausted."
        )

    others = sum(criteria[c] for c in CRITERIA[1:])
    stuck = criteria["stuck_despite_efforts"]
    blocked = False
    if not stuck:
        recommend = False
        reasons.append(
            "Keine Eskalation empfohlen: Eskalieren erst, wenn die Verlängerung trotz aller "
            "Bemühungen feststeckt. Bis dahin das Playbook weiter abarbeiten."
            if de else
            "No escalation recommended: escalate only once the renewal is stuck despite best "
            "efforts. Until then, keep working the playbook."
        )
    elif others == 0:
        recommend = False
        reasons.append(
            "Keine Eskalation empfohlen: Die Verlängerung steckt fest, aber kein weiteres "
            "Kriterium trifft zu. Eine Eskalation würde die Aufmerksamkeit der "
            "Geschäftsleitung ohne konkreten Anlass binden."
            if de else
            "No escalation recommended: the renewal is stuck, but no further criterion "
            "applies, so an escalation would spend executive attention without a specific "
            "reason."
        )
    elif facts.open_team_escalations >= settings.max_open_escalations_per_team:
        recommend = False
        blocked = True
        count, cap = facts.open_team_escalations, settings.max_open_escalations_per_team
        reasons.append(
            f"Derzeit keine Eskalation: Das Team hat bereits {count} offene Eskalationen an "
            f"die Geschäftsleitung (Obergrenze {cap}). Zuerst eine davon abschließen oder mit "
            "der Teamleitung priorisieren."
            if de else
            f"Not now: the team already has {count} open executive escalations (limit "
            f"{cap}). Resolve one first or prioritise with your team lead."
        )
    else:
        recommend = True
        reasons.append(
            (
                "Eskalation an die Geschäftsleitung empfohlen: Die Verlängerung steckt fest, "
                + ("und ein weiteres Kriterium trifft zu." if others == 1
                   else f"und {others} weitere Kriterien treffen zu.")
            )
            if de else
            (
                "Executive escalation recommended: the renewal is stuck and "
                + ("one further criterion applies." if others == 1
                   else f"{others} further criteria apply.")
            )
        )
    return EscalationAdvice(
        recommend=recommend,
        reasons=reasons,
        criteria=criteria,
        blocked_by_team_cap=blocked,
        notes=notes,
    )
