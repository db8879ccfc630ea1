"""Properties that hold for every renewal: no negative prices, sensible ordering, rounding."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from delaydesk.bridges import (
    BridgeSettings,
    RenewalTerms,
    add_months,
    bridge_offers,
    door_open_checkin_date,
)
from delaydesk.money import CURRENCY_DECIMALS, round_money

arrs = st.decimals(min_value=0, max_value=Decimal("1000000000"), places=2,
                   allow_nan=False, allow_infinity=False)
currencies = st.sampled_from(sorted(CURRENCY_DECIMALS))
contract_ends = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
fiscal_months = st.integers(min_value=1, max_value=12)
premiums = st.decimals(min_value=Decimal("0.15"), max_value=Decimal("0.25"), places=3)
categories = st.sampled_from([None, "administrative", "decision", "risk", "none"])


@st.composite
def renewal_terms(draw: st.DrawFn) -> RenewalTerms:
    end = draw(contract_ends)
    return RenewalTerms(
        arr=draw(arrs),
        currency=draw(currencies),
        contract_end=end,
        today=end - timedelta(days=draw(st.integers(min_value=-30, max_value=400))),
        fiscal_year_start_month=draw(fiscal_months),
        lang=draw(st.sampled_from(["de", "en"])),
        category=draw(categories),
        extensions_granted=draw(st.integers(min_value=0, max_value=4)),
    )


@st.composite
def bridge_settings(draw: st.DrawFn) -> BridgeSettings:
    short = draw(st.integers(min_value=1, max_value=120))
    return BridgeSettings(
        extension_30_days=short,
        extension_60_days=short + draw(st.integers(min_value=1, max_value=120)),
        admin_fee=draw(st.decimals(min_value=0, max_value=5000, places=2)),
        month_to_month_premium=draw(premiums),
        pilot_days=draw(st.integers(min_value=1, max_value=180)),
        pilot_discount=draw(st.decimals(min_value=0, max_value=Decimal("0.99"), places=2)),
    )


@settings(max_examples=300, deadline=None)
@given(renewal_terms(), bridge_settings())
def test_prices_are_never_negative_and_rounded_per_currency(
    terms: RenewalTerms, bridge: BridgeSettings
) -> None:
    places = CURRENCY_DECIMALS[terms.currency]
    for quote in bridge_offers(terms, bridge):
        assert quote.price >= 0
        assert quote.price.as_tuple().exponent == -places
        assert quote.price == round_money(quote.price, terms.currency)
        assert quote.currency == terms.currency


@settings(max_examples=300, deadline=None)
@given(renewal_terms(), bridge_settings())
def test_longer_extensions_are_never_cheaper(terms: RenewalTerms, bridge: BridgeSettings) -> None:
    quotes = {quote.kind: quote for quote in bridge_offers(terms, bridge)}
    short, long_ = quotes["extension_30"], quotes["extension_60"]
    assert long_.days > short.days
    assert long_.price >= short.price
    # Both pro rata without a fee: the one covering more days never costs less.
    quarterly = quotes["quarterly"]
    if quarterly.days >= short.days:
        assert quarterly.price >= short.price
    else:
        assert quarterly.price <= short.price


@settings(max_examples=300, deadline=None)
@given(renewal_terms(), premiums)
def test_month_to_month_stays_within_the_premium_bounds(
    terms: RenewalTerms, premium: Decimal
) -> None:
    quote = next(q for q in bridge_offers(terms, BridgeSettings(month_to_month_premium=premium))
                 if q.kind == "month_to_month")
    monthly = terms.arr / 12
    assert round_money(monthly * Decimal("1.15"), terms.currency) <= quote.price
    assert quote.price <= round_money(monthly * Decimal("1.25"), terms.currency)
    assert quote.price_unit == "per_month"


@settings(max_examples=300, deadline=None)
@given(renewal_terms())
def test_every_bridge_starts_the_day_after_the_contract_end(terms: RenewalTerms) -> None:
    for quote in bridge_offers(terms):
        assert quote.start == terms.contract_end + timedelta(days=1)
        assert quote.days == (quote.end - quote.start).days + 1 >= 1


@settings(max_examples=300, deadline=None)
@given(renewal_terms())
def test_quarterly_ends_right_before_a_fiscal_quarter(terms: RenewalTerms) -> None:
    quarterly = next(q for q in bridge_offers(terms) if q.kind == "quarterly")
    next_quarter = quarterly.end + timedelta(days=1)
    assert next_quarter.day == 1
    assert (next_quarter.month - terms.fiscal_year_start_month) % 3 == 0
    assert 1 <= quarterly.days <= 92


@settings(max_examples=300, deadline=None)
@given(renewal_terms())
def test_only_the_auto_renewal_clause_fits_without_a_diagnosis(terms: RenewalTerms) -> None:
    fitting = {q.kind for q in bridge_offers(terms) if q.fits}
    assert "auto_renewal_clause" in fitting
    if terms.category in (None, "none"):
        assert fitting == {"auto_renewal_clause"}


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)),
       st.integers(min_value=-24, max_value=24))
def test_add_months_clamps_to_the_month_end(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day
                                     and (moved + timedelta(days=1)).day == 1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)))
def test_check_in_is_about_half_a_year_later(day: date) -> None:
    assert 181 - 3 <= (door_open_checkin_date(day) - day).days <= 184
