"""Reads for the reports: the weekly update, the forecast, patterns and post-mortems due.

Every report is computed here into typed dataclasses that the page, the API, the CLI, the PDF
and the e-mail render without asking the database again. Reports only read.

How a past week is reconstructed: business dates decide what happened when (a delay belongs
to the week it was communicated, an action to the day it was taken, a delay is open until
its resolution date); the change history decides what a renewal's stage, forecast category
and ARR and a delay's assessment were at the end of that week. A record first saved after
that moment counts as it stands now.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.delays.models import Action, Category, Delay, DelayType, NextStep
from delaydesk.money import round_money
from delaydesk.portfolio.models import CLOSED_STAGES, ForecastCategory, Renewal, Stage
from delaydesk.portfolio.selectors import can_edit_renewal, renewal_get, renewals_for
from delaydesk.teams.models import Team, User

from .models import Lesson, PostMortem, ReportPolicy
from .weeks import InvalidWeek, IsoWeek, months_from

Amounts = dict[str, Decimal]

CATEGORIES: tuple[str, ...] = tuple(code for code, _label in Category.choices)
TYPES: tuple[str, ...] = tuple(code for code, _label in DelayType.choices)
FORECAST_CATEGORIES: tuple[str, ...] = tuple(code for code, _label in ForecastCategory.choices)
OUTCOMES: tuple[str, ...] = tuple(str(stage) for stage in CLOSED_STAGES)
SEVERITY = {"administrative": 0, "decision": 1, "risk": 2}
NO_DELAY = "none"
BUCKETS = ("committed", "likely", "at_risk", "lost")
WEEKS_OF_ARR = 8
WEEKS_OF_TYPES = 12
MONTHS_AHEAD = 6

_RENEWAL_FIELDS = ("arr", "currency", "stage", "forecast_category", "contract_end", "owner_id")
_DELAY_FIELDS = ("assessed_type", "category", "risk", "help_needed", "help_text",
                 "stated_reason", "stated_type")


# --- scope and settings -------------------------------------------------------------------

@dataclass(frozen=True)
class ReportScope:
    """Whose renewals a report covers: a team, one CSM, or (for administrators) everyone."""

    kind: str  # "team", "owner" or "all"
    label: str
    team_id: int | None = None
    owner_id: int | None = None

    @property
    def key(self) -> str:
        """``team:3``, ``owner:7`` or ``all``: names the scope in deliveries and file names."""
        if self.kind == "team":
            return f"team:{self.team_id}"
        if self.kind == "owner":
            return f"owner:{self.owner_id}"
        return "all"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "team_id": self.team_id,
                "owner_id": self.owner_id}


def _lookup(model: Any, value: str | int, *, name_field: str) -> Any:
    text = str(value).strip()
    found = model.objects.filter(**{name_field: text}).first()
    if found is None and text.isdigit():
        found = model.objects.filter(pk=int(text)).first()
    return found


def visible_teams(user: Any) -> QuerySet[Team]:
    """The teams whose reports ``user`` may read."""
    if user.is_admin:
        return Team.objects.all()
    return Team.objects.filter(pk=user.team_id) if user.team_id else Team.objects.none()


def visible_owners(user: Any) -> QuerySet[User]:
    """Whose own view ``user`` may read: a CSM their own, a lead their team's, an admin all."""
    users = User.objects.filter(is_active=True)
    if user.is_admin:
        return users
    if user.is_team_lead and user.team_id:
        return users.filter(Q(team_id=user.team_id) | Q(pk=user.pk))
    return users.filter(pk=user.pk)


def report_scope(user: Any, *, team: str | int | None = None,
                 owner: str | int | None = None) -> ReportScope:
    """The scope ``user`` asked for, or their own team; Http404 for anything they may not read.

    ``team`` is a team's name or id, ``owner`` a username or id; an owner wins over a team.
    Without either, a CSM or lead gets their team, an administrator without a team everything.
    """
    if not user.is_authenticated or not user.is_active:
        raise Http404
    if owner not in (None, ""):
        person = _lookup(User, owner, name_field="username")
        if person is None or not visible_owners(user).filter(pk=person.pk).exists():
            raise Http404(_("No such CSM."))
        return ReportScope("owner", str(person), owner_id=person.pk)
    if team not in (None, ""):
        group = _lookup(Team, team, name_field="name")
        if group is None or not visible_teams(user).filter(pk=group.pk).exists():
            raise Http404(_("No such team."))
        return ReportScope("team", group.name, team_id=group.pk)
    if user.team_id:
        return ReportScope("team", user.team.name, team_id=user.team_id)
    if user.is_admin:
        return ReportScope("all", _("All teams"))
    return ReportScope("owner", str(user), owner_id=user.pk)


def scoped_renewals(user: Any, scope: ReportScope) -> QuerySet[Renewal]:
    """The renewals in ``scope`` that ``user`` may read (never more than renewals_for)."""
    renewals = renewals_for(user)
    if scope.kind == "team":
        renewals = renewals.filter(account__team_id=scope.team_id)
    elif scope.kind == "owner":
        renewals = renewals.filter(owner_id=scope.owner_id)
    return renewals


@dataclass(frozen=True)
class ForecastSettings:
    """The report policy as plain values: stage probabilities and category adjustments."""

    stages: dict[str, Decimal]
    adjustments: dict[str, Decimal]
    top_risks: int = 5

    def probability(self, stage: str, category: str | None) -> Decimal:
        """How likely a renewal in ``stage`` with an open delay of ``category`` renews (0..1)."""
        value = self.stages.get(stage, Decimal("0"))
        if category and stage not in CLOSED_STAGES:
            value += self.adjustments.get(category, Decimal("0"))
        return min(max(value, Decimal("0")), Decimal("1"))


def forecast_settings() -> ForecastSettings:
    """The administrator's report policy (created with the defaults on first use)."""
    policy = ReportPolicy.get()
    return ForecastSettings(
        stages={stage: getattr(policy, stage) for stage in Stage.values},
        adjustments={category: getattr(policy, f"{category}_adjustment")
                     for category in CATEGORIES},
        top_risks=policy.top_risks,
    )


# --- the record, loaded once and read at any moment ---------------------------------------

@dataclass
class _Versioned:
    """A record's live values and its change history, to read what it said at a moment."""

    live: dict[str, Any]
    history: list[tuple[dt.datetime, dict[str, Any]]] = field(default_factory=list)

    def at(self, moment: dt.datetime | None) -> dict[str, Any]:
        """The values at ``moment`` (None: now).

        A record first saved after ``moment`` counts as it stands now: the history knows
        nothing earlier, and an imported renewal existed long before it was typed in.
        """
        if moment is None:
            return self.live
        chosen = self.live
        for when, values in self.history:
            if when > moment:
                break
            chosen = values
        return chosen


