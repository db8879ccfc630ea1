"""Input and output shapes of the responses API."""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import Field

from delaydesk.api.params import RecordId


class CheckDraftIn(Schema):
    text: str = Field(max_length=100_000)
    lang: str | None = Field(default=None, description="de or en; detected from the text if empty")
    renewal_id: RecordId | None = Field(
        default=None, description="check deadlines against this renewal's recorded dates"
    )


class FindingOut(Schema):
    kind: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str


class CheckDraftOut(Schema):
    findings: list[FindingOut]
    clean: bool


class RenewalPlaybookOut(Schema):
    renewal_id: RecordId
    delay_id: RecordId | None
    lang: str
    draft_lang: str
    formal: bool
    today: str
    missing: list[str]
    playbook: dict[str, Any]
    drafts: list[dict[str, Any]]
    mutual_plan: dict[str, Any]
    escalation: dict[str, Any]
    incentives: dict[str, Any]
    champion: dict[str, Any] | None
