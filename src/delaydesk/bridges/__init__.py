"""Bridges: priced options for renewals whose delay runs past the contract end.

Pure Python, no Django: bridge offers and their fit (``bridge_offers``), scenario plans
with a server-rendered timeline (``scenario_plan``, ``scenario_timeline_svg``) and the
walk-away advisor with a professional exit draft (``walk_away_advice``).
"""

from delaydesk.bridges.dates import add_months, format_date, next_fiscal_quarter_start
from delaydesk.bridges.offers import KINDS, BridgeQuote, bridge_offers
from delaydesk.bridges.scenarios import SCENARIO_IDS, KeyDate, Scenario, ScenarioPlan, scenario_plan
from delaydesk.bridges.terms import (
    DEFAULT_BRIDGE_SETTINGS,
    BridgeInputError,
    BridgeSettings,
    InvalidSettings,
    InvalidTerms,
    RenewalTerms,
)
from delaydesk.bridges.timeline import scenario_timeline_svg
from delaydesk.bridges.walk_away import (
    DEFAULT_WALK_AWAY_SETTINGS,
    RECOMMENDATIONS,
    SIGN_IDS,
    InvalidFacts,
    WalkAwayAdvice,
    WalkAwayFacts,
    WalkAwaySettings,
    WalkAwaySign,
    door_open_checkin_date,
    professional_exit_draft,
    walk_away_advice,
)

__all__ = [
    "DEFAULT_BRIDGE_SETTINGS",
    "DEFAULT_WALK_AWAY_SETTINGS",
    "KINDS",
    "RECOMMENDATIONS",
    "SCENARIO_IDS",
    "SIGN_IDS",
    "BridgeInputError",
    "BridgeQuote",
    "BridgeSettings",
    "InvalidFacts",
    "InvalidSettings",
    "InvalidTerms",
    "KeyDate",
    "RenewalTerms",
    "Scenario",
    "ScenarioPlan",
    "WalkAwayAdvice",
    "WalkAwayFacts",
    "WalkAwaySettings",
    "WalkAwaySign",
    "add_months",
    "bridge_offers",
    "door_open_checkin_date",
    "format_date",
    "next_fiscal_quarter_start",
    "professional_exit_draft",
    "scenario_plan",
    "scenario_timeline_svg",
    "walk_away_advice",
]