@dataclass(frozen=True)
class RenewalRef:
    """A renewal as the reports show it: who, what it is worth, when it ends, where it stands."""

    id: int
    account_id: int
    account: str
    segment: str
    language: str
    owner_id: int | None
    owner: str
    arr: Decimal
    currency: str
    contract_end: dt.date
    stage: str
    forecast_category: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "account_id": self.account_id, "account": self.account,
                "segment": self.segment, "language": self.language, "owner_id": self.owner_id,
                "owner": self.owner, "arr": str(self.arr), "currency": self.currency,
                "contract_end": self.contract_end.isoformat(), "stage": self.stage,
                "forecast_category": self.forecast_category}


@dataclass
class _RenewalRecord:
    id: int
    account_id: int
    account: str
    segment: str
    language: str
    team_id: int | None
    contract_start: dt.date
    versions: _Versioned

    def ref(self, values: dict[str, Any], owners: dict[int, str]) -> RenewalRef:
        owner_id = values.get("owner_id")
        return RenewalRef(
            id=self.id, account_id=self.account_id, account=self.account, segment=self.segment,
            language=self.language, owner_id=owner_id, owner=owners.get(owner_id or 0, ""),
            arr=Decimal(values["arr"]), currency=values["currency"],
            contract_end=values["contract_end"], stage=values["stage"],
            forecast_category=values["forecast_category"],
        )


@dataclass
class _DelayRecord:
    id: int
    renewal_id: int
    communicated_on: dt.date
    resolved_on: dt.date | None
    versions: _Versioned

    def open_on(self, day: dt.date) -> bool:
        return self.communicated_on <= day and (self.resolved_on is None or self.resolved_on > day)


@dataclass
class _Book:
    """Everything in a scope that the reports read, loaded with a handful of queries."""

    renewals: dict[int, _RenewalRecord]
    delays: dict[int, _DelayRecord]
    delays_by_renewal: dict[int, list[_DelayRecord]]
    actions: list[Any]
    steps: list[Any]
    owners: dict[int, str]


def _load_book(renewals: QuerySet[Renewal], *, with_history: bool = True) -> _Book:
    ids = renewals.values("pk")
    rows = list(Renewal.objects.filter(pk__in=ids).select_related("account"))
    records: dict[int, _RenewalRecord] = {}
    owner_ids: set[int] = set()
    for row in rows:
        live = {name: getattr(row, name) for name in _RENEWAL_FIELDS}
        records[row.pk] = _RenewalRecord(
            id=row.pk, account_id=row.account_id, account=row.account.name,
            segment=row.account.segment, language=row.account.language,
            team_id=row.account.team_id, contract_start=row.contract_start,
            versions=_Versioned(live),
        )
        if row.owner_id:
            owner_ids.add(row.owner_id)
    delay_rows = list(Delay.objects.filter(renewal_id__in=ids))
    delays: dict[int, _DelayRecord] = {}
    by_renewal: dict[int, list[_DelayRecord]] = defaultdict(list)
    for delay in delay_rows:
        record = _DelayRecord(
            id=delay.pk, renewal_id=delay.renewal_id, communicated_on=delay.communicated_on,
            resolved_on=delay.resolved_on if delay.status == "resolved" else None,
            versions=_Versioned({name: getattr(delay, name) for name in _DELAY_FIELDS}),
        )
        delays[delay.pk] = record
        by_renewal[delay.renewal_id].append(record)
    if with_history:
        history = Renewal.history.filter(id__in=ids).order_by("history_date", "history_id")
        for values in history.values("id", "history_date", "history_type", *_RENEWAL_FIELDS):
            if values["history_type"] != "-" and values["id"] in records:
                records[values["id"]].versions.history.append((values["history_date"], values))
                if values["owner_id"]:
                    owner_ids.add(values["owner_id"])
        delay_history = Delay.history.filter(renewal_id__in=ids).order_by("history_date",
                                                                            "history_id")
        for values in delay_history.values("id", "history_date", "history_type", *_DELAY_FIELDS):
            if values["history_type"] != "-" and values["id"] in delays:
                delays[values["id"]].versions.history.append((values["history_date"], values))
    actions = list(Action.objects.filter(delay__renewal_id__in=ids)
                   .select_related("created_by").order_by("taken_on", "id"))
    steps = list(NextStep.objects.filter(renewal_id__in=ids).select_related("owner")
                 .order_by("due_on", "id"))
    owners = {user.pk: str(user) for user in User.objects.filter(pk__in=owner_ids)}
    return _Book(records, delays, dict(by_renewal), actions, steps, owners)


@dataclass
class _State:
    """The book at one moment: each renewal's values and its open delays (most serious first)."""

    moment: dt.datetime | None
    day: dt.date
    renewals: dict[int, dict[str, Any]]
    open_delays: dict[int, list[tuple[_DelayRecord, dict[str, Any]]]]

    def is_open(self, renewal_id: int) -> bool:
        return self.renewals[renewal_id]["stage"] not in CLOSED_STAGES

    def main_category(self, renewal_id: int) -> str | None:
        delays = self.open_delays.get(renewal_id)
        return delays[0][1]["category"] if delays else None


def _state(book: _Book, moment: dt.datetime | None, day: dt.date) -> _State:
    renewals = {rid: record.versions.at(moment) for rid, record in book.renewals.items()
                if record.contract_start <= day}
    open_delays: dict[int, list[tuple[_DelayRecord, dict[str, Any]]]] = {}
    for rid in renewals:
        found = [(delay, delay.versions.at(moment)) for delay in book.delays_by_renewal.get(rid, [])
                 if delay.open_on(day)]
        if found:
            found.sort(key=lambda item: (
                -SEVERITY.get(item[1]["category"], 0), -int(item[1]["risk"]),
                -item[0].communicated_on.toordinal(), -item[0].id))
            open_delays[rid] = found
    return _State(moment, day, renewals, open_delays)


def _add(amounts: Amounts, currency: str, amount: Decimal) -> None:
    amounts[currency] = amounts.get(currency, Decimal("0")) + amount


def _rounded(amounts: Amounts) -> Amounts:
    return {currency: round_money(value, currency) for currency, value in sorted(amounts.items())}


def _money_dict(amounts: Amounts) -> dict[str, str]:
    return {currency: str(value) for currency, value in sorted(amounts.items())}


# --- the weekly update --------------------------------------------------------------------

@dataclass(frozen=True)
class ActionRow:
    """An action taken on a delay during the week, and how the customer responded."""

    renewal: RenewalRef
    delay_id: int
    taken_on: dt.date
    description: str
    customer_response: str
    by: str

    def to_dict(self) -> dict[str, Any]:
        return {"renewal": self.renewal.to_dict(), "delay_id": self.delay_id,
                "taken_on": self.taken_on.isoformat(), "description": self.description,
                "customer_response": self.customer_response, "by": self.by}


@dataclass(frozen=True)
class StepRow:
    """A dated next step; ``days_overdue`` counts from the report's day."""

    renewal: RenewalRef
    step_id: int
    what: str
    due_on: dt.date
    kind: str
    owner: str
    days_overdue: int

    def to_dict(self) -> dict[str, Any]:
        return {"renewal": self.renewal.to_dict(), "step_id": self.step_id, "what": self.what,
                "due_on": self.due_on.isoformat(), "kind": self.kind, "owner": self.owner,
                "days_overdue": self.days_overdue}


