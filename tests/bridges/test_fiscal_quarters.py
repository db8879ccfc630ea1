"""The quarterly bridge runs to the customer's next fiscal quarter, whatever their fiscal year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from delaydesk.bridges import RenewalTerms, bridge_offers, next_fiscal_quarter_start
from delaydesk.bridges.dates import fiscal_quarter_months

CASES = [
    # fiscal year from January: quarters start in January, April, July, October
    (1, date(2027, 2, 14), date(2027, 2, 15), date(2027, 3, 31), 45),
    (1, date(2027, 3, 30), date(2027, 3, 31), date(2027, 3, 31), 1),
    (1, date(2027, 3, 31), date(2027, 4, 1), date(2027, 6, 30), 91),   # on the boundary
    (1, date(2027, 12, 31), date(2028, 1, 1), date(2028, 3, 31), 91),  # boundary, leap year
    # fiscal year from April: quarters start in April, July, October, January
    (4, date(2027, 1, 15), date(2027, 1, 16), date(2027, 3, 31), 75),
    (4, date(2027, 5, 10), date(2027, 5, 11), date(2027, 6, 30), 51),
    (4, date(2027, 3, 31), date(2027, 4, 1), date(2027, 6, 30), 91),   # fiscal year end
    (4, date(2027, 6, 30), date(2027, 7, 1), date(2027, 9, 30), 92),   # on the boundary
    # fiscal year from October: quarters start in October, January, April, July
    (10, date(2026, 11, 20), date(2026, 11, 21), date(2026, 12, 31), 41),
    (10, date(2026, 9, 30), date(2026, 10, 1), date(2026, 12, 31), 92),  # fiscal year end
    (10, date(2026, 12, 31), date(2027, 1, 1), date(2027, 3, 31), 90),   # on the boundary
    # fiscal year from February: quarters start in February, May, August, November
    (2, date(2027, 3, 31), date(2027, 4, 1), date(2027, 4, 30), 30),
    (2, date(2027, 1, 31), date(2027, 2, 1), date(2027, 4, 30), 89),    # fiscal year end
]


@pytest.mark.parametrize(("fiscal", "contract_end", "start", "end", "days"), CASES)
def test_quarterly_bridge_span(fiscal: int, contract_end: date, start: date, end: date,
                               days: int) -> None:
    terms = RenewalTerms(arr=Decimal("73000"), currency="EUR", contract_end=contract_end,
                         today=date(2026, 6, 1), fiscal_year_start_month=fiscal)
    quarterly = next(q for q in bridge_offers(terms) if q.kind == "quarterly")
    assert (quarterly.start, quarterly.end, quarterly.days) == (start, end, days)
    # ARR 73,000 is 200 a day, so the price is simply 200 x days.
    assert quarterly.price == Decimal(200 * days).quantize(Decimal("0.01"))


@pytest.mark.parametrize(("fiscal", "months"), [
    (1, (1, 4, 7, 10)), (4, (1, 4, 7, 10)), (10, (1, 4, 7, 10)), (2, (2, 5, 8, 11)),
    (12, (3, 6, 9, 12)),
])
def test_quarter_start_months(fiscal: int, months: tuple[int, ...]) -> None:
    assert fiscal_quarter_months(fiscal) == months


def test_next_quarter_start_is_strictly_after_the_given_day() -> None:
    assert next_fiscal_quarter_start(date(2027, 4, 1), 4) == date(2027, 7, 1)
    assert next_fiscal_quarter_start(date(2027, 3, 31), 4) == date(2027, 4, 1)
    assert next_fiscal_quarter_start(date(2027, 12, 15), 10) == date(2028, 1, 1)
