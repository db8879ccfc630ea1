"""The CSM's checklist of observed signals (domain.md "Diagnostic signals")."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

GOOD_SIGNALS = {
    "specific_reason": _("Gives a specific reason with details"),
    "apologetic": _("Apologises for the delay"),
    "concrete_timeline": _("Offers a concrete timeline unprompted"),
    "proactive_updates": _("Reports status changes proactively"),
    "asks_how_to_proceed": _("Asks how to keep the process moving"),
}
BAD_SIGNALS = {
    "vague": _("Everything stays vague"),
    "defensive": _("Gets defensive when asked"),
    "no_timeline": _("No timeline, however hard you ask"),
    "went_silent": _("Went silent after announcing the delay"),
    "ignores_help": _("Does not take up concrete offers of help"),
    "conflicting_stories": _("Stakeholders tell different stories"),
    "sudden_budget_concerns": _("Sudden budget concerns"),
    "raises_problems": _("Raises problems as reasons"),
    "evaluating_alternatives": _("Evaluates alternatives"),
    "strained_relationship": _("Tense or distant relationship"),
}


def signal_choices() -> list[tuple[str, object]]:
    return [*GOOD_SIGNALS.items(), *BAD_SIGNALS.items()]
