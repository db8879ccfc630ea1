"""Labels for the codes in report objects (delay types, categories, stages...), translated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template
from django.utils.translation import get_language

from delaydesk.reports import rendering

register = template.Library()


def _lang() -> Any:
    return rendering.engine_lang(get_language())


@register.filter
def category_label(code: str) -> str:
    return rendering.category_label(code)


@register.filter
def type_label(code: str) -> str:
    return rendering.type_label(code)


@register.filter
def stage_label(code: str) -> str:
    return rendering.stage_label(code)


@register.filter
def forecast_label(code: str) -> str:
    return rendering.forecast_label(code)


@register.filter
def kind_label(code: str) -> str:
    return rendering.kind_label(code)


@register.filter
def lesson_label(code: str) -> str:
    return rendering.lesson_label(code)


@register.filter
def bucket_label(code: str) -> str:
    return rendering.bucket_label(code)


@register.filter
def amounts(value: dict[str, Decimal]) -> str:
    """Per-currency amounts on one line in the active language."""
    return rendering.amounts_text(value or {}, _lang())


@register.filter
def signed_amounts(value: dict[str, Decimal]) -> str:
    """Per-currency changes with their sign."""
    parts = [rendering.signed_money(amount, currency, _lang())
             for currency, amount in sorted((value or {}).items())]
    return " · ".join(parts) if parts else "±0"


@register.filter
def week_label(week: Any) -> str:
    return rendering.week_label(week, _lang())


@register.filter
def month_label(month: Any) -> str:
    return rendering.month_label(month, _lang())


@register.filter
def quoted(text: str) -> str:
    """The text in the active language's quotation marks."""
    return rendering.quoted(text)


@register.filter
def lookup(mapping: dict[str, Any], key: str) -> Any:
    """``mapping[key]`` in a template (None when missing)."""
    return (mapping or {}).get(key)
