"""Shared API parameters: record ids and paging (``?limit=`` 1-500, default 100, ``?offset=``)."""

from __future__ import annotations

from typing import Annotated

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

MAX_LIMIT = 500
MAX_ID = 2**63 - 1  # the largest id the database can hold

# A record id in a path, query or body: a positive 64-bit integer.
RecordId = Annotated[int, Field(ge=1, le=MAX_ID)]
# A number of days to look ahead, up to ten years.
DaysAhead = Annotated[int, Field(ge=0, le=3650)]
MAX_OFFSET = 2**31 - 1  # beyond any real list; keeps the database's integer types safe


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(100, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)
