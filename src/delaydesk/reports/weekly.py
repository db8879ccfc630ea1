"""The weekly update: delayed renewals, actions, help, forecast impact, risks and charts."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.money import round_money
from delaydesk.portfolio.models import CLOSED_STAGES, Stage
from delaydesk.teams.models import User

from .book import (
    CATEGORIES,
    FORECAST_CATEGORIES,
    MONTHS_AHEAD,
    NO_DELAY,
    SEVERITY,
    TYPES,
    WEEKS_OF_ARR,
    WEEKS_OF_TYPES,
    Amounts,
    Book,
    DelayRecord,
    ForecastSettings,
    RenewalRef,
    ReportScope,
    State,
    add_amount,
    forecast_settings,
    load_book,
    money_dict,
    rounded,
    scoped_renewals,
    state_at,
)
from .models import PostMortem
from .weeks import InvalidWeek, IsoWeek, months_from

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
            "total_arr": money_dict(self.total_arr),
            "delayed_arr": money_dict(self.delayed_arr),
            "expected_arr": money_dict(self.expected_arr),
            "arr_by_category": {key: money_dict(value)
                                for key, value in self.arr_by_category.items()},
            "arr_by_forecast": {key: money_dict(value)
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
                "expected_arr": money_dict(self.expected_change),
                "delayed_arr": money_dict(self.delayed_change),
                "arr_by_category": {key: money_dict(self.category_change(key))
                                    for key in (*CATEGORIES, NO_DELAY)},
                "arr_by_forecast": {key: money_dict(self.forecast_change(key))
                                    for key in FORECAST_CATEGORIES},
            },
            "renewed_arr": money_dict(self.renewed_arr), "lost_arr": money_dict(self.lost_arr),
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
                "delayed_arr": money_dict(self.delayed_arr), "new_delays": self.new_delays,
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


def _figures(book: Book, state: State, settings: ForecastSettings) -> ForecastFigures:
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
        add_amount(total, currency, arr)
        add_amount(by_category[category or NO_DELAY], currency, arr)
        add_amount(by_forecast.setdefault(values["forecast_category"], {}), currency, arr)
        add_amount(expected, currency, arr * settings.probability(values["stage"], category))
        if category:
            delayed_count += 1
            add_amount(delayed, currency, arr)
    return ForecastFigures(
        open_renewals=open_count, delayed_renewals=delayed_count, total_arr=rounded(total),
        delayed_arr=rounded(delayed), expected_arr=rounded(expected),
        arr_by_category={key: rounded(value) for key, value in by_category.items()},
        arr_by_forecast={key: rounded(value) for key, value in by_forecast.items()},
    )


def _step_row(book: Book, state: State, step: Any) -> StepRow:
    renewal = book.renewals[step.renewal_id]
    return StepRow(
        renewal=renewal.ref(state.renewals[step.renewal_id], book.owners), step_id=step.pk,
        what=step.what, due_on=step.due_on, kind=step.kind,
        owner=str(step.owner) if step.owner else "", days_overdue=(state.day - step.due_on).days,
    )


def _open_steps(book: Book, state: State, tz: dt.tzinfo) -> list[Any]:
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
    book = load_book(scoped_renewals(user, scope))
    complete = week.end(tz) <= now
    moment = week.end(tz) if complete else None
    day = week.sunday if complete else today
    state = state_at(book, moment, day)
    previous = state_at(book, week.start(tz), week.monday - dt.timedelta(days=1))

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

    def event(delay: DelayRecord, day: dt.date) -> DelayEvent:
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
            add_amount(renewed, values["currency"], Decimal(values["arr"]))
        else:
            lost_count += 1
            add_amount(lost, values["currency"], Decimal(values["arr"]))
    forecast = ForecastImpact(
        current=_figures(book, state, settings), previous=_figures(book, previous, settings),
        renewed_arr=rounded(renewed), lost_arr=rounded(lost), renewed=renewed_count,
        lost=lost_count,
    )

    owners: list[OwnerSummary] = []
    if scope.kind != "owner":
        owner_ids = sorted({row.renewal.owner_id or 0 for row in delayed}
                           | {row.renewal.owner_id or 0 for row in overdue}
                           | {row.renewal.owner_id or 0 for row in actions}
                           | {row.renewal.owner_id or 0 for row in new_delays})
        for owner_id in owner_ids:
            mine = [item for item in delayed if (item.renewal.owner_id or 0) == owner_id]
            amounts: Amounts = {}
            for item in mine:
                add_amount(amounts, item.renewal.currency, item.renewal.arr)
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


def _week_series(book: Book, week: IsoWeek, tz: dt.tzinfo, now: dt.datetime,
                 today: dt.date) -> WeekSeries:
    arr_weeks = [week.shift(offset) for offset in range(1 - WEEKS_OF_ARR, 1)]
    by_currency: dict[str, list[dict[str, Decimal]]] = {}
    for index, past in enumerate(arr_weeks):
        done = past.end(tz) <= now
        state = state_at(book, past.end(tz) if done else None, past.sunday if done else today)
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


def _contract_ends(book: Book, state: State, start: dt.date) -> MonthSeries:
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


def _postmortems_due(book: Book, state: State) -> list[PostMortemDue]:
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
    if scope.kind == "team" and scope.team_id is not None:
        return list(users.filter(team_id=scope.team_id).order_by("username"))
    if scope.kind == "owner" and scope.owner_id is not None:
        return list(users.filter(pk=scope.owner_id))
    return list(users.filter(Q(role="team_lead") | Q(role="admin") | Q(is_superuser=True))
                .order_by("username"))
