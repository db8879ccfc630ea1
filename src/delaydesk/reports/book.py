"""What every report reads: its scope, the report policy, and the record at any moment.

Business dates decide what happened when (a delay belongs to the week it was communicated,
an action to the day it was taken, a delay is open until its resolution date); the change
history decides what a renewal's stage, forecast category and ARR and a delay's assessment
were at a past moment. A record first saved after that moment counts as it stands now.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from delaydesk.delays.models import Action, Category, Delay, DelayType, NextStep
from delaydesk.money import round_money
from delaydesk.portfolio.models import CLOSED_STAGES, ForecastCategory, Renewal, Stage
from delaydesk.portfolio.selectors import renewals_for
from delaydesk.teams.models import Team, User

from .models import ReportPolicy

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
    if owner is not None and owner != "":
        person = _lookup(User, owner, name_field="username")
        if person is None or not visible_owners(user).filter(pk=person.pk).exists():
            raise Http404(_("No such CSM."))
        return ReportScope("owner", str(person), owner_id=person.pk)
    if team is not None and team != "":
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
    if scope.kind == "team" and scope.team_id is not None:
        renewals = renewals.filter(account__team_id=scope.team_id)
    elif scope.kind == "owner" and scope.owner_id is not None:
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
class Versioned:
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
class RenewalRecord:
    id: int
    account_id: int
    account: str
    segment: str
    language: str
    team_id: int | None
    contract_start: dt.date
    versions: Versioned

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
class DelayRecord:
    id: int
    renewal_id: int
    communicated_on: dt.date
    resolved_on: dt.date | None
    versions: Versioned

    def open_on(self, day: dt.date) -> bool:
        return self.communicated_on <= day and (self.resolved_on is None or self.resolved_on > day)


@dataclass
class Book:
    """Everything in a scope that the reports read, loaded with a handful of queries."""

    renewals: dict[int, RenewalRecord]
    delays: dict[int, DelayRecord]
    delays_by_renewal: dict[int, list[DelayRecord]]
    actions: list[Any]
    steps: list[Any]
    owners: dict[int, str]


def load_book(renewals: QuerySet[Renewal], *, with_history: bool = True) -> Book:
    """Load the renewals, their delays, actions, next steps and (optionally) histories."""
    ids = renewals.values("pk")
    rows = list(Renewal.objects.filter(pk__in=ids).select_related("account"))
    records: dict[int, RenewalRecord] = {}
    owner_ids: set[int] = set()
    for row in rows:
        live = {name: getattr(row, name) for name in _RENEWAL_FIELDS}
        records[row.pk] = RenewalRecord(
            id=row.pk, account_id=row.account_id, account=row.account.name,
            segment=row.account.segment, language=row.account.language,
            team_id=row.account.team_id, contract_start=row.contract_start,
            versions=Versioned(live),
        )
        if row.owner_id:
            owner_ids.add(row.owner_id)
    delay_rows = list(Delay.objects.filter(renewal_id__in=ids))
    delays: dict[int, DelayRecord] = {}
    by_renewal: dict[int, list[DelayRecord]] = defaultdict(list)
    for delay in delay_rows:
        record = DelayRecord(
            id=delay.pk, renewal_id=delay.renewal_id, communicated_on=delay.communicated_on,
            resolved_on=delay.resolved_on if delay.status == "resolved" else None,
            versions=Versioned({name: getattr(delay, name) for name in _DELAY_FIELDS}),
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
    return Book(records, delays, dict(by_renewal), actions, steps, owners)


@dataclass
class State:
    """The book at one moment: each renewal's values and its open delays (most serious first)."""

    moment: dt.datetime | None
    day: dt.date
    renewals: dict[int, dict[str, Any]]
    open_delays: dict[int, list[tuple[DelayRecord, dict[str, Any]]]]

    def is_open(self, renewal_id: int) -> bool:
        return self.renewals[renewal_id]["stage"] not in CLOSED_STAGES

    def main_category(self, renewal_id: int) -> str | None:
        delays = self.open_delays.get(renewal_id)
        return delays[0][1]["category"] if delays else None


def state_at(book: Book, moment: dt.datetime | None, day: dt.date) -> State:
    """The book as it stood at ``moment`` (None: now), with the delays open on ``day``."""
    renewals = {rid: record.versions.at(moment) for rid, record in book.renewals.items()
                if record.contract_start <= day}
    open_delays: dict[int, list[tuple[DelayRecord, dict[str, Any]]]] = {}
    for rid in renewals:
        found = [(delay, delay.versions.at(moment)) for delay in book.delays_by_renewal.get(rid, [])
                 if delay.open_on(day)]
        if found:
            found.sort(key=lambda item: (
                -SEVERITY.get(item[1]["category"], 0), -int(item[1]["risk"]),
                -item[0].communicated_on.toordinal(), -item[0].id))
            open_delays[rid] = found
    return State(moment, day, renewals, open_delays)


def add_amount(amounts: Amounts, currency: str, amount: Decimal) -> None:
    """Add ``amount`` to the total of its currency."""
    amounts[currency] = amounts.get(currency, Decimal("0")) + amount


def rounded(amounts: Amounts) -> Amounts:
    """Every total rounded to its currency's minor unit, currencies in order."""
    return {currency: round_money(value, currency) for currency, value in sorted(amounts.items())}


def money_dict(amounts: Amounts) -> dict[str, str]:
    """Amounts as strings for JSON."""
    return {currency: str(value) for currency, value in sorted(amounts.items())}


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
