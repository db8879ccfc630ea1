"""API schemas of imports: the result of an import."""

from __future__ import annotations

from ninja import Schema


class RowErrorRead(Schema):
    row: int
    column: str
    message: str


class CountsRead(Schema):
    accounts: int
    renewals: int
    contacts: int


class ImportResultRead(Schema):
    rows: int
    created: int
    updated: int
    dry_run: bool
    saved: bool
    created_by_kind: CountsRead
    updated_by_kind: CountsRead
    errors: list[RowErrorRead]
