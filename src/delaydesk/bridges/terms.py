"""Inputs of the bridges engine: the admin's bridge settings and one renewal's terms.

Both validate themselves on creation and report every problem at once, per field, in
German and English, so a form, the API and the CLI can show the same messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

from delaydesk.bridges.dates import Lang
from delaydesk.money import UnknownCurrency, check_currency

LANGS: tuple[Lang, ...] = get_args(Lang)
CATEGORIES: tuple[str, ...] = ("administrative", "decision", "risk", "none")
DELAY_TYPES: tuple[str, ...] = (
    "budget", "process", "alignment", "champion_change", "priority",
    "hidden_problem", "shopping", "unknown",
)
RELATIONSHIPS: tuple[str, ...] = ("strong", "neutral", "strained")

MONTH_TO_MONTH_PREMIUM_MIN = Decimal("0.15")
MONTH_TO_MONTH_PREMIUM_MAX = Decimal("0.25")


class BridgeInputError(ValueError):
    """Invalid input, with one message per field in German and English.

    ``errors`` holds the messages in the chosen language; ``errors_in(lang)`` gives the other.
    """

    def __init__(self, messages: Mapping[str, Mapping[str, str]], lang: Lang = "en") -> None:
        self.messages: dict[str, dict[str, str]] = {k: dict(v) for k, v in messages.items()}
        self.lang: Lang = lang
        self.errors: dict[str, str] = self.errors_in(lang)
        super().__init__("; ".join(f"{field}: {text}" for field, text in self.errors.items()))

    def errors_in(self, lang: Lang) -> dict[str, str]:
        """Return the per-field messages in ``lang``."""
        return dict(self.messages[lang])


class InvalidTerms(BridgeInputError):
    """The renewal terms cannot be priced (negative ARR, unknown currency, bad month...)."""


class InvalidSettings(BridgeInputError):
    """The bridge or walk-away settings are outside what the product allows."""


class Problems:
    """Collects per-field messages in both languages before raising one error for all."""

    def __init__(self) -> None:
        self.messages: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}

    def add(self, field: str, en: str, de: str) -> None:
        """Record a problem with ``field``; the first problem per field wins."""
        self.messages["en"].setdefault(field, en)
        self.messages["de"].setdefault(field, de)

    def __bool__(self) -> bool:
        return bool(self.messages["en"])


def to_decimal(value: object) -> Decimal | None:
    """Read a finite Decimal from a Decimal, int, str or float; ``None`` if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = str(value)  # via str, so 0.2 stays 0.2 rather than its binary neighbour
    if not isinstance(value, Decimal | int | str):
        return None
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def to_int(value: object) -> int | None:
    """Read a whole number from an int or a digit string; ``None`` if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _check_days(problems: Problems, field: str, value: object, minimum: int = 1) -> None:
    number = to_int(value)
    if number is None or number < minimum:
        problems.add(
            field,
            f"Enter a whole number of days of at least {minimum}.",
            f"Bitte geben Sie eine ganze Zahl von mindestens {minimum} Tagen an.",
        )


_DAY_FIELDS = (
    "extension_30_days", "extension_60_days", "pilot_days", "grace_days", "hold_days",
    "auto_renew_notice_days", "offboarding_lead_days",
)


@dataclass(frozen=True)
class BridgeSettings:
    """The bridge terms an admin can change; the defaults follow common practice.

    Amounts are in the renewal's currency. ``offboarding_lead_days`` is how long before the
    contract end offboarding starts in the "does not renew" scenario.
    """

    extension_30_days: int = 30
    extension_60_days: int = 60
    admin_fee: Decimal = Decimal("500")
    month_to_month_premium: Decimal = Decimal("0.20")
    pilot_days: int = 90
    pilot_discount: Decimal = Decimal("0.30")
    grace_days: int = 15
    hold_days: int = 14
    auto_renew_notice_days: int = 60
    offboarding_lead_days: int = 30

    def __post_init__(self) -> None:
        problems = Problems()
        for name in _DAY_FIELDS:
            minimum = 0 if name == "offboarding_lead_days" else 1
            _check_days(problems, name, getattr(self, name), minimum)
        short, long_ = to_int(self.extension_30_days), to_int(self.extension_60_days)
        if short is not None and long_ is not None and long_ <= short:
            problems.add(
                "extension_60_days",
                "The longer extension must be longer than the shorter one.",
                "Die längere Verlängerung muss länger sein als die kürzere.",
            )

        fee = to_decimal(self.admin_fee)
        if fee is None or fee < 0:
            problems.add(
                "admin_fee",
                "The admin fee must be an amount of zero or more.",
                "Die Bearbeitungsgebühr muss ein Betrag von null oder mehr sein.",
            )
        premium = to_decimal(self.month_to_month_premium)
        if premium is None or not (
            MONTH_TO_MONTH_PREMIUM_MIN <= premium <= MONTH_TO_MONTH_PREMIUM_MAX
        ):
            problems.add(
                "month_to_month_premium",
                "The month-to-month premium must be between 0.15 and 0.25 (15% to 25%).",
                "Der Aufschlag für die monatliche Laufzeit muss zwischen 0,15 und 0,25 "
                "(15 % bis 25 %) liegen.",
            )
        discount = to_decimal(self.pilot_discount)
        if discount is None or not (0 <= discount < 1):
            problems.add(
                "pilot_discount",
                "The pilot discount must be at least 0 and below 1 (0% to under 100%).",
                "Der Pilotrabatt muss mindestens 0 und kleiner als 1 sein "
                "(0 % bis unter 100 %).",
            )
        if problems:
            raise InvalidSettings(problems.messages)
        # Normalise JSON-ish input (strings, floats) to the declared types.
        for name in ("admin_fee", "month_to_month_premium", "pilot_discount"):
            object.__setattr__(self, name, to_decimal(getattr(self, name)))
        for name in _DAY_FIELDS:
            object.__setattr__(self, name, to_int(getattr(self, name)))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BridgeSettings:
        """Build settings from stored JSON; missing keys keep their defaults."""
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InvalidSettings({
                "en": {key: "Unknown bridge setting." for key in unknown},
                "de": {key: "Unbekannte Einstellung für Brückenlösungen." for key in unknown},
            })
        return cls(**dict(data))

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as JSON-friendly values (amounts and rates as strings)."""
        result: dict[str, Any] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            result[field.name] = str(value) if isinstance(value, Decimal) else value
        return result


