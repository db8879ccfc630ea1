"""Prevention rules as pure date logic: which renewals need attention on a given day.

No Django here: the selectors turn records into the plain facts below, these functions decide,
and the texts for people live in ``texts.py``. Everything takes ``today`` explicitly, so the
rules can be checked for any day (month ends, leap years) without a clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

CLOSED_STAGES = frozenset({"renewed", "churned", "walked_away"})
ECONOMIC_BUYER, PROCUREMENT, CHAMPION = "economic_buyer", "procurement", "champion"
# Next-step kinds that are dates agreed with the customer: the mutual plan.
MUTUAL_PLAN_KINDS = frozenset({"decision_deadline", "check_in", "customer_commitment"})
# Bridge kinds that are contract clauses, not a period of service that runs out.
NOT_EXPIRING_BRIDGES = frozenset({"auto_renewal_clause"})

SEVERITY_RANK = {"urgent": 0, "warning": 1, "info": 2}

# Finding kinds, grouped as the dashboard shows them.
CALENDAR_KINDS = ("no_conversation", "milestone", "notice_deadline", "bridge_expiry",
                  "grace_expiry", "contract_ended")
STAKEHOLDER_KINDS = ("champion_left", "missing_economic_buyer", "missing_procurement",
                     "no_decision_process", "single_contact")
DELAY_KINDS = ("delay_without_step", "risk_delay_quiet")
STEP_KINDS = ("step_overdue", "step_due_today", "step_upcoming")
GROUPS = {
    **dict.fromkeys(CALENDAR_KINDS, "calendar"),
    **dict.fromkeys(STAKEHOLDER_KINDS, "stakeholders"),
    **dict.fromkeys(DELAY_KINDS, "delays"),
    **dict.fromkeys(STEP_KINDS, "steps"),
}


class InvalidPolicy(ValueError):
    """Raised for reminder thresholds that make no sense (e.g. a negative number of days)."""


@dataclass(frozen=True)
class ReminderSettings:
    """The thresholds of the rules; the admin edits them in ``ReminderPolicy``."""

    conversation_start_days: int = 120
    milestones: tuple[int, ...] = (120, 90, 60, 30, 14)
    notice_warning_days: int = 30
    expiry_warning_days: int = 14
    stakeholder_check_days: int = 150
    quiet_risk_days: int = 7
    upcoming_days: int = 7

    def __post_init__(self) -> None:
        numbers = {
            "conversation_start_days": self.conversation_start_days,
            "notice_warning_days": self.notice_warning_days,
            "expiry_warning_days": self.expiry_warning_days,
            "stakeholder_check_days": self.stakeholder_check_days,
            "quiet_risk_days": self.quiet_risk_days,
            "upcoming_days": self.upcoming_days,
        }
        bad = [name for name, value in numbers.items() if not 0 <= value <= 730]
        if bad:
            raise InvalidPolicy(f"between 0 and 730 days: {', '.join(bad)}")
        if not self.milestones or any(not 0 < m <= 730 for m in self.milestones):
            raise InvalidPolicy("milestones: one or more days between 1 and 730")
        # Kept sorted from the earliest (largest) milestone on; duplicates make no sense.
        object.__setattr__(self, "milestones", tuple(sorted(set(self.milestones), reverse=True)))


DEFAULT_SETTINGS = ReminderSettings()


def parse_milestones(text: str) -> tuple[int, ...]:
    """``"120, 90, 60"`` -> ``(120, 90, 60)``; raises InvalidPolicy for anything else."""
    parts = [part.strip() for part in (text or "").replace(";", ",").split(",") if part.strip()]
    try:
        days = tuple(int(part) for part in parts)
    except ValueError:
        raise InvalidPolicy("milestones: whole numbers separated by commas") from None
    ReminderSettings(milestones=days)  # validates
    return tuple(sorted(set(days), reverse=True))


@dataclass(frozen=True)
class ContactFacts:
    id: int
    name: str
    role: str
    active: bool = True
    left_on: dt.date | None = None

    @property
    def has_left(self) -> bool:
        return bool(self.left_on) or not self.active


@dataclass(frozen=True)
class BridgeFacts:
    """An accepted bridge offer."""

    id: int
    kind: str
    end: dt.date


@dataclass(frozen=True)
class StepFacts:
    """A next step; ``done_on`` is None while it is open."""

    id: int
    what: str
    due_on: dt.date
    kind: str = "our_action"
    done_on: dt.date | None = None
    delay_id: int | None = None


@dataclass(frozen=True)
class DelayFacts:
    id: int
    delay_type: str
    category: str
    open: bool
    communicated_on: dt.date
    last_activity: dt.date  # the latest of: communicated, action taken, step added or done


@dataclass(frozen=True)
class RenewalFacts:
    """What the rules need to know about one renewal."""

    id: int
    contract_start: dt.date
    contract_end: dt.date
    stage: str = "upcoming"
    conversation_started_on: dt.date | None = None
    auto_renew: bool = False
    notice_days: int = 60
    grace_days: int = 0
    decision_notes: str = ""
    contacts: tuple[ContactFacts, ...] = ()
    bridges: tuple[BridgeFacts, ...] = ()
    delays: tuple[DelayFacts, ...] = ()
    steps: tuple[StepFacts, ...] = ()

    @property
    def closed(self) -> bool:
        return self.stage in CLOSED_STAGES

    @property
    def conversation_started(self) -> bool:
        # A renewal that moved past "upcoming" is being talked about, date recorded or not.
        return self.conversation_started_on is not None or self.stage != "upcoming"


@dataclass(frozen=True)
class Finding:
    """One thing that needs attention.

    ``on`` is the date it is about (deadline, contract end, due date); ``key`` is stable for
    as long as the finding means the same thing, so a notification is created only once.
    """

    kind: str
    renewal_id: int
    severity: str
    on: dt.date | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def group(self) -> str:
        return GROUPS[self.kind]

    def sort_key(self) -> tuple[int, dt.date, str]:
        return (SEVERITY_RANK[self.severity], self.on or dt.date.max, self.key)


def days_between(today: dt.date, day: dt.date) -> int:
    """Whole days from ``today`` to ``day`` (negative when ``day`` is past)."""
    return (day - today).days


def milestone_dates(contract_end: dt.date,
                    settings: ReminderSettings = DEFAULT_SETTINGS) -> dict[int, dt.date]:
    """The day each milestone is reached: ``{120: date, 90: date, ...}``."""
    return {m: contract_end - dt.timedelta(days=m) for m in settings.milestones}


def notice_deadline(contract_end: dt.date, notice_days: int) -> dt.date:
    """The last day the customer can still give notice on an automatic renewal."""
    return contract_end - dt.timedelta(days=notice_days)


def grace_end(contract_end: dt.date, grace_days: int) -> dt.date | None:
    """The last day of the grace period after the contract end, or None without one."""
    return contract_end + dt.timedelta(days=grace_days) if grace_days > 0 else None


def latest_bridge(facts: RenewalFacts) -> BridgeFacts | None:
    """The accepted bridge that runs longest (a later one supersedes earlier ones)."""
    bridges = [b for b in facts.bridges if b.kind not in NOT_EXPIRING_BRIDGES]
    return max(bridges, key=lambda b: (b.end, b.id)) if bridges else None


def calendar_findings(facts: RenewalFacts, today: dt.date,
                      settings: ReminderSettings = DEFAULT_SETTINGS) -> list[Finding]:
    """The 120-day rule, the milestones, the notice deadline and bridge or grace expiries."""
    if facts.closed:
        return []
    found: list[Finding] = []
    rid, end = facts.id, facts.contract_end
    days_left = days_between(today, end)
    if not facts.conversation_started and days_left <= settings.conversation_start_days:
        found.append(Finding(
            "no_conversation", rid, "urgent" if days_left <= 60 else "warning", end,
            f"no_conversation:{rid}:{end.isoformat()}", {"days_left": days_left}))
    reached = [m for m in settings.milestones if 0 <= days_left <= m]
    if reached:
        milestone = min(reached)
        found.append(Finding(
            "milestone", rid, "warning" if milestone <= 30 else "info", end,
            f"milestone:{rid}:{end.isoformat()}:{milestone}",
            {"milestone": milestone, "since": (end - dt.timedelta(days=milestone)).isoformat()}))
    if facts.auto_renew:
        deadline = notice_deadline(end, facts.notice_days)
        left = days_between(today, deadline)
        if 0 <= left <= settings.notice_warning_days:
            found.append(Finding(
                "notice_deadline", rid, "urgent" if left <= 7 else "warning", deadline,
                f"notice_deadline:{rid}:{deadline.isoformat()}", {"days_left": left}))
    bridge = latest_bridge(facts)
    grace = grace_end(end, facts.grace_days)
    if bridge is not None and bridge.end >= end and (grace is None or bridge.end >= grace):
        left = days_between(today, bridge.end)
        if left <= settings.expiry_warning_days:
            found.append(Finding(
                "bridge_expiry", rid, "urgent" if left <= 7 else "warning", bridge.end,
                f"bridge_expiry:{rid}:{bridge.id}:{bridge.end.isoformat()}",
                {"days_left": left, "bridge_kind": bridge.kind, "offer_id": bridge.id}))
    elif grace is not None:
        left = days_between(today, grace)
        if left <= settings.expiry_warning_days:
            found.append(Finding(
                "grace_expiry", rid, "urgent" if left <= 7 else "warning", grace,
                f"grace_expiry:{rid}:{grace.isoformat()}", {"days_left": left}))
    elif days_left < 0:
        found.append(Finding("contract_ended", rid, "urgent", end,
                             f"contract_ended:{rid}:{end.isoformat()}",
                             {"days_ago": -days_left}))
    return found


def stakeholder_findings(facts: RenewalFacts, today: dt.date,
                         settings: ReminderSettings = DEFAULT_SETTINGS) -> list[Finding]:
    """Missing decision makers, an undocumented decision process and a champion who left."""
    if facts.closed:
        return []
    found: list[Finding] = []
    rid, end = facts.id, facts.contract_end
    # A champion who left during this contract term and no champion-change delay logged since.
    for contact in facts.contacts:
        if contact.role != CHAMPION or not contact.has_left:
            continue
        if contact.left_on is not None and contact.left_on < facts.contract_start:
            continue
        since = contact.left_on or facts.contract_start
        handled = any(d.delay_type == "champion_change" and d.communicated_on >= since
                      for d in facts.delays)
        if not handled:
            found.append(Finding(
                "champion_left", rid, "urgent", contact.left_on,
                f"champion_left:{rid}:{contact.id}",
                {"contact_id": contact.id, "name": contact.name}))
    days_left = days_between(today, end)
    if days_left > settings.stakeholder_check_days:
        return found
    severity = "warning" if days_left <= 90 else "info"
    active = [c for c in facts.contacts if not c.has_left]
    roles = {c.role for c in active}
    if ECONOMIC_BUYER not in roles:
        found.append(Finding("missing_economic_buyer", rid, severity, end,
                             f"missing_economic_buyer:{rid}:{end.isoformat()}"))
    if PROCUREMENT not in roles:
        found.append(Finding("missing_procurement", rid, severity, end,
                             f"missing_procurement:{rid}:{end.isoformat()}"))
    if not facts.decision_notes.strip():
        found.append(Finding("no_decision_process", rid, severity, end,
                             f"no_decision_process:{rid}:{end.isoformat()}"))
    if len(active) <= 1:
        found.append(Finding("single_contact", rid, severity, end,
                             f"single_contact:{rid}:{end.isoformat()}",
                             {"contacts": len(active)}))
    return found


def delay_findings(facts: RenewalFacts, today: dt.date,
                   settings: ReminderSettings = DEFAULT_SETTINGS) -> list[Finding]:
    """Open delays nobody planned a next step for, and risk delays gone quiet."""
    if facts.closed:
        return []
    found: list[Finding] = []
    open_steps = [s for s in facts.steps if s.done_on is None]
    for delay in facts.delays:
        if not delay.open:
            continue
        # A step for this delay, or one for the renewal as a whole, counts as planned.
        planned = any(s.delay_id in (None, delay.id) for s in open_steps)
        if not planned:
            found.append(Finding(
                "delay_without_step", facts.id,
                "urgent" if delay.category == "risk" else "warning", delay.communicated_on,
                f"delay_without_step:{facts.id}:{delay.id}",
                {"delay_id": delay.id, "delay_type": delay.delay_type,
                 "category": delay.category}))
        quiet = days_between(delay.last_activity, today)
        if delay.category == "risk" and quiet >= settings.quiet_risk_days:
            found.append(Finding(
                "risk_delay_quiet", facts.id, "urgent", delay.last_activity,
                f"risk_delay_quiet:{facts.id}:{delay.id}:{delay.last_activity.isoformat()}",
                {"delay_id": delay.id, "delay_type": delay.delay_type, "quiet_days": quiet}))
    return found


def step_findings(steps: list[StepFacts] | tuple[StepFacts, ...], renewal_id_of: dict[int, int],
                  today: dt.date, settings: ReminderSettings = DEFAULT_SETTINGS, *,
                  upcoming: bool = False) -> list[Finding]:
    """Overdue and due-today next steps (and with ``upcoming`` those due within the week)."""
    found: list[Finding] = []
    for step in steps:
        if step.done_on is not None:
            continue
        rid = renewal_id_of[step.id]
        left = days_between(today, step.due_on)
        params = {"step_id": step.id, "what": step.what, "step_kind": step.kind}
        if left < 0:
            found.append(Finding("step_overdue", rid, "urgent", step.due_on,
                                 f"step_overdue:{rid}:{step.id}", params))
        elif left == 0:
            found.append(Finding("step_due_today", rid, "warning", step.due_on,
                                 f"step_due_today:{rid}:{step.id}", params))
        elif upcoming and left <= settings.upcoming_days:
            found.append(Finding("step_upcoming", rid, "info", step.due_on,
                                 f"step_upcoming:{rid}:{step.id}", params))
    return found


def renewal_findings(facts: RenewalFacts, today: dt.date,
                     settings: ReminderSettings = DEFAULT_SETTINGS) -> list[Finding]:
    """Every flag on one renewal (calendar, stakeholders, delays), most pressing first."""
    found = (calendar_findings(facts, today, settings)
             + stakeholder_findings(facts, today, settings)
             + delay_findings(facts, today, settings))
    return sorted(found, key=Finding.sort_key)
