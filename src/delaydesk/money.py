"""Money as Decimal with an ISO 4217 currency: rounding and locale formatting in one place.

Pure Python (no Django), so the engines and the web app round and print money the same way.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# Minor units per ISO 4217 for the currencies DelayDesk accepts. Anything else is rejected.
CURRENCY_DECIMALS: dict[str, int] = {
    "EUR": 2, "USD": 2, "GBP": 2, "CHF": 2, "SEK": 2, "NOK": 2, "DKK": 2, "PLN": 2, "CZK": 2,
    "HUF": 2, "CAD": 2, "AUD": 2, "NZD": 2, "SGD": 2, "HKD": 2, "INR": 2, "BRL": 2, "MXN": 2,
    "ZAR": 2, "CNY": 2, "ILS": 2, "TRY": 2, "AED": 2, "JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0,
}

CURRENCY_SYMBOLS: dict[str, str] = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


class UnknownCurrency(ValueError):
    """Raised for a currency code that is not a supported ISO 4217 code."""


def check_currency(code: str) -> str:
    """Return the upper-case ISO code, or raise UnknownCurrency."""
    normalised = (code or "").strip().upper()
    if normalised not in CURRENCY_DECIMALS:
        raise UnknownCurrency(code)
    return normalised


def round_money(amount: Decimal | int | str, currency: str) -> Decimal:
    """Round half up to the currency's minor unit (0 decimals for JPY, 2 for EUR)."""
    places = CURRENCY_DECIMALS[check_currency(currency)]
    exponent = Decimal(1).scaleb(-places)
    return Decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal | int | str, currency: str, lang: str = "en") -> str:
    """Format for people: ``1.234,56 €`` in German, ``€1,234.56`` in English."""
    code = check_currency(currency)
    value = round_money(amount, code)
    places = CURRENCY_DECIMALS[code]
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{places}f}"  # 1,234.56
    symbol = CURRENCY_SYMBOLS.get(code)
    if lang == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return f"{sign}{text}\u00a0{symbol or code}"
    if symbol:
        return f"{sign}{symbol}{text}"
    return f"{sign}{code}\u00a0{text}"