DEFAULT_BRIDGE_SETTINGS = BridgeSettings()


@dataclass(frozen=True)
class RenewalTerms:
    """One renewal as the bridges engine sees it.

    ``arr`` is the annual recurring revenue in ``currency``; ``contract_end`` the last day of
    the current contract. The optional diagnosis context decides which bridges fit:
    ``category`` (administrative, decision, risk, none), ``delay_type`` (the seven delay
    types or ``unknown``), ``relationship`` (strong, neutral, strained), whether the
    customer truly ``needs_flexibility``, whether they voiced ``value_doubts`` ("we need to
    see more value"), and how many ``extensions_granted`` so far; those count as without
    progress unless ``progress_since_last_extension`` is set.
    """

    arr: Decimal
    currency: str
    contract_end: date
    today: date
    fiscal_year_start_month: int = 1
    lang: Lang = "en"
    category: str | None = None
    delay_type: str | None = None
    relationship: str | None = None
    needs_flexibility: bool = False
    value_doubts: bool = False
    extensions_granted: int = 0
    progress_since_last_extension: bool = False

    def __post_init__(self) -> None:
        problems = Problems()
        lang: Lang = self.lang if self.lang in LANGS else "en"
        if self.lang not in LANGS:
            problems.add(
                "lang",
                "The language must be 'de' or 'en'.",
                "Die Sprache muss „de“ oder „en“ sein.",
            )

        arr = to_decimal(self.arr)
        if arr is None:
            problems.add("arr", "The ARR must be a number.", "Der ARR muss eine Zahl sein.")
        elif arr < 0:
            problems.add(
                "arr",
                "The ARR must be zero or more.",
                "Der ARR darf nicht negativ sein.",
            )

        currency = self.currency if isinstance(self.currency, str) else ""
        try:
            currency = check_currency(currency)
        except UnknownCurrency:
            shown = str(self.currency).strip()
            problems.add(
                "currency",
                f"Unknown currency '{shown}': use an ISO 4217 code such as EUR or USD.",
                f"Unbekannte Währung „{shown}“: Bitte geben Sie einen ISO-4217-Code "
                "wie EUR oder USD an.",
            )

        dates: dict[str, date] = {}
        for name, en_label, de_label in (
            ("contract_end", "contract end", "Vertragsende"),
            ("today", "today's date", "das heutige Datum"),
        ):
            value = getattr(self, name)
            if isinstance(value, datetime):
                dates[name] = value.date()
            elif isinstance(value, date):
                dates[name] = value
            else:
                problems.add(
                    name,
                    f"The {en_label} must be a date.",
                    f"Für {de_label} wird ein Datum benötigt.",
                )

        month = to_int(self.fiscal_year_start_month)
        if month is None or not 1 <= month <= 12:
            problems.add(
                "fiscal_year_start_month",
                "The fiscal year must start in a month from 1 to 12.",
                "Das Geschäftsjahr muss in einem Monat von 1 bis 12 beginnen.",
            )
        if self.category is not None and self.category not in CATEGORIES:
            problems.add(
                "category",
                "The category must be administrative, decision, risk or none.",
                "Die Kategorie muss administrative, decision, risk oder none sein.",
            )
        if self.delay_type is not None and self.delay_type not in DELAY_TYPES:
            problems.add(
                "delay_type",
                "Unknown delay type.",
                "Unbekannte Art der Verzögerung.",
            )
        if self.relationship is not None and self.relationship not in RELATIONSHIPS:
            problems.add(
                "relationship",
                "The relationship must be strong, neutral or strained.",
                "Die Beziehung muss strong, neutral oder strained sein.",
            )
        extensions = to_int(self.extensions_granted)
        if extensions is None or extensions < 0:
            problems.add(
                "extensions_granted",
                "The number of extensions granted must be zero or more.",
                "Die Zahl der gewährten Verlängerungen darf nicht negativ sein.",
            )
        if problems:
            raise InvalidTerms(problems.messages, lang)

        object.__setattr__(self, "arr", arr)
        object.__setattr__(self, "currency", currency)
        object.__setattr__(self, "contract_end", dates["contract_end"])
        object.__setattr__(self, "today", dates["today"])
        object.__setattr__(self, "fiscal_year_start_month", month)
        object.__setattr__(self, "extensions_granted", extensions)

    @property
    def bridge_start(self) -> date:
        """The first day a bridge covers: the day after the contract ends."""
        return self.contract_end + timedelta(days=1)

    @property
    def days_to_contract_end(self) -> int:
        """Days from today to the contract end (negative once it has passed)."""
        return (self.contract_end - self.today).days

    @property
    def stalled_extensions(self) -> int:
        """Extensions granted that brought no progress."""
        return 0 if self.progress_since_last_extension else self.extensions_granted
