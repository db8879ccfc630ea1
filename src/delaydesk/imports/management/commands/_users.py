"""Shared by the import and export commands: the acting user."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from delaydesk.teams.models import User


def active_user(username: str) -> User:
    """The active user whose permissions the command applies."""
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(_("No active user named %(name)s.") % {"name": username})
    return user
