"""Output shapes of the reminders API."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class AttentionItemOut(Schema):
    kind: str
    group: str
    severity: str
    key: str
    renewal_id: int
    account_id: int
    account: str
    owner: str | None
    on: str | None
    days: int | None
    title: str
    hint: str
    url: str
    action: str
    action_url: str
    params: dict[str, Any]


class AttentionOut(Schema):
    user: str | None
    today: str
    count: int
    counts: dict[str, int]
    items: list[AttentionItemOut]


class NotificationOut(Schema):
    id: int
    kind: str
    severity: str
    renewal_id: int | None
    account: str | None
    on: str | None
    title: str
    hint: str
    url: str
    created_at: str
    read: bool


class NotificationListOut(Schema):
    count: int
    unread: int
    items: list[NotificationOut]
