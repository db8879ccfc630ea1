"""Bridge prices to the cent against hand-computed values, and the shape of each quote."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from delaydesk.bridges import (
    KINDS,
    BridgeSettings,
    InvalidSettings,
    InvalidTerms,
    RenewalTerms,
    bridge_offers,
)


def offers_by_kind(terms: RenewalTerms, settings: BridgeSettings | None = None) -> dict:
    quotes = bridge_offers(terms, settings or BridgeSettings())
    return {quote.kind: quote for quote in quotes}


ACCEPTANCE = RenewalTerms(
    arr=Decimal("120000"), currency="EUR", contract_end=date(2027, 3, 31), today=date(2026, 12, 1)
)

# Hand-computed: ARR x days / 365 (+ fee), month-to-month ARR / 12 x 1.2, pilot 90 days x 0.7.
PRICE_TABLE = [
    # 120000 EUR, fiscal year from January, contract ends 31 March 2027 (a quarter boundary)
    (ACCEPTANCE, "extension_30", "9863.01"),      # 3,600,000 / 365 = 9863.0137
    (ACCEPTANCE, "extension_60", "20226.03"),     # 7,200,000 / 365 = 19726.0274, + 500
    (ACCEPTANCE, "quarterly", "29917.81"),        # 91 days: 10,920,000 / 365 = 29917.8082
    (ACCEPTANCE, "month_to_month", "12000.00"),   # 10,000 x 1.20
    (ACCEPTANCE, "paid_pilot", "20712.33"),       # 10,800,000 / 365 x 0.7 = 20712.3288
    (ACCEPTANCE, "grace_period", "0.00"),
    (ACCEPTANCE, "account_hold", "0.00"),
    (ACCEPTANCE, "auto_renewal_clause", "0.00"),
]
USD = RenewalTerms(
    arr=Decimal("50000"), currency="USD", contract_end=date(2027, 6, 15), today=date(2027, 5, 1),
    fiscal_year_start_month=4,
)
PRICE_TABLE += [
    (USD, "extension_30", "4109.59"),    # 1,500,000 / 365 = 4109.5890
    (USD, "extension_60", "8719.18"),    # 3,000,000 / 365 = 8219.1781, + 500
    (USD, "quarterly", "2054.79"),       # 16-30 June, 15 days: 750,000 / 365 = 2054.7945
    (USD, "month_to_month", "5000.00"),  # 4166.6667 x 1.2
    (USD, "paid_pilot", "8630.14"),      # 4,500,000 / 365 x 0.7 = 8630.1370
]
JPY = RenewalTerms(
    arr=Decimal("1000000"), currency="JPY", contract_end=date(2027, 3, 31), today=date(2027, 1, 5)
)
PRICE_TABLE += [
    (JPY, "extension_30", "82192"),        # 82191.78
    (JPY, "extension_60", "164884"),       # 164383.56 + 500 = 164883.56
    (JPY, "quarterly", "249315"),          # 249315.07
    (JPY, "month_to_month", "100000"),     # 83333.33 x 1.2 = 100000
    (JPY, "paid_pilot", "172603"),         # 246575.34 x 0.7 = 172602.74
    (JPY, "grace_period", "0"),
]


@pytest.mark.parametrize(("terms", "kind", "expected"), PRICE_TABLE,
                         ids=[f"{t.currency}-{k}" for t, k, _ in PRICE_TABLE])
def test_price_to_the_cent(terms: RenewalTerms, kind: str, expected: str) -> None:
    quote = offers_by_kind(terms)[kind]
    assert quote.price == Decimal(expected)
    assert str(quote.price) == expected  # also the number of decimals: 0 for JPY, 2 for EUR


def test_acceptance_example_dates_and_units() -> None:
    quotes = offers_by_kind(ACCEPTANCE)
    assert list(quotes) == list(KINDS)
    expected = {
        "extension_30": ("2027-04-01", "2027-04-30", 30, "total"),
        "extension_60": ("2027-04-01", "2027-05-30", 60, "total"),
        "quarterly": ("2027-04-01", "2027-06-30", 91, "total"),
        "month_to_month": ("2027-04-01", "2027-04-30", 30, "per_month"),
        "paid_pilot": ("2027-04-01", "2027-06-29", 90, "total"),
        "grace_period": ("2027-04-01", "2027-04-15", 15, "total"),
        "account_hold": ("2027-04-01", "2027-04-14", 14, "total"),
        "auto_renewal_clause": ("2027-04-01", "2028-03-31", 366, "total"),
    }
    for kind, (start, end, days, unit) in expected.items():
        quote = quotes[kind]
        assert (quote.start.isoformat(), quote.end.isoformat(), quote.days, quote.price_unit) == (
            start, end, days, unit
        ), kind


def test_half_cent_rounds_up() -> None:
    # 10.05 / 12 x 1.2 = 1.005 exactly: half up gives 1.01 (banker's rounding would give 1.00).
    terms = RenewalTerms(arr=Decimal("10.05"), currency="EUR", contract_end=date(2027, 3, 31),
                         today=date(2027, 1, 1))
    assert offers_by_kind(terms)["month_to_month"].price == Decimal("1.01")


def test_zero_arr_costs_only_the_admin_fee() -> None:
    terms = RenewalTerms(arr=Decimal(0), currency="EUR", contract_end=date(2027, 3, 31),
                         today=date(2027, 1, 1))
    quotes = offers_by_kind(terms)
    assert quotes["extension_30"].price == Decimal("0.00")
    assert quotes["extension_60"].price == Decimal("500.00")


def test_custom_settings_change_prices() -> None:
    settings = BridgeSettings(admin_fee=Decimal("250"), month_to_month_premium=Decimal("0.15"),
                              pilot_days=60, pilot_discount=Decimal("0.5"))
    quotes = offers_by_kind(ACCEPTANCE, settings)
    assert quotes["extension_60"].price == Decimal("19976.03")  # 19726.03 + 250
    assert quotes["month_to_month"].price == Decimal("11500.00")  # 10,000 x 1.15
    assert quotes["paid_pilot"].price == Decimal("9863.01")  # 60 days: 19726.03 x 0.5
    assert quotes["paid_pilot"].days == 60


def test_english_texts_carry_the_real_figures() -> None:
    quotes = offers_by_kind(ACCEPTANCE)
    assert quotes["extension_30"].title == "30-day extension"
    assert "€9,863.01" in quotes["extension_30"].terms
    assert "1 April 2027" in quotes["extension_30"].terms
    assert "30 April 2027" in quotes["extension_30"].terms
    assert "€500.00" in quotes["extension_60"].terms
    assert "€20,226.03" in quotes["extension_60"].terms
    assert "20%" in quotes["month_to_month"].terms
    assert "31 January 2028" in quotes["auto_renewal_clause"].terms  # 60 days' notice


def test_german_texts_use_german_dates_and_money() -> None:
    terms = RenewalTerms(arr=Decimal("120000"), currency="EUR", contract_end=date(2027, 3, 31),
                         today=date(2026, 12, 1), lang="de")
    quotes = offers_by_kind(terms)
    assert quotes["grace_period"].title == "Kulanzfrist"
    ext30 = quotes["extension_30"].terms
    assert "01.04.2027" in ext30 and "30.04.2027" in ext30
    assert "9.863,01\u00a0€" in ext30
    assert "20\u00a0%" in quotes["month_to_month"].terms
    assert "30\u00a0%" in quotes["paid_pilot"].terms
    for quote in quotes.values():
        assert quote.terms.endswith(".")
        assert all(reason.endswith(".") for reason in quote.reasons)


def test_fiscal_year_named_in_quarterly_terms() -> None:
    quarterly = offers_by_kind(USD)["quarterly"]
    assert "fiscal year starting in April" in quarterly.terms
    assert "1 July 2027" in quarterly.terms


def test_to_dict_is_json_friendly() -> None:
    data = offers_by_kind(ACCEPTANCE)["extension_60"].to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["price"] == "20226.03"
    assert data["start"] == "2027-04-01" and data["end"] == "2027-05-30"
    assert set(data) == {"kind", "price", "price_unit", "currency", "start", "end", "days",
                         "title", "terms", "fits", "reasons"}


def test_invalid_terms_report_every_field_in_the_chosen_language() -> None:
    with pytest.raises(InvalidTerms) as caught:
        RenewalTerms(arr=Decimal("-1"), currency="XYZ", contract_end=date(2027, 3, 31),
                     today=date(2027, 1, 1), fiscal_year_start_month=13, lang="de")
    error = caught.value
    assert isinstance(error, ValueError)
    assert set(error.errors) == {"arr", "currency", "fiscal_year_start_month"}
    assert error.errors["arr"] == "Der ARR darf nicht negativ sein."
    assert "XYZ" in error.errors["currency"]
    assert error.errors_in("en")["fiscal_year_start_month"].startswith("The fiscal year")


def test_invalid_language_is_reported_in_english() -> None:
    with pytest.raises(InvalidTerms) as caught:
        RenewalTerms(arr=Decimal(1), currency="EUR", contract_end=date(2027, 3, 31),
                     today=date(2027, 1, 1), lang="fr")  # type: ignore[arg-type]
    assert caught.value.errors == {"lang": "The language must be 'de' or 'en'."}


@pytest.mark.parametrize("arr", ["abc", "NaN", "Infinity", None])
def test_arr_must_be_a_finite_number(arr: object) -> None:
    with pytest.raises(InvalidTerms) as caught:
        RenewalTerms(arr=arr, currency="EUR", contract_end=date(2027, 3, 31),  # type: ignore[arg-type]
                     today=date(2027, 1, 1))
    assert "arr" in caught.value.errors


def test_terms_normalise_currency_and_numbers() -> None:
    terms = RenewalTerms(arr="1200.50", currency=" eur ", contract_end=date(2027, 3, 31),  # type: ignore[arg-type]
                         today=date(2027, 1, 1))
    assert terms.arr == Decimal("1200.50")
    assert terms.currency == "EUR"


@pytest.mark.parametrize("premium", ["0.14", "0.26", "-0.2", "abc"])
def test_month_to_month_premium_must_stay_within_bounds(premium: str) -> None:
    with pytest.raises(InvalidSettings) as caught:
        BridgeSettings(month_to_month_premium=Decimal(premium) if premium != "abc" else premium)  # type: ignore[arg-type]
    assert "0.15" in str(caught.value) and "0.25" in str(caught.value)
    assert "0,15" in caught.value.errors_in("de")["month_to_month_premium"]


@pytest.mark.parametrize("premium", ["0.15", "0.25", "0.175"])
def test_premium_bounds_are_inclusive(premium: str) -> None:
    assert BridgeSettings(month_to_month_premium=Decimal(premium)).month_to_month_premium == (
        Decimal(premium)
    )


def test_settings_validation_covers_days_fee_and_discount() -> None:
    with pytest.raises(InvalidSettings) as caught:
        BridgeSettings(extension_30_days=60, extension_60_days=30, admin_fee=Decimal("-1"),
                       pilot_discount=Decimal("1"), grace_days=0)
    assert set(caught.value.errors) == {"extension_60_days", "admin_fee", "pilot_discount",
                                        "grace_days"}


def test_settings_round_trip_through_json() -> None:
    settings = BridgeSettings(admin_fee=Decimal("750.50"), month_to_month_premium=Decimal("0.18"),
                              hold_days=10)
    stored = json.loads(json.dumps(settings.to_dict()))
    assert stored["admin_fee"] == "750.50"
    assert stored["hold_days"] == 10
    assert BridgeSettings.from_dict(stored) == settings


def test_settings_from_partial_json_keep_defaults() -> None:
    settings = BridgeSettings.from_dict({"admin_fee": "300", "grace_days": "20",
                                         "pilot_discount": 0.25})
    assert settings.admin_fee == Decimal("300")
    assert settings.grace_days == 20
    assert settings.pilot_discount == Decimal("0.25")
    assert settings.extension_30_days == 30


def test_settings_from_dict_rejects_unknown_keys() -> None:
    with pytest.raises(InvalidSettings) as caught:
        BridgeSettings.from_dict({"admin_fees": "300"})
    assert "admin_fees" in caught.value.errors
