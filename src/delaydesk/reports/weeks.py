"""ISO weeks and months as the reports count them: Monday to Sunday in a time zone.

Pure Python (no Django): a week is the calendar dates Monday to Sunday; where a report needs
a moment in time (what the record said at the end of a week) it is midnight at the start of
the following Monday in the report's time zone, so a delay logged on Sunday at 23:30 in
Berlin belongs to that Sunday's week.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


class InvalidWeek(ValueError):
    """Raised for text that is not an ISO week such as ``2026-W48``."""


@dataclass(frozen=True, order=True)
class IsoWeek:
    """One ISO week: ``year`` and ``week`` as in ISO 8601 (weeks start on Monday)."""

    year: int
    week: int

    @classmethod
    def of(cls, day: dt.date) -> IsoWeek:
        """The ISO week that contains ``day``."""
        year, week, _weekday = day.isocalendar()
        return cls(year, week)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Read ``2026-W48`` (or ``2026W48``); raise InvalidWeek for anything else."""
        match = _WEEK.match(text or "")
        if not match:
            raise InvalidWeek(text)
        year, week = int(match.group(1)), int(match.group(2))
        try:
            dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise InvalidWeek(text) from None
        return cls(year, week)

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    def contains(self, day: dt.date | None) -> bool:
        """Whether the date ``day`` falls on Monday to Sunday of this week."""
        return day is not None and self.monday <= day <= self.sunday

    def shift(self, weeks: int) -> IsoWeek:
        """The week ``weeks`` weeks later (earlier when negative)."""
        return IsoWeek.of(self.monday + dt.timedelta(weeks=weeks))

    def start(self, tz: dt.tzinfo) -> dt.datetime:
        """Monday 00:00 in ``tz``."""
        return dt.datetime.combine(self.monday, dt.time.min, tzinfo=tz)

    def end(self, tz: dt.tzinfo) -> dt.datetime:
        """The moment the week is over: the following Monday 00:00 in ``tz``."""
        return dt.datetime.combine(self.monday + dt.timedelta(days=7), dt.time.min, tzinfo=tz)

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def time_zone(name: str | None, default: str = "UTC") -> dt.tzinfo:
    """The zone called ``name``, else ``default`` (an unknown name never breaks a report)."""
    for candidate in (name, default):
        if candidate:
            try:
                return zoneinfo.ZoneInfo(candidate)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                continue
    return dt.UTC


def month_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def months_from(day: dt.date, count: int) -> list[dt.date]:
    """The first days of ``count`` consecutive months, starting with ``day``'s month."""
    first = month_start(day)
    months = []
    for offset in range(count):
        index = first.year * 12 + first.month - 1 + offset
        months.append(dt.date(index // 12, index % 12 + 1, 1))
    return months
