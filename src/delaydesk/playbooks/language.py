"""Languages the playbooks speak, and dates written the way each language writes them."""

from __future__ import annotations

from datetime import date

LANGS: tuple[str, ...] = ("de", "en")

MONTHS_EN: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_DE: tuple[str, ...] = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)


def check_lang(lang: str) -> str:
    """Return the normalised language code ("de" or "en"), or raise ValueError."""
    normalised = (lang or "").strip().lower()[:2]
    if normalised not in LANGS:
        raise ValueError(f"unsupported language: {lang!r} (use 'de' or 'en')")
    return normalised


def format_date(day: date, lang: str) -> str:
    """Write a date for people: ``31.03.2027`` in German, ``31 March 2027`` in English."""
    if check_lang(lang) == "de":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def voice(lang: str, formal: bool) -> str:
    """The text variant to use: ``en``, ``de_sie`` or ``de_du``."""
    if check_lang(lang) == "en":
        return "en"
    return "de_sie" if formal else "de_du"
