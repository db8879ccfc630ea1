"""API schemas for bridges, scenario plans, walk-away advice and stored offers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Schema

from delaydesk.api.params import RecordId


class BridgeQuoteRead(Schema):
    kind: str
    price: Decimal
    price_unit: str
    currency: str
    start: dt.date
    end: dt.date
    days: int
    title: str
    terms: str
    fits: bool
    reasons: list[str]


class BridgesRead(Schema):
    renewal_id: RecordId
    currency: str
    contract_end: dt.date
    today: dt.date
    offers: list[BridgeQuoteRead]


class KeyDateRead(Schema):
    id: str
    date: dt.date
    label: str


class ScenarioRead(Schema):
    id: str
    title: str
    description: str
    key_dates: list[KeyDateRead]
    arr_effect: Decimal
    arr_at_stake: Decimal
    bridge: BridgeQuoteRead | None = None
    bridge_cost: Decimal | None = None
    bridge_fits: bool | None = None
    bridge_months: int | None = None


class ScenarioPlanRead(Schema):
    renewal_id: RecordId
    lang: str
    currency: str
    arr: Decimal
    today: dt.date
    contract_end: dt.date
    expected_signature: dt.date | None
    slip_to: dt.date
    offboarding_start: dt.date
    scenarios: list[ScenarioRead]
    timeline_svg: str


class WalkAwaySignRead(Schema):
    id: str
    title: str
    met: bool
    reason: str


class ExitDraftRead(Schema):
    lang: str
    subject: str
    body: str
    to_name: str
    to_email: str
    mailto: str


class WalkAwayRead(Schema):
    renewal_id: RecordId
    recommendation: str
    met_count: int
    summary: str
    lang: str
    signs: list[WalkAwaySignRead]
    exit_draft: ExitDraftRead | None


class BridgeOfferCreate(Schema):
    kind: str


class BridgeOfferRead(Schema):
    id: int
    renewal_id: RecordId
    delay_id: RecordId | None
    kind: str
    title: str
    price: Decimal
    price_unit: str
    currency: str
    start: dt.date
    end: dt.date
    terms: str
    status: str
    proposed_by_id: RecordId | None
    decided_by_id: RecordId | None
    decided_on: dt.date | None
    created_at: dt.datetime
