"""Languages the playbooks speak, and the German voice (Sie or du) of a text."""

from __future__ import annotations

from delaydesk.dates import format_date, text_lang

__all__ = ["LANGS", "check_lang", "format_date", "voice"]

LANGS: tuple[str, ...] = ("de", "en")

# The checks and the date format are the project's one way of writing dates (delaydesk.dates).
check_lang = text_lang


def voice(lang: str, formal: bool) -> str:
    """The text variant to use: ``en``, ``de_sie`` or ``de_du``."""
    if check_lang(lang) == "en":
        return "en"
    return "de_sie" if formal else "de_du"