@dataclass(frozen=True)
class DelayedRenewal:
    """A renewal with an open delay at the end of the week, told by its most serious delay."""

    renewal: RenewalRef
    delay_id: int
    communicated_on: dt.date
    stated_reason: str
    stated_type: str
    assessed_type: str
    category: str
    risk: int
    help_needed: bool
    help_text: str
    open_delays: int
    is_new: bool
    days_to_end: int
    probability: Decimal
    expected_arr: Decimal
    risk_weighted_arr: Decimal
    actions: list[ActionRow]
    next_step: StepRow | None
    overdue_steps: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "renewal": self.renewal.to_dict(), "delay_id": self.delay_id,
            "communicated_on": self.communicated_on.isoformat(),
            "stated_reason": self.stated_reason, "stated_type": self.stated_type,
            "assessed_type": self.assessed_type, "category": self.category, "risk": self.risk,
            "help_needed": self.help_needed, "help_text": self.help_text,
            "open_delays": self.open_delays, "is_new": self.is_new,
            "days_to_end": self.days_to_end, "probability": str(self.probability),
            "expected_arr": str(self.expected_arr),
            "risk_weighted_arr": str(self.risk_weighted_arr),
            "actions": [action.to_dict() for action in self.actions],
            "next_step": self.next_step.to_dict() if self.next_step else None,
            "overdue_steps": self.overdue_steps,
        }


@dataclass(frozen=True)
class DelayEvent:
    """A delay that began or was resolved during the week."""

    renewal: RenewalRef
    delay_id: int
    day: dt.date
    stated_reason: str
    assessed_type: str
    category: str
    risk: int

    def to_dict(self) -> dict[str, Any]:
        return {"renewal": self.renewal.to_dict(), "delay_id": self.delay_id,
                "date": self.day.isoformat(), "stated_reason": self.stated_reason,
                "assessed_type": self.assessed_type, "category": self.category,
                "risk": self.risk}


@dataclass(frozen=True)
class ForecastFigures:
    """The open renewals at one moment: ARR by delay category and forecast category, expected.

    Every amount is per currency. ``arr_by_category`` has the key ``none`` for renewals
    without an open delay.
    """

    open_renewals: int
    delayed_renewals: int
    total_arr: Amounts
    delayed_arr: Amounts
    expected_arr: Amounts
    arr_by_category: dict[str, Amounts]
    arr_by_forecast: dict[str, Amounts]

    def to_dict(self) -> dict[str, Any]:
        return {
            "open_renewals": self.open_renewals, "delayed_renewals": self.delayed_renewals,
            "total_arr": _money_dict(self.total_arr),
            "delayed_arr": _money_dict(self.delayed_arr),
            "expected_arr": _money_dict(self.expected_arr),
            "arr_by_category": {key: _money_dict(value)
                                for key, value in self.arr_by_category.items()},
            "arr_by_forecast": {key: _money_dict(value)
                                for key, value in self.arr_by_forecast.items()},
        }


def _change(now: Amounts, before: Amounts) -> Amounts:
    return {currency: now.get(currency, Decimal("0")) - before.get(currency, Decimal("0"))
            for currency in sorted(set(now) | set(before))}


