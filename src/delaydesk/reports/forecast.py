"""The forecast: contract ends by month, and what bridging the open delays changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from delaydesk.money import round_money
from delaydesk.portfolio.models import CLOSED_STAGES, Renewal, Stage

from .book import (
    BUCKETS,
    MONTHS_AHEAD,
    RenewalRef,
    ReportScope,
    forecast_settings,
    load_book,
    scoped_renewals,
    state_at,
)
from .weeks import months_from

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
    book = load_book(renewals_qs, with_history=False)
    state = state_at(book, None, today)
    month_list = months_from(today, months)
    overdue_key = month_list[0] - dt.timedelta(days=1)
    horizon_end = months_from(today, months + 1)[-1]
    empty: dict[str, dict[dt.date, dict[str, Any]]] = {}

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
