"""API schemas of the reports: the weekly update, post-mortems and archiving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Field, Schema


class RenewalRefRead(Schema):
    id: int
    account_id: int
    account: str
    segment: str
    language: str
    owner_id: int | None
    owner: str
    arr: str
    currency: str
    contract_end: dt.date
    stage: str
    forecast_category: str


class ActionRowRead(Schema):
    renewal: RenewalRefRead
    delay_id: int
    taken_on: dt.date
    description: str
    customer_response: str
    by: str


class StepRowRead(Schema):
    renewal: RenewalRefRead
    step_id: int
    what: str
    due_on: dt.date
    kind: str
    owner: str
    days_overdue: int


class DelayedRenewalRead(Schema):
    renewal: RenewalRefRead
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
    probability: str
    expected_arr: str
    risk_weighted_arr: str
    actions: list[ActionRowRead]
    next_step: StepRowRead | None
    overdue_steps: int


class RiskRead(DelayedRenewalRead):
    reason: str = Field(description="Why it is a risk, in one sentence in the request's language")


class HelpRead(Schema):
    renewal: RenewalRefRead
    delay_id: int
    category: str
    help_text: str


class DelayEventRead(Schema):
    renewal: RenewalRefRead
    delay_id: int
    date: dt.date
    stated_reason: str
    assessed_type: str
    category: str
    risk: int


class ForecastFiguresRead(Schema):
    open_renewals: int
    delayed_renewals: int
    total_arr: dict[str, str] = Field(description="per ISO currency")
    delayed_arr: dict[str, str]
    expected_arr: dict[str, str]
    arr_by_category: dict[str, dict[str, str]] = Field(
        description="administrative, decision, risk and none (no open delay), per currency")
    arr_by_forecast: dict[str, dict[str, str]]


class ForecastImpactRead(Schema):
    current: ForecastFiguresRead
    previous: ForecastFiguresRead
    change: dict[str, Any]
    renewed_arr: dict[str, str]
    lost_arr: dict[str, str]
    renewed: int
    lost: int


class OwnerSummaryRead(Schema):
    owner_id: int | None
    owner: str
    delayed: int
    delayed_arr: dict[str, str]
    new_delays: int
    actions: int
    overdue_steps: int
    help_requests: int


class PostMortemDueRead(Schema):
    renewal: RenewalRefRead
    delays: int
    url: str


class ScopeRead(Schema):
    kind: str
    label: str
    team_id: int | None
    owner_id: int | None


class WeeklyReportRead(Schema):
    week: str
    week_start: dt.date
    week_end: dt.date
    scope: ScopeRead
    lang: str
    time_zone: str
    generated_at: dt.datetime
    as_of: dt.date
    complete: bool
    delayed: list[DelayedRenewalRead]
    actions: list[ActionRowRead]
    help_needed: list[HelpRead]
    forecast: ForecastImpactRead
    risks: list[RiskRead]
    new_delays: list[DelayEventRead]
    resolved_delays: list[DelayEventRead]
    overdue_steps: list[StepRowRead]
    owners: list[OwnerSummaryRead]
    postmortems_due: list[PostMortemDueRead]
    series: dict[str, Any]
    contract_ends: dict[str, Any]


class PostMortemRead(Schema):
    id: int
    renewal_id: int
    outcome: str
    cause_type: str
    cause: str
    differently: str
    prevention: str
    lessons: list[str]
    written_by_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime


class PostMortemWrite(Schema):
    cause_type: str
    cause: str = Field(..., min_length=1, max_length=4000)
    differently: str = Field(..., min_length=1, max_length=4000)
    prevention: str = Field(..., min_length=1, max_length=4000)
    lessons: list[str] = []


class ArchivedDelayRead(Schema):
    id: int
    renewal_id: int
    status: str
    resolved_on: dt.date | None
    archived_on: dt.date | None
