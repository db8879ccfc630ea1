"""Validated, audited writes: every service saves through here."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

M = TypeVar("M", bound=models.Model)


def apply_changes(instance: M, changes: dict[str, Any], *, allowed: set[str]) -> M:
    """Set ``changes`` on ``instance``; unknown or forbidden fields are a validation error."""
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    meta = instance._meta
    empty = [name for name, value in changes.items()
             if value is None
             and not meta.get_field(name).null]  # type: ignore[union-attr]  # GFK subclasses Field
    if empty:
        # Django's own message, so it arrives translated.
        raise ValidationError({name: _("This field cannot be null.") for name in empty})
    for name, value in changes.items():
        setattr(instance, name, value)
    return instance


def save_validated(instance: M, *, by: Any, reason: str = "") -> M:
    """Run every model validation, then save with ``by`` recorded in the change history."""
    instance.full_clean()
    instance._history_user = by  # type: ignore[attr-defined]
    if reason:
        instance._change_reason = reason  # type: ignore[attr-defined]
    instance.save()
    return instance
