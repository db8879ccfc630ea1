"""Template filters for money, days left and badges, formatted for the active language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import get_language, ngettext

from delaydesk.money import format_money

register = template.Library()


@register.filter
def money(amount: Decimal | None, currency: str = "EUR") -> str:
    """1.234,56 € in German, €1,234.56 in English."""
    if amount is None or amount == "":
        return ""
    lang = (get_language() or "en")[:2]
    return format_money(amount, currency or "EUR", lang)


@register.filter
def days_until(day: dt.date | None) -> int | None:
    if not day:
        return None
    return (day - timezone.localdate()).days


@register.filter
def days_left_label(day: dt.date | None) -> str:
    """“in 12 days”, “today”, “3 days ago” in the active language."""
    if not day:
        return ""
    days = (day - timezone.localdate()).days
    if days == 0:
        return ngettext("today", "today", 1)
    if days > 0:
        return ngettext("in %(n)d day", "in %(n)d days", days) % {"n": days}
    return ngettext("%(n)d day ago", "%(n)d days ago", -days) % {"n": -days}


@register.filter
def is_past(day: dt.date | None) -> bool:
    return bool(day and day < timezone.localdate())


@register.simple_tag(takes_context=True)
def query_with(context: Any, **changes: Any) -> str:
    """The current query string with some parameters replaced (for filters and pages)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()