@dataclass(frozen=True)
class ForecastImpact:
    """This week's figures against last week's, and what closed in between."""

    current: ForecastFigures
    previous: ForecastFigures
    renewed_arr: Amounts
    lost_arr: Amounts
    renewed: int
    lost: int

    @property
    def currencies(self) -> list[str]:
        found = set(self.current.total_arr) | set(self.previous.total_arr)
        found |= set(self.renewed_arr) | set(self.lost_arr)
        return sorted(found)

    @property
    def expected_change(self) -> Amounts:
        return _change(self.current.expected_arr, self.previous.expected_arr)

    @property
    def delayed_change(self) -> Amounts:
        return _change(self.current.delayed_arr, self.previous.delayed_arr)

    def category_change(self, key: str) -> Amounts:
        return _change(self.current.arr_by_category.get(key, {}),
                       self.previous.arr_by_category.get(key, {}))

    def forecast_change(self, key: str) -> Amounts:
        return _change(self.current.arr_by_forecast.get(key, {}),
                       self.previous.arr_by_forecast.get(key, {}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "current": self.current.to_dict(), "previous": self.previous.to_dict(),
            "change": {
                "expected_arr": _money_dict(self.expected_change),
                "delayed_arr": _money_dict(self.delayed_change),
                "arr_by_category": {key: _money_dict(self.category_change(key))
                                    for key in (*CATEGORIES, NO_DELAY)},
                "arr_by_forecast": {key: _money_dict(self.forecast_change(key))
                                    for key in FORECAST_CATEGORIES},
            },
            "renewed_arr": _money_dict(self.renewed_arr), "lost_arr": _money_dict(self.lost_arr),
            "renewed": self.renewed, "lost": self.lost,
        }


@dataclass(frozen=True)
class OwnerSummary:
    """One CSM's part of a team's week."""

    owner_id: int | None
    owner: str
    delayed: int
    delayed_arr: Amounts
    new_delays: int
    actions: int
    overdue_steps: int
    help_requests: int

    def to_dict(self) -> dict[str, Any]:
        return {"owner_id": self.owner_id, "owner": self.owner, "delayed": self.delayed,
                "delayed_arr": _money_dict(self.delayed_arr), "new_delays": self.new_delays,
                "actions": self.actions, "overdue_steps": self.overdue_steps,
                "help_requests": self.help_requests}


@dataclass(frozen=True)
class PostMortemDue:
    """A closed renewal that had a delay and has no post-mortem yet."""

    renewal: RenewalRef
    delays: int

    def to_dict(self) -> dict[str, Any]:
        return {"renewal": self.renewal.to_dict(), "delays": self.delays,
                "url": f"/renewals/{self.renewal.id}/postmortem/"}


@dataclass(frozen=True)
class WeekSeries:
    """The chart data over past weeks: delayed ARR by category, new delays by type."""

    arr_weeks: list[IsoWeek]
    arr_by_category: dict[str, list[dict[str, Decimal]]]
    type_weeks: list[IsoWeek]
    delays_by_type: list[dict[str, int]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "arr_weeks": [str(week) for week in self.arr_weeks],
            "arr_by_category": {cur: [{k: str(v) for k, v in row.items()} for row in rows]
                                for cur, rows in self.arr_by_category.items()},
            "type_weeks": [str(week) for week in self.type_weeks],
            "delays_by_type": self.delays_by_type,
        }


@dataclass(frozen=True)
class MonthSeries:
    """Contract ends per month by forecast category (ARR per currency)."""

    months: list[dt.date]
    by_forecast: dict[str, list[dict[str, Decimal]]]

    def to_dict(self) -> dict[str, Any]:
        return {"months": [month.strftime("%Y-%m") for month in self.months],
                "by_forecast": {cur: [{k: str(v) for k, v in row.items()} for row in rows]
                                for cur, rows in self.by_forecast.items()}}


@dataclass(frozen=True)
class WeeklyReport:
    """The weekly update of one scope for one ISO week, in one language."""

    week: IsoWeek
    scope: ReportScope
    lang: str
    time_zone: str
    generated_at: dt.datetime
    as_of: dt.date
    complete: bool
    delayed: list[DelayedRenewal]
    actions: list[ActionRow]
    forecast: ForecastImpact
    risks: list[DelayedRenewal]
    new_delays: list[DelayEvent]
    resolved_delays: list[DelayEvent]
    overdue_steps: list[StepRow]
    owners: list[OwnerSummary]
    postmortems_due: list[PostMortemDue]
    series: WeekSeries
    contract_ends: MonthSeries
    settings: ForecastSettings

    @property
    def help_requests(self) -> list[DelayedRenewal]:
        return [row for row in self.delayed if row.help_needed]

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-friendly data (amounts as strings, dates in ISO format)."""
        return {
            "week": str(self.week), "week_start": self.week.monday.isoformat(),
            "week_end": self.week.sunday.isoformat(), "scope": self.scope.to_dict(),
            "lang": self.lang, "time_zone": self.time_zone,
            "generated_at": self.generated_at.isoformat(), "as_of": self.as_of.isoformat(),
            "complete": self.complete,
            "delayed": [row.to_dict() for row in self.delayed],
            "actions": [row.to_dict() for row in self.actions],
            "help_needed": [{"renewal": row.renewal.to_dict(), "delay_id": row.delay_id,
                             "category": row.category, "help_text": row.help_text}
                            for row in self.help_requests],
            "forecast": self.forecast.to_dict(),
            "risks": [row.to_dict() for row in self.risks],
            "new_delays": [row.to_dict() for row in self.new_delays],
            "resolved_delays": [row.to_dict() for row in self.resolved_delays],
            "overdue_steps": [row.to_dict() for row in self.overdue_steps],
            "owners": [row.to_dict() for row in self.owners],
            "postmortems_due": [row.to_dict() for row in self.postmortems_due],
            "series": self.series.to_dict(),
            "contract_ends": self.contract_ends.to_dict(),
        }


def parse_week(text: str | None, *, today: dt.date) -> IsoWeek:
    """``2026-W48``, ``this`` or ``last`` (default: this week); ValidationError otherwise.

    Weeks that have not begun are refused: the update reports what happened.
    """
    value = (text or "").strip().lower()
    if value in ("", "this", "current"):
        return IsoWeek.of(today)
    if value in ("last", "previous"):
        return IsoWeek.of(today).shift(-1)
    try:
        week = IsoWeek.parse(value)
    except InvalidWeek:
        raise ValidationError({"week": _("Enter an ISO week such as 2026-W48.")}) from None
    if week.monday > today:
        raise ValidationError({"week": _("This week has not begun yet.")})
    return week


def _figures(book: _Book, state: _State, settings: ForecastSettings) -> ForecastFigures:
    total: Amounts = {}
    delayed: Amounts = {}
    expected: Amounts = {}
    by_category: dict[str, Amounts] = {key: {} for key in (*CATEGORIES, NO_DELAY)}
    by_forecast: dict[str, Amounts] = {key: {} for key in FORECAST_CATEGORIES}
    open_count = delayed_count = 0
    for rid, values in state.renewals.items():
        if values["stage"] in CLOSED_STAGES:
            continue
        open_count += 1
        arr, currency = Decimal(values["arr"]), values["currency"]
        category = state.main_category(rid)
        _add(total, currency, arr)
        _add(by_category[category or NO_DELAY], currency, arr)
        _add(by_forecast.setdefault(values["forecast_category"], {}), currency, arr)
        _add(expected, currency, arr * settings.probability(values["stage"], category))
        if category:
            delayed_count += 1
            _add(delayed, currency, arr)
    return ForecastFigures(
        open_renewals=open_count, delayed_renewals=delayed_count, total_arr=_rounded(total),
        delayed_arr=_rounded(delayed), expected_arr=_rounded(expected),
        arr_by_category={key: _rounded(value) for key, value in by_category.items()},
        arr_by_forecast={key: _rounded(value) for key, value in by_forecast.items()},
    )


def _step_row(book: _Book, state: _State, step: Any) -> StepRow:
    renewal = book.renewals[step.renewal_id]
    return StepRow(
        renewal=renewal.ref(state.renewals[step.renewal_id], book.owners), step_id=step.pk,
        what=step.what, due_on=step.due_on, kind=step.kind,
        owner=str(step.owner) if step.owner else "", days_overdue=(state.day - step.due_on).days,
    )


def _open_steps(book: _Book, state: _State, tz: dt.tzinfo) -> list[Any]:
    """Next steps recorded by the report's day and not done by then."""
    return [step for step in book.steps
            if step.renewal_id in state.renewals
            and timezone.localtime(step.created_at, tz).date() <= state.day
            and (step.done_on is None or step.done_on > state.day)]


def weekly_report(user: Any, scope: ReportScope, week: IsoWeek, *, lang: str,
                  tz: dt.tzinfo, now: dt.datetime | None = None) -> WeeklyReport:
    """The weekly update of ``scope`` for ``week``, as ``user`` may see it.

    For the running week the report stands at ``now`` (default: the current time); for a
    past week at its end (Monday 00:00 in ``tz``). Raises ValidationError for a week that has
    not begun.
    """
    now = now or timezone.now()
    today = timezone.localtime(now, tz).date()
    if week.monday > today:
        raise ValidationError({"week": _("This week has not begun yet.")})
    settings = forecast_settings()
    book = _load_book(scoped_renewals(user, scope))
    complete = week.end(tz) <= now
    moment = week.end(tz) if complete else None
    day = week.sunday if complete else today
    state = _state(book, moment, day)
    previous = _state(book, week.start(tz), week.monday - dt.timedelta(days=1))

    def ref(rid: int) -> RenewalRef:
        return book.renewals[rid].ref(state.renewals[rid], book.owners)

    steps = _open_steps(book, state, tz)
    overdue = [_step_row(book, state, step) for step in steps if step.due_on < state.day]
    overdue.sort(key=lambda row: (row.due_on, row.renewal.account, row.step_id))
    overdue_by_renewal = Counter(row.renewal.id for row in overdue)
    next_by_renewal: dict[int, StepRow] = {}
    for step in steps:
        if step.renewal_id not in next_by_renewal:
            next_by_renewal[step.renewal_id] = _step_row(book, state, step)

    actions = [
        ActionRow(renewal=ref(book.delays[action.delay_id].renewal_id), delay_id=action.delay_id,
                  taken_on=action.taken_on, description=action.description,
                  customer_response=action.customer_response,
                  by=str(action.created_by) if action.created_by else "")
        for action in book.actions
        if week.contains(action.taken_on) and action.taken_on <= state.day
        and book.delays[action.delay_id].renewal_id in state.renewals
    ]
    actions_by_renewal: dict[int, list[ActionRow]] = defaultdict(list)
    for row in actions:
        actions_by_renewal[row.renewal.id].append(row)

    delayed: list[DelayedRenewal] = []
    for rid, open_delays in state.open_delays.items():
        values = state.renewals[rid]
        if values["stage"] in CLOSED_STAGES:
            continue
        delay, assessed = open_delays[0]
        arr = Decimal(values["arr"])
        probability = settings.probability(values["stage"], assessed["category"])
        delayed.append(DelayedRenewal(
            renewal=ref(rid), delay_id=delay.id, communicated_on=delay.communicated_on,
            stated_reason=assessed["stated_reason"], stated_type=assessed["stated_type"],
            assessed_type=assessed["assessed_type"], category=assessed["category"],
            risk=int(assessed["risk"]),
            help_needed=any(item[1]["help_needed"] for item in open_delays),
            help_text="; ".join(item[1]["help_text"] for item in open_delays
                                if item[1]["help_needed"] and item[1]["help_text"]),
            open_delays=len(open_delays),
            is_new=any(week.contains(item[0].communicated_on) for item in open_delays),
            days_to_end=(values["contract_end"] - state.day).days,
            probability=probability,
            expected_arr=round_money(arr * probability, values["currency"]),
            risk_weighted_arr=round_money(arr * int(assessed["risk"]) / 100, values["currency"]),
            actions=actions_by_renewal.get(rid, []), next_step=next_by_renewal.get(rid),
            overdue_steps=overdue_by_renewal.get(rid, 0),
        ))
    delayed.sort(key=lambda row: (-SEVERITY.get(row.category, 0), row.renewal.contract_end,
                                  row.renewal.account))
    risks = sorted(delayed, key=lambda row: (-row.risk_weighted_arr, row.renewal.contract_end,
                                              row.renewal.id))[: settings.top_risks]

    def event(delay: _DelayRecord, day: dt.date) -> DelayEvent:
        values = delay.versions.at(moment)
        return DelayEvent(renewal=ref(delay.renewal_id), delay_id=delay.id, day=day,
                          stated_reason=values["stated_reason"],
                          assessed_type=values["assessed_type"], category=values["category"],
                          risk=int(values["risk"]))

    visible = [delay for delay in book.delays.values() if delay.renewal_id in state.renewals]
    new_delays = sorted((event(d, d.communicated_on) for d in visible
                         if week.contains(d.communicated_on) and d.communicated_on <= state.day),
                        key=lambda e: (e.day, e.renewal.account, e.delay_id))
    resolved = sorted((event(d, d.resolved_on) for d in visible
                       if d.resolved_on and week.contains(d.resolved_on)
                       and d.resolved_on <= state.day),
                      key=lambda e: (e.day, e.renewal.account, e.delay_id))

    renewed: Amounts = {}
    lost: Amounts = {}
    renewed_count = lost_count = 0
    for rid, values in state.renewals.items():
        before = previous.renewals.get(rid)
        if values["stage"] not in CLOSED_STAGES or (before and before["stage"] in CLOSED_STAGES):
            continue
        if values["stage"] == Stage.RENEWED:
            renewed_count += 1
            _add(renewed, values["currency"], Decimal(values["arr"]))
        else:
            lost_count += 1
            _add(lost, values["currency"], Decimal(values["arr"]))
    forecast = ForecastImpact(
        current=_figures(book, state, settings), previous=_figures(book, previous, settings),
        renewed_arr=_rounded(renewed), lost_arr=_rounded(lost), renewed=renewed_count,
        lost=lost_count,
    )

    owners: list[OwnerSummary] = []
    if scope.kind != "owner":
        owner_ids = sorted({row.renewal.owner_id or 0 for row in delayed}
                           | {row.renewal.owner_id or 0 for row in overdue}
                           | {row.renewal.owner_id or 0 for row in actions}
                           | {row.renewal.owner_id or 0 for row in new_delays})
        for owner_id in owner_ids:
            mine = [row for row in delayed if (row.renewal.owner_id or 0) == owner_id]
            amounts: Amounts = {}
            for row in mine:
                _add(amounts, row.renewal.currency, row.renewal.arr)
            owners.append(OwnerSummary(
                owner_id=owner_id or None,
                owner=book.owners.get(owner_id, "") or _("No owner"),
                delayed=len(mine), delayed_arr=amounts,
                new_delays=sum(1 for e in new_delays if (e.renewal.owner_id or 0) == owner_id),
                actions=sum(1 for a in actions if (a.renewal.owner_id or 0) == owner_id),
                overdue_steps=sum(1 for s in overdue if (s.renewal.owner_id or 0) == owner_id),
                help_requests=sum(1 for row in mine if row.help_needed),
            ))
        owners.sort(key=lambda row: row.owner.lower())

    return WeeklyReport(
        week=week, scope=scope, lang=lang, time_zone=str(tz), generated_at=now,
        as_of=state.day, complete=complete, delayed=delayed, actions=actions, forecast=forecast,
        risks=risks, new_delays=new_delays, resolved_delays=resolved, overdue_steps=overdue,
        owners=owners, postmortems_due=_postmortems_due(book, state),
        series=_week_series(book, week, tz, now, today),
        contract_ends=_contract_ends(book, state, week.monday), settings=settings,
    )


def _week_series(book: _Book, week: IsoWeek, tz: dt.tzinfo, now: dt.datetime,
                 today: dt.date) -> WeekSeries:
    arr_weeks = [week.shift(offset) for offset in range(1 - WEEKS_OF_ARR, 1)]
    by_currency: dict[str, list[dict[str, Decimal]]] = {}
    for index, past in enumerate(arr_weeks):
        done = past.end(tz) <= now
        state = _state(book, past.end(tz) if done else None, past.sunday if done else today)
        for rid, delays in state.open_delays.items():
            values = state.renewals[rid]
            if values["stage"] in CLOSED_STAGES:
                continue
            rows = by_currency.setdefault(values["currency"], [
                {category: Decimal("0") for category in CATEGORIES} for _week in arr_weeks])
            rows[index][delays[0][1]["category"]] += Decimal(values["arr"])
    type_weeks = [week.shift(offset) for offset in range(1 - WEEKS_OF_TYPES, 1)]
    counts: list[dict[str, int]] = [{kind: 0 for kind in TYPES} for _week in type_weeks]
    first = type_weeks[0].monday
    for delay in book.delays.values():
        if first <= delay.communicated_on <= min(week.sunday, today):
            index = type_weeks.index(IsoWeek.of(delay.communicated_on))
            kind = delay.versions.at(None)["assessed_type"]
            counts[index][kind] = counts[index].get(kind, 0) + 1
    return WeekSeries(arr_weeks, dict(sorted(by_currency.items())), type_weeks, counts)


def _contract_ends(book: _Book, state: _State, start: dt.date) -> MonthSeries:
    months = months_from(start, MONTHS_AHEAD)
    by_currency: dict[str, list[dict[str, Decimal]]] = {}
    for values in state.renewals.values():
        month = values["contract_end"].replace(day=1)
        if month not in months:
            continue
        rows = by_currency.setdefault(values["currency"], [
            {category: Decimal("0") for category in FORECAST_CATEGORIES} for _month in months])
        rows[months.index(month)][values["forecast_category"]] += Decimal(values["arr"])
    return MonthSeries(months, dict(sorted(by_currency.items())))


def _postmortems_due(book: _Book, state: _State) -> list[PostMortemDue]:
    closed = [rid for rid, values in state.renewals.items()
              if values["stage"] in CLOSED_STAGES and book.delays_by_renewal.get(rid)]
    written = set(PostMortem.objects.filter(renewal_id__in=closed)
                  .values_list("renewal_id", flat=True))
    due = [PostMortemDue(book.renewals[rid].ref(state.renewals[rid], book.owners),
                         len(book.delays_by_renewal[rid]))
           for rid in closed if rid not in written]
    return sorted(due, key=lambda row: (row.renewal.contract_end, row.renewal.id))


def recipients_for(scope: ReportScope) -> list[User]:
    """Who receives the e-mailed update: the team's lead(s) and members, or the one CSM."""
    users = User.objects.filter(is_active=True).exclude(email="")
    if scope.kind == "team":
        return list(users.filter(team_id=scope.team_id).order_by("username"))
    if scope.kind == "owner":
        return list(users.filter(pk=scope.owner_id))
    return list(users.filter(Q(role="team_lead") | Q(role="admin") | Q(is_superuser=True))
                .order_by("username"))


# --- the forecast page --------------------------------------------------------------------

def forecast_bucket(stage: str, forecast_category: str, category: str | None) -> str:
    """Where a renewal stands for the forecast: committed, likely, at risk or lost."""
    if stage in (Stage.CHURNED, Stage.WALKED_AWAY) or forecast_category == "omitted":
        return "lost"
    if stage in (Stage.RENEWED, Stage.COMMITTED) or forecast_category == "commit":
        return "committed"
    if forecast_category == "at_risk" or category == "risk":
        return "at_risk"
    return "likely"


@dataclass(frozen=True)
class ForecastMonth:
    """One month of contract ends in one currency."""

    month: dt.date
    overdue: bool
    buckets: dict[str, Decimal]
    expected: Decimal
    delayed: Decimal
    bridged_out: Decimal
    bridged_in: Decimal
    bridge_revenue: Decimal

    @property
    def total(self) -> Decimal:
        return sum(self.buckets.values(), Decimal("0"))

    @property
    def if_bridged(self) -> Decimal:
        """ARR decided in this month if the open delays are bridged."""
        return self.total - self.bridged_out + self.bridged_in

    def to_dict(self) -> dict[str, Any]:
        return {"month": self.month.strftime("%Y-%m"), "overdue": self.overdue,
                **{key: str(value) for key, value in self.buckets.items()},
                "total": str(self.total), "expected": str(self.expected),
                "delayed": str(self.delayed), "bridged_out": str(self.bridged_out),
                "bridged_in": str(self.bridged_in), "if_bridged": str(self.if_bridged),
                "bridge_revenue": str(self.bridge_revenue)}


@dataclass(frozen=True)
class BridgedRenewal:
    """How bridging one open delay moves its renewal's decision and what the bridge earns."""

    renewal: RenewalRef
    category: str
    bridge_kind: str
    bridge_title: str
    bridge_start: dt.date
    decision_by: dt.date
    revenue: Decimal
    fits: bool

    def to_dict(self) -> dict[str, Any]:
        return {"renewal": self.renewal.to_dict(), "category": self.category,
                "bridge_kind": self.bridge_kind, "bridge_title": self.bridge_title,
                "bridge_start": self.bridge_start.isoformat(),
                "decision_by": self.decision_by.isoformat(), "revenue": str(self.revenue),
                "fits": self.fits}


@dataclass(frozen=True)
class ForecastReport:
    """Contract ends by month (committed, likely, at risk, lost) and the bridged view."""

    scope: ReportScope
    lang: str
    today: dt.date
    months: list[dt.date]
    by_currency: dict[str, list[ForecastMonth]]
    bridged: list[BridgedRenewal]

    def to_dict(self) -> dict[str, Any]:
        return {"scope": self.scope.to_dict(), "lang": self.lang,
                "today": self.today.isoformat(),
                "months": [month.strftime("%Y-%m") for month in self.months],
                "by_currency": {cur: [row.to_dict() for row in rows]
                                for cur, rows in self.by_currency.items()},
                "bridged": [row.to_dict() for row in self.bridged]}


def forecast_report(user: Any, scope: ReportScope, *, lang: str, today: dt.date,
                    months: int = MONTHS_AHEAD) -> ForecastReport:
    """Contract ends from this month on, with the bridges the open delays would need.

    Renewals still open after their contract end are shown in an "overdue" row first. A
    delayed renewal is bridged with the scenario planner's bridge for a slip: its decision
    moves to the bridge's end and the bridge's price is earned meanwhile.
    """
    from delaydesk.bridges.terms import BridgeInputError
    from delaydesk.offers.selectors import renewal_scenarios

    settings = forecast_settings()
    renewals_qs = scoped_renewals(user, scope)
    book = _load_book(renewals_qs, with_history=False)
    state = _state(book, None, today)
    month_list = months_from(today, months)
    overdue_key = month_list[0] - dt.timedelta(days=1)
    horizon_end = months_from(today, months + 1)[-1]
    empty: dict[str, dict[str, Any]] = {}

    def row(currency: str, key: dt.date) -> dict[str, Any]:
        rows = empty.setdefault(currency, {})
        return rows.setdefault(key, {"buckets": {b: Decimal("0") for b in BUCKETS},
                                     "expected": Decimal("0"), "delayed": Decimal("0"),
                                     "out": Decimal("0"), "in": Decimal("0"),
                                     "revenue": Decimal("0")})

    def key_of(day: dt.date, stage: str) -> dt.date | None:
        if day < month_list[0]:
            return overdue_key if stage not in CLOSED_STAGES else None
        return day.replace(day=1) if day < horizon_end else None

    delayed_ids: list[int] = []
    for rid, values in state.renewals.items():
        key = key_of(values["contract_end"], values["stage"])
        if key is None:
            continue
        category = state.main_category(rid) if values["stage"] not in CLOSED_STAGES else None
        arr, currency = Decimal(values["arr"]), values["currency"]
        entry = row(currency, key)
        entry["buckets"][forecast_bucket(values["stage"], values["forecast_category"],
                                         category)] += arr
        entry["expected"] += arr * settings.probability(values["stage"], category)
        if category:
            entry["delayed"] += arr
            delayed_ids.append(rid)

    bridged: list[BridgedRenewal] = []
    for renewal in Renewal.objects.filter(pk__in=delayed_ids).select_related("account", "owner"):
        values = state.renewals[renewal.pk]
        try:
            plan = renewal_scenarios(renewal, today=today, lang=lang)
        except BridgeInputError:
            continue  # terms the bridge engine cannot price (it says why on the renewal page)
        slip = plan.scenario("slips")
        if slip.bridge is None:
            continue  # even slipped, it is signed before the contract ends
        ends = [key.date for key in slip.key_dates if key.id == "bridge_end"]
        decision = ends[0] if ends else slip.bridge.end
        revenue = slip.bridge_cost or Decimal("0")
        arr, currency = Decimal(values["arr"]), values["currency"]
        row(currency, key_of(values["contract_end"], values["stage"]) or overdue_key)["out"] += arr
        target = key_of(decision, values["stage"])
        if target is not None:
            row(currency, target)["in"] += arr
        start_key = key_of(max(slip.bridge.start, month_list[0]), values["stage"])
        if start_key is not None:
            row(currency, start_key)["revenue"] += revenue
        bridged.append(BridgedRenewal(
            renewal=book.renewals[renewal.pk].ref(values, book.owners),
            category=state.main_category(renewal.pk) or "", bridge_kind=slip.bridge.kind,
            bridge_title=slip.bridge.title, bridge_start=slip.bridge.start,
            decision_by=decision, revenue=revenue, fits=bool(slip.bridge_fits),
        ))
    bridged.sort(key=lambda item: (item.renewal.contract_end, item.renewal.account))

    by_currency: dict[str, list[ForecastMonth]] = {}
    for currency in sorted(empty):
        keys = ([overdue_key] if overdue_key in empty[currency] else []) + month_list
        out = []
        for key in keys:
            entry = row(currency, key)
            out.append(ForecastMonth(
                month=key if key != overdue_key else month_list[0], overdue=key == overdue_key,
                buckets={b: round_money(v, currency) for b, v in entry["buckets"].items()},
                expected=round_money(entry["expected"], currency),
                delayed=round_money(entry["delayed"], currency),
                bridged_out=round_money(entry["out"], currency),
                bridged_in=round_money(entry["in"], currency),
                bridge_revenue=round_money(entry["revenue"], currency),
            ))
        by_currency[currency] = out
    return ForecastReport(scope=scope, lang=lang, today=today, months=month_list,
                          by_currency=by_currency, bridged=bridged)


# --- patterns across accounts -------------------------------------------------------------

@dataclass(frozen=True)
class PatternFilters:
    """Which delays the patterns are drawn from."""

    start: dt.date
    end: dt.date
    team_id: int | None = None
    segment: str = ""
    language: str = ""


@dataclass(frozen=True)
class Rate:
    """How often each outcome followed, out of ``total``."""

    total: int
    counts: dict[str, int]

    def share(self, key: str) -> Decimal:
        if not self.total:
            return Decimal("0")
        return (Decimal(self.counts.get(key, 0)) * 100 / self.total).quantize(Decimal("1"))

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "counts": self.counts,
                "percent": {key: str(self.share(key)) for key in self.counts}}


