"""The mutual plan: turning "later" into four dates the customer can agree to.

A: information and alignment by, B: reconnect on, C: decision by, D: contract end (the hard
deadline). A, B and C fall on business days of the account's country and never after the
contract end; when the decision leaves too little time to set the service up again before D,
the plan says a bridge is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from delaydesk.playbooks.business_days import (
    add_business_days,
    business_days_between,
    is_business_day,
    previous_business_day,
)
from delaydesk.playbooks.language import check_lang, format_date
from delaydesk.playbooks.responses import CATEGORIES

# Business days from today to A, B and C. Risk moves fastest; administrative delays follow
# the customer's process and get the most room.
SPACING: dict[str, tuple[int, int, int]] = {
    "administrative": (5, 10, 20),
    "decision": (5, 8, 15),
    "risk": (2, 5, 10),
    "none": (5, 10, 20),
}

MILESTONE_LABELS: dict[str, dict[str, str]] = {
    "A": {"en": "Information and alignment by", "de": "Informationen und Abstimmung bis"},
    "B": {"en": "Reconnect on", "de": "Abstimmungstermin am"},
    "C": {"en": "Decision by", "de": "Entscheidung bis"},
    "D": {"en": "Contract end (hard deadline)", "de": "Vertragsende (feste Frist)"},
}


@dataclass(frozen=True)
class MutualPlan:
    """Four dates proposed to the customer, and whether a bridge is needed."""

    today: date
    contract_end: date
    category: str
    country: str
    info_by: date  # A
    reconnect_on: date  # B
    decision_by: date  # C
    bridge_needed: bool
    bridge_reason: str  # empty when no bridge is needed
    business_days_left: int  # business days after today up to the contract end
    compressed: bool  # dates pulled closer than the category's usual spacing
    lang: str = "en"

    @property
    def dates(self) -> dict[str, date]:
        """The milestones by letter, D being the contract end."""
        return {
            "A": self.info_by,
            "B": self.reconnect_on,
            "C": self.decision_by,
            "D": self.contract_end,
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON and templates; dates as ISO strings."""
        return {
            "today": self.today.isoformat(),
            "contract_end": self.contract_end.isoformat(),
            "category": self.category,
            "country": self.country,
            "info_by": self.info_by.isoformat(),
            "reconnect_on": self.reconnect_on.isoformat(),
            "decision_by": self.decision_by.isoformat(),
            "bridge_needed": self.bridge_needed,
            "bridge_reason": self.bridge_reason,
            "business_days_left": self.business_days_left,
            "compressed": self.compressed,
            "lang": self.lang,
            "milestones": [
                {
                    "key": key,
                    "label": MILESTONE_LABELS[key][self.lang],
                    "date": day.isoformat(),
                    "display": format_date(day, self.lang),
                }
                for key, day in self.dates.items()
            ],
        }


def _offsets(category: str, available: int) -> tuple[int, int, int, bool]:
    """Offsets in business days for A, B, C, squeezed into ``available`` when needed."""
    a, b, c = SPACING[category]
    if available >= c:
        return a, b, c, False
    c_n = max(available, 1)
    if c_n < 3:
        return 1, min(2, c_n), c_n, True
    a_n = max(1, round(a * c_n / c))
    b_n = max(a_n + 1, round(b * c_n / c))
    a_n = min(a_n, c_n - 2)
    b_n = min(b_n, c_n - 1)
    return a_n, b_n, c_n, True


def _bridge_reason(
    lang: str, *, mode: str, contract_end: date, decision_by: date, left: int, needed: int
) -> str:
    """Why a bridge is needed. ``mode``: ``passed``, ``no_day_left`` or ``short``."""
    end = format_date(contract_end, lang)
    decision = format_date(decision_by, lang)
    if mode == "no_day_left":
        if lang == "de":
            return (
                f"Bis zum Vertragsende am {end} bleibt kein Arbeitstag mehr, ein Neustart nach "
                f"einer Unterbrechung dauert aber etwa {needed} Arbeitstage. Jetzt eine "
                "Brückenlösung vereinbaren, etwa eine kurze Verlängerung oder eine Kulanzfrist."
            )
        return (
            f"No business day is left before the contract end on {end}, and setting the "
            f"service up again after an interruption takes about {needed} business days. "
            "Agree a bridge now, for example a short extension or a grace period."
        )
    if mode == "passed":
        if lang == "de":
            return (
                f"Der Vertrag ist bereits am {end} ausgelaufen. Eine Brückenlösung (etwa eine "
                "kurze Verlängerung oder eine Kulanzfrist) vereinbaren, damit der Service "
                "weiterläuft, bis entschieden ist."
            )
        return (
            f"The contract already ended on {end}. Agree a bridge (for example a short "
            "extension or a grace period) so the service keeps running until the decision is "
            "made."
        )
    if lang == "de":
        if left == 0:
            gap = f"Nach dem Entscheidungstermin ({decision}) bleibt bis zum Vertragsende " \
                  f"({end}) kein Arbeitstag mehr"
        elif left == 1:
            gap = f"Zwischen dem Entscheidungstermin ({decision}) und dem Vertragsende " \
                  f"({end}) liegt nur ein Arbeitstag"
        else:
            gap = f"Zwischen dem Entscheidungstermin ({decision}) und dem Vertragsende " \
                  f"({end}) liegen nur {left} Arbeitstage"
        return (
            f"{gap}, ein Neustart nach einer Unterbrechung dauert aber etwa {needed} "
            "Arbeitstage. Jetzt eine Brückenlösung vereinbaren, etwa eine kurze Verlängerung "
            "oder eine Kulanzfrist."
        )
    if left == 0:
        gap = f"No business day remains between the decision date ({decision}) and the " \
              f"contract end ({end})"
    elif left == 1:
        gap = f"Only one business day remains between the decision date ({decision}) and " \
              f"the contract end ({end})"
    else:
        gap = f"Only {left} business days remain between the decision date ({decision}) and " \
              f"the contract end ({end})"
    return (
        f"{gap}, but setting the service up again after an interruption takes about {needed} "
        "business days. Agree a bridge now, for example a short extension or a grace period."
    )


