"""API schemas of the portfolio: input and output beside the models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from delaydesk.api.params import RecordId


class AccountRead(Schema):
    id: int
    name: str
    external_id: str
    owner_id: RecordId | None
    team_id: RecordId | None
    segment: str
    language: str
    country: str
    strategic: bool
    fiscal_year_start_month: int
    notes: str


class AccountCreate(Schema):
    name: str = Field(..., max_length=200)
    external_id: str = ""
    owner_id: RecordId | None = None
    team_id: RecordId | None = None
    segment: str = ""
    language: str = "de"
    country: str = "DE"
    strategic: bool = False
    fiscal_year_start_month: int = 1
    notes: str = ""


class AccountUpdate(Schema):
    name: str | None = None
    external_id: str | None = None
    owner_id: RecordId | None = None
    team_id: RecordId | None = None
    segment: str | None = None
    language: str | None = None
    country: str | None = None
    strategic: bool | None = None
    fiscal_year_start_month: int | None = None
    notes: str | None = None


class ContactRead(Schema):
    id: int
    account_id: RecordId
    name: str
    email: str
    phone: str
    role: str
    active: bool
    left_on: dt.date | None


class ContactCreate(Schema):
    account_id: RecordId
    name: str
    email: str = ""
    phone: str = ""
    role: str = "other"
    active: bool = True
    left_on: dt.date | None = None


class ContactUpdate(Schema):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    role: str | None = None
    active: bool | None = None
    left_on: dt.date | None = None


class RenewalRead(Schema):
    id: int
    account_id: RecordId
    account_name: str = Field(..., alias="account.name")
    external_id: str
    contract_start: dt.date
    contract_end: dt.date
    arr: Decimal
    currency: str
    term_months: int
    auto_renew: bool
    notice_days: int
    grace_days: int
    stage: str
    forecast_category: str
    conversation_started_on: dt.date | None
    owner_id: RecordId | None


class RenewalCreate(Schema):
    account_id: RecordId
    external_id: str = ""
    contract_start: dt.date
    contract_end: dt.date
    arr: Decimal
    currency: str = "EUR"
    term_months: int = 12
    auto_renew: bool = False
    notice_days: int = 60
    grace_days: int = 0
    stage: str = "upcoming"
    forecast_category: str = "pipeline"
    conversation_started_on: dt.date | None = None
    owner_id: RecordId | None = None


class RenewalUpdate(Schema):
    external_id: str | None = None
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    arr: Decimal | None = None
    currency: str | None = None
    term_months: int | None = None
    auto_renew: bool | None = None
    notice_days: int | None = None
    grace_days: int | None = None
    stage: str | None = None
    forecast_category: str | None = None
    conversation_started_on: dt.date | None = None
    owner_id: RecordId | None = None
