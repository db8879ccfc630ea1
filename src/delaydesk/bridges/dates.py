"""Calendar arithmetic for bridges: month steps, fiscal quarters and dates people read.

Every date the bridges engine shows or computes goes through here, so a deadline is
calculated in one place and printed the same way in the CLI, the page and the e-mail.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from delaydesk.dates import format_date, month_name

Lang = Literal["de", "en"]

__all__ = [
    "Lang", "add_months", "days_in_month", "days_inclusive", "fiscal_quarter_months",
    "format_date", "month_name", "next_fiscal_quarter_start", "span_end",
]


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` calendar months, clamped to the month's last day.

    31 August plus six months is 28 (or 29) February, not an invalid date.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """Return the number of days in ``month`` (1-12) of ``year``."""
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - timedelta(days=1)).day


def span_end(start: date, days: int) -> date:
    """Return the inclusive last day of a span of ``days`` days that begins on ``start``."""
    return start + timedelta(days=days - 1)


def days_inclusive(start: date, end: date) -> int:
    """Count the days from ``start`` to ``end``, both included."""
    return (end - start).days + 1


def fiscal_quarter_months(fiscal_year_start_month: int) -> tuple[int, ...]:
    """Return the calendar months (1-12) in which the customer's fiscal quarters start."""
    return tuple(sorted((fiscal_year_start_month - 1 + 3 * q) % 12 + 1 for q in range(4)))


def next_fiscal_quarter_start(after: date, fiscal_year_start_month: int) -> date:
    """Return the first day of the first fiscal quarter that starts strictly after ``after``."""
    months = fiscal_quarter_months(fiscal_year_start_month)
    for year in (after.year, after.year + 1):
        for month in months:
            candidate = date(year, month, 1)
            if candidate > after:
                return candidate
    raise AssertionError("a fiscal quarter starts within any twelve months")  # pragma: no cover