def mutual_plan(
    today: date,
    contract_end: date,
    category: str,
    country: str | None,
    *,
    reonboarding_business_days: int = 15,
    lang: str = "en",
) -> MutualPlan:
    """Propose the mutual plan's dates A, B, C and D for a renewal.

    Spacing depends on the category (risk moves fastest). C is placed so that at least
    ``reonboarding_business_days`` business days remain before the contract end whenever
    the calendar allows; otherwise the dates are compressed and ``bridge_needed`` is set with
    a reason in ``lang``. When the contract end has already passed (or no business day is
    left before it), A, B and C are the next three business days and a bridge is needed;
    these are the only dates after the contract end the plan ever proposes.
    """
    lang = check_lang(lang)
    if category not in CATEGORIES:
        raise ValueError(f"unknown category: {category!r}")
    if reonboarding_business_days < 0:
        raise ValueError("reonboarding_business_days must not be negative")
    country_code = (country or "").strip().upper()

    left = business_days_between(today, contract_end, country_code)
    if contract_end < today or left <= 0:
        # Contract end passed, or today is the last chance: decide now, bridge the rest.
        if contract_end >= today and is_business_day(today, country_code):
            info_by = reconnect_on = decision_by = today
        else:
            info_by = add_business_days(today, 1, country_code)
            reconnect_on = add_business_days(today, 2, country_code)
            decision_by = add_business_days(today, 3, country_code)
        # With no re-onboarding time to protect, deciding today on the last day is enough.
        bridge_needed = (
            contract_end < today
            or decision_by > contract_end
            or reonboarding_business_days > 0
        )
        reason = "" if not bridge_needed else _bridge_reason(
            lang,
            mode="passed" if contract_end < today else "no_day_left",
            contract_end=contract_end,
            decision_by=decision_by,
            left=0,
            needed=reonboarding_business_days,
        )
        return MutualPlan(
            today=today, contract_end=contract_end, category=category, country=country_code,
            info_by=info_by, reconnect_on=reconnect_on, decision_by=decision_by,
            bridge_needed=bridge_needed, bridge_reason=reason, business_days_left=max(left, 0),
            compressed=True, lang=lang,
        )

    room_for_decision = left - reonboarding_business_days
    if room_for_decision >= 1:
        a_n, b_n, c_n, compressed = _offsets(category, room_for_decision)
    else:
        # Not enough time to re-onboard after any decision: decide as early as the spacing
        # allows, keeping one business day before the end to sign the renewal or a bridge.
        a_n, b_n, c_n, compressed = _offsets(category, max(left - 1, 1))
    info_by = add_business_days(today, a_n, country_code)
    reconnect_on = add_business_days(today, b_n, country_code)
    decision_by = add_business_days(today, c_n, country_code)
    last_open = previous_business_day(contract_end, country_code, inclusive=True)
    # Never past the contract end (guards rounding at the very edge of the window).
    info_by, reconnect_on, decision_by = (
        min(info_by, last_open), min(reconnect_on, last_open), min(decision_by, last_open),
    )
    after_decision = business_days_between(decision_by, contract_end, country_code)
    bridge_needed = after_decision < reonboarding_business_days
    reason = ""
    if bridge_needed:
        reason = _bridge_reason(
            lang, mode="short", contract_end=contract_end, decision_by=decision_by,
            left=after_decision, needed=reonboarding_business_days,
        )
    return MutualPlan(
        today=today, contract_end=contract_end, category=category, country=country_code,
        info_by=info_by, reconnect_on=reconnect_on, decision_by=decision_by,
        bridge_needed=bridge_needed, bridge_reason=reason, business_days_left=left,
        compressed=compressed, lang=lang,
    )