@dataclass(frozen=True)
class LessonCount:
    lesson: str
    count: int


@dataclass(frozen=True)
class PreventionNote:
    renewal: RenewalRef
    outcome: str
    cause_type: str
    prevention: str
    written_on: dt.date


@dataclass(frozen=True)
class PatternsReport:
    """Patterns across the delay log: when, what, how long, how it ended, how we diagnosed."""

    filters: PatternFilters
    delays: int
    months: list[dt.date]
    by_month_category: list[dict[str, int]]
    by_month_type: list[dict[str, int]]
    median_days: dict[str, Decimal | None]
    resolved_counts: dict[str, int]
    outcomes_by_type: dict[str, Rate]
    outcomes_by_category: dict[str, Rate]
    stated_vs_assessed: dict[str, dict[str, int]]
    diagnosed: int
    corrected: int
    category_corrections: dict[str, dict[str, int]]
    type_corrections: list[tuple[str, str, int]]
    more_serious: int
    less_serious: int
    type_only: int
    lessons: list[LessonCount]
    notes: list[PreventionNote]

    @property
    def correction_rate(self) -> Decimal:
        if not self.diagnosed:
            return Decimal("0")
        return (Decimal(self.corrected) * 100 / self.diagnosed).quantize(Decimal("1"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "delays": self.delays,
            "months": [month.strftime("%Y-%m") for month in self.months],
            "by_month_category": self.by_month_category, "by_month_type": self.by_month_type,
            "median_days": {k: None if v is None else str(v) for k, v in self.median_days.items()},
            "resolved_counts": self.resolved_counts,
            "outcomes_by_type": {k: v.to_dict() for k, v in self.outcomes_by_type.items()},
            "outcomes_by_category": {k: v.to_dict() for k, v in self.outcomes_by_category.items()},
            "stated_vs_assessed": self.stated_vs_assessed,
            "diagnosed": self.diagnosed, "corrected": self.corrected,
            "correction_rate": str(self.correction_rate),
            "category_corrections": self.category_corrections,
            "type_corrections": [list(item) for item in self.type_corrections],
            "more_serious": self.more_serious, "less_serious": self.less_serious,
            "type_only": self.type_only,
            "lessons": [{"lesson": item.lesson, "count": item.count} for item in self.lessons],
        }


def can_see_patterns(user: Any) -> bool:
    """Patterns are for team leads and administrators."""
    return bool(user.is_authenticated and user.is_active and (user.is_admin or user.is_team_lead))


def pattern_segments(user: Any) -> list[str]:
    """The account segments found in what ``user`` may read, for the filter."""
    segments = renewals_for(user).exclude(account__segment="").values_list(
        "account__segment", flat=True)
    return sorted(set(segments))


def patterns_report(user: Any, filters: PatternFilters) -> PatternsReport:
    """Patterns of the delays communicated in the period, for a lead's team or any team.

    Raises PermissionDenied for CSMs and Http404 for a team the user may not read.
    """
    if not can_see_patterns(user):
        raise PermissionDenied
    if filters.team_id and not visible_teams(user).filter(pk=filters.team_id).exists():
        raise Http404(_("No such team."))
    if filters.end < filters.start:
        raise ValidationError({"end": _("The end of the period must not be before its start.")})
    renewals = renewals_for(user)
    if not user.is_admin:
        renewals = renewals.filter(account__team_id=user.team_id)
    if filters.team_id:
        renewals = renewals.filter(account__team_id=filters.team_id)
    if filters.segment:
        renewals = renewals.filter(account__segment=filters.segment)
    if filters.language:
        renewals = renewals.filter(account__language=filters.language)
    delays = list(Delay.objects.filter(
        renewal_id__in=renewals.values("pk"),
        communicated_on__gte=filters.start, communicated_on__lte=filters.end,
    ).select_related("renewal", "renewal__account", "renewal__owner").order_by("communicated_on"))

    months = [month for month in months_from(filters.start, 240) if month <= filters.end]
    by_category = [{key: 0 for key in CATEGORIES} for _month in months]
    by_type = [{key: 0 for key in TYPES} for _month in months]
    durations: dict[str, list[int]] = defaultdict(list)
    outcome_type: dict[str, Counter[str]] = defaultdict(Counter)
    outcome_category: dict[str, Counter[str]] = defaultdict(Counter)
    seen_type: set[tuple[int, str]] = set()
    seen_category: set[tuple[int, str]] = set()
    matrix: dict[str, dict[str, int]] = {}
    category_corrections: dict[str, dict[str, int]] = {}
    type_pairs: Counter[tuple[str, str]] = Counter()
    diagnosed = corrected = more = less = type_only = 0
    for delay in delays:
        index = months.index(delay.communicated_on.replace(day=1))
        by_category[index][delay.category] = by_category[index].get(delay.category, 0) + 1
        by_type[index][delay.assessed_type] = by_type[index].get(delay.assessed_type, 0) + 1
        if delay.status == "resolved" and delay.resolved_on:
            durations[delay.assessed_type].append((delay.resolved_on - delay.communicated_on).days)
        stage = delay.renewal.stage
        if stage in CLOSED_STAGES:
            if (delay.renewal_id, delay.assessed_type) not in seen_type:
                seen_type.add((delay.renewal_id, delay.assessed_type))
                outcome_type[delay.assessed_type][stage] += 1
            if (delay.renewal_id, delay.category) not in seen_category:
                seen_category.add((delay.renewal_id, delay.category))
                outcome_category[delay.category][stage] += 1
        if delay.stated_type:
            row = matrix.setdefault(delay.stated_type, {})
            row[delay.assessed_type] = row.get(delay.assessed_type, 0) + 1
        if delay.model_type and delay.model_category in SEVERITY:
            diagnosed += 1
            if delay.corrected:
                corrected += 1
                row = category_corrections.setdefault(delay.model_category, {})
                row[delay.category] = row.get(delay.category, 0) + 1
                if delay.model_type != delay.assessed_type:
                    type_pairs[(delay.model_type, delay.assessed_type)] += 1
                change = SEVERITY.get(delay.category, 0) - SEVERITY[delay.model_category]
                if change > 0:
                    more += 1
                elif change < 0:
                    less += 1
                else:
                    type_only += 1

    def rates(counter: dict[str, Counter[str]], keys: Iterable[str]) -> dict[str, Rate]:
        return {key: Rate(sum(counter[key].values()),
                          {outcome: counter[key].get(outcome, 0) for outcome in OUTCOMES})
                for key in keys if counter.get(key)}

    medians: dict[str, Decimal | None] = {}
    for kind in TYPES:
        values = durations.get(kind, [])
        medians[kind] = (Decimal(str(statistics.median(values))) if values else None)

    postmortems = list(PostMortem.objects.filter(
        renewal_id__in=renewals.values("pk"),
        created_at__date__gte=filters.start, created_at__date__lte=filters.end,
    ).select_related("renewal", "renewal__account", "renewal__owner").order_by("-created_at"))
    lesson_counts: Counter[str] = Counter()
    for postmortem in postmortems:
        lesson_counts.update(code for code in postmortem.lessons if code in Lesson.values)
    owners = {pm.renewal.owner_id: str(pm.renewal.owner) for pm in postmortems
              if pm.renewal.owner_id}
    notes = [
        PreventionNote(renewal=renewal_ref(pm.renewal, owners), outcome=pm.outcome,
                       cause_type=pm.cause_type, prevention=pm.prevention,
                       written_on=timezone.localtime(pm.created_at).date())
        for pm in postmortems[:8]
    ]
    return PatternsReport(
        filters=filters, delays=len(delays), months=months, by_month_category=by_category,
        by_month_type=by_type, median_days=medians,
        resolved_counts={kind: len(durations.get(kind, [])) for kind in TYPES},
        outcomes_by_type=rates(outcome_type, TYPES),
        outcomes_by_category=rates(outcome_category, CATEGORIES),
        stated_vs_assessed=matrix, diagnosed=diagnosed, corrected=corrected,
        category_corrections=category_corrections,
        type_corrections=[(a, b, n) for (a, b), n in type_pairs.most_common(8)],
        more_serious=more, less_serious=less, type_only=type_only,
        lessons=[LessonCount(code, count) for code, count in
                 sorted(lesson_counts.items(), key=lambda item: (-item[1], item[0]))],
        notes=notes,
    )


def renewal_ref(renewal: Renewal, owners: dict[int, str] | None = None) -> RenewalRef:
    """A renewal as the reports show it, from the live record."""
    owner = ""
    if renewal.owner_id:
        owner = (owners or {}).get(renewal.owner_id) or str(renewal.owner)
    return RenewalRef(
        id=renewal.pk, account_id=renewal.account_id, account=renewal.account.name,
        segment=renewal.account.segment, language=renewal.account.language,
        owner_id=renewal.owner_id, owner=owner, arr=renewal.arr, currency=renewal.currency,
        contract_end=renewal.contract_end, stage=renewal.stage,
        forecast_category=renewal.forecast_category,
    )


# --- post-mortems -------------------------------------------------------------------------

def postmortem_needed(renewal: Renewal) -> bool:
    """Whether a post-mortem is asked for: the renewal is closed and had a delay."""
    return renewal.stage in CLOSED_STAGES and renewal.delays.exists()


def postmortem_of(renewal: Renewal) -> PostMortem | None:
    """The renewal's post-mortem, or None."""
    return PostMortem.objects.filter(renewal=renewal).select_related("written_by").first()


def postmortem_get(user: Any, renewal_pk: int) -> tuple[Renewal, PostMortem | None]:
    """A readable renewal (else Http404) and its post-mortem if written."""
    renewal = renewal_get(user, renewal_pk)
    return renewal, postmortem_of(renewal)


def postmortems_due(user: Any, *, owner: Any = None) -> list[Renewal]:
    """Closed renewals that had a delay and still lack a post-mortem, oldest contract end first.

    For the reminders: with ``owner`` only that person's renewals. Each one links to
    ``/renewals/<id>/postmortem/``.
    """
    renewals = (renewals_for(user).filter(stage__in=list(CLOSED_STAGES))
                .annotate(delay_count=Count("delays")).filter(delay_count__gt=0)
                .filter(postmortem__isnull=True))
    if owner is not None:
        renewals = renewals.filter(owner=owner)
    return list(renewals.order_by("contract_end", "id"))


def postmortems_written(user: Any) -> QuerySet[PostMortem]:
    """Post-mortems of renewals ``user`` may read, newest first."""
    return (PostMortem.objects.filter(renewal__in=renewals_for(user).values("pk"))
            .select_related("renewal", "renewal__account", "written_by")
            .order_by("-created_at"))


def postmortem_defaults(renewal: Renewal) -> dict[str, Any]:
    """A starting point for the form: the latest delay's assessed type as the cause."""
    latest = renewal.delays.order_by("-communicated_on", "-id").first()
    return {"cause_type": latest.assessed_type if latest else DelayType.UNKNOWN}


def can_write_postmortem(user: Any, renewal: Renewal) -> bool:
    """Whoever may change the renewal may write its post-mortem."""
    return can_edit_renewal(user, renewal)
