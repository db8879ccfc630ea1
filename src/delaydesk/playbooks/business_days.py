"""The business-day calendar: weekends, public holidays of the account's country, and the
customary office closures around the turn of the year.

Every deadline the playbooks propose is computed here, so the web app, the API and the CLI
agree on which day "in five business days" is.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# Christmas Eve and New Year's Eve are not statutory holidays in most countries, but most
# B2B offices in the DACH region (and many elsewhere) are closed or thinly staffed; a decision
# date there would be wasted. Applied to every country with a known calendar; an unknown
# country gets weekends only.
CUSTOMARY_CLOSURES: frozenset[tuple[int, int]] = frozenset({(12, 24), (12, 31)})


def _split_country(country: str | None) -> tuple[str, str | None]:
    """``"DE-BY"`` -> ``("DE", "BY")``; ``"at"`` -> ``("AT", None)``; empty -> ``("", None)``."""
    code = (country or "").strip().upper().replace("_", "-")
    if "-" in code:
        main, subdivision = code.split("-", 1)
        return main, subdivision or None
    return code, None


def _public_holidays(country: str, subdivision: str | None, year: int) -> dict[date, str] | None:
    """The country's public holidays in ``year``; None for a country without a calendar.

    An unknown subdivision falls back to the whole country.
    """
    if not country:
        return None
    import holidays  # imported on first use: it takes longer to load than everything else here

    supported = holidays.list_supported_countries()
    if country not in supported:
        return None
    if subdivision not in supported[country]:
        subdivision = None
    return dict(holidays.country_holidays(country, subdiv=subdivision, years=year))


@lru_cache(maxsize=256)
def _closed_days(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    calendar = _public_holidays(country, subdivision, year)
    if calendar is None:
        return frozenset()  # an unknown country: weekends only
    closed = {date(year, month, day) for month, day in CUSTOMARY_CLOSURES}
    return frozenset(closed | set(calendar))


def closed_days(country: str | None, year: int) -> frozenset[date]:
    """Closed days (public holidays plus 24 and 31 December) for a country and year.

    ``country`` is an ISO 3166 code such as ``"DE"``, optionally with a subdivision
    (``"DE-BY"``). An unknown or empty country has no closed days beyond weekends.
    """
    main, subdivision = _split_country(country)
    return _closed_days(main, subdivision, year)


def is_business_day(day: date, country: str | None = None) -> bool:
    """True on Monday to Friday unless the day is a holiday or customary closure."""
    if day.weekday() >= 5:
        return False
    return day not in closed_days(country, day.year)


def next_business_day(day: date, country: str | None = None, *, inclusive: bool = False) -> date:
    """The first business day after ``day`` (or ``day`` itself when inclusive and open)."""
    current = day if inclusive else day + timedelta(days=1)
    while not is_business_day(current, country):
        current += timedelta(days=1)
    return current


def previous_business_day(
    day: date, country: str | None = None, *, inclusive: bool = False
) -> date:
    """The last business day before ``day`` (or ``day`` itself when inclusive and open)."""
    current = day if inclusive else day - timedelta(days=1)
    while not is_business_day(current, country):
        current -= timedelta(days=1)
    return current


def add_business_days(day: date, count: int, country: str | None = None) -> date:
    """Move ``count`` business days from ``day``; negative counts move backwards.

    ``count == 0`` returns ``day`` when it is a business day, otherwise the next one:
    "today" on a Saturday means Monday.
    """
    if count == 0:
        return next_business_day(day, country, inclusive=True)
    current = day
    step = 1 if count > 0 else -1
    remaining = abs(count)
    while remaining:
        current = (
            next_business_day(current, country)
            if step > 0
            else previous_business_day(current, country)
        )
        remaining -= 1
    return current


def business_days_between(start: date, end: date, country: str | None = None) -> int:
    """Business days ``d`` with ``start < d <= end`` (negative when ``end`` is before start)."""
    if end == start:
        return 0
    if end < start:
        return -business_days_between(end, start, country)
    count = 0
    current = start + timedelta(days=1)
    while current <= end:
        if is_business_day(current, country):
            count += 1
        current += timedelta(days=1)
    return count


def holiday_name(day: date, country: str | None = None) -> str | None:
    """The holiday's name when ``day`` is a public holiday in the country, else None."""
    main, subdivision = _split_country(country)
    calendar = _public_holidays(main, subdivision, day.year)
    return calendar.get(day) if calendar else None
