"""API schemas of the delay log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Field, Schema

from delaydesk.api.params import RecordId


class EvidenceItem(Schema):
    signal: str
    text: str
    start: int
    end: int


class DelayRead(Schema):
    id: int
    renewal_id: RecordId
    communicated_on: dt.date
    channel: str
    customer_words: str
    stated_reason: str
    stated_type: str
    assessed_type: str
    category: str
    risk: int
    evidence: list[dict[str, Any]]
    model_type: str
    model_category: str
    model_risk: int | None
    model_confidence: float | None
    signals: dict[str, bool]
    help_needed: bool
    help_text: str
    status: str
    resolved_on: dt.date | None
    created_by_id: RecordId | None


class DelayCreate(Schema):
    renewal_id: RecordId
    communicated_on: dt.date
    channel: str = "email"
    customer_words: str = Field("", max_length=100_000)
    stated_reason: str = ""
    stated_type: str = ""
    assessed_type: str | None = None
    category: str | None = None
    risk: int | None = None
    help_needed: bool = False
    help_text: str = ""
    signals: dict[str, bool] = {}


class DelayUpdate(Schema):
    stated_reason: str | None = None
    stated_type: str | None = None
    assessed_type: str | None = None
    category: str | None = None
    risk: int | None = None
    help_needed: bool | None = None
    help_text: str | None = None
    channel: str | None = None


class ActionRead(Schema):
    id: int
    delay_id: RecordId
    taken_on: dt.date
    description: str
    customer_response: str


class ActionCreate(Schema):
    delay_id: RecordId
    taken_on: dt.date
    description: str
    customer_response: str = ""


class NextStepRead(Schema):
    id: int
    renewal_id: RecordId
    delay_id: RecordId | None
    what: str
    due_on: dt.date
    owner_id: RecordId | None
    kind: str
    done_on: dt.date | None


class NextStepCreate(Schema):
    renewal_id: RecordId
    delay_id: RecordId | None = None
    what: str = Field(..., max_length=300)
    due_on: dt.date
    kind: str = "our_action"


class DiagnoseRequest(Schema):
    text: str = Field(..., max_length=2_000_000)
    lang: str | None = None
    signals: dict[str, bool] | None = None
    account: dict[str, Any] | None = None
