"""Dates written the way each language writes them: 31.03.2027 in German, 31 March 2027 in
English. Pure Python (no Django), like money.py, so the engines, pages, e-mails and PDFs agree.
"""

from __future__ import annotations

from datetime import date

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni",
           "Juli", "August", "September", "Oktober", "November", "Dezember"),
}
# Short forms for chart axes, as each language abbreviates them.
SHORT_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov",
           "Dez"),
}


def text_lang(lang: str) -> str:
    """``"de"`` or ``"en"`` from a language code such as ``de-AT``; ValueError otherwise."""
    normalised = (lang or "").strip().lower()[:2]
    if normalised not in MONTHS:
        raise ValueError(f"unsupported language: {lang!r} (use 'de' or 'en')")
    return normalised


def format_date(day: date, lang: str) -> str:
    """``31.03.2027`` in German, ``31 March 2027`` in English."""
    if text_lang(lang) == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def month_name(month: int, lang: str, *, short: bool = False) -> str:
    """The name of a calendar month (1-12), or its short form for chart axes."""
    return (SHORT_MONTHS if short else MONTHS)[text_lang(lang)][month - 1]
