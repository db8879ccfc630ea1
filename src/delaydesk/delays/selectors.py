"""Reads of the delay log, restricted to what the user may see."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from delaydesk.teams.permissions import scoped

from .models import Action, Delay, NextStep

_SCOPE = {
    "team_path": "renewal__account__team",
    "owner_paths": ("renewal__owner", "renewal__account__owner"),
}


def delays_for(user: Any) -> QuerySet[Delay]:
    return scoped(
        Delay.objects.select_related("renewal", "renewal__account", "created_by"), user, **_SCOPE
    )


def delay_get(user: Any, pk: int) -> Delay:
    try:
        return delays_for(user).get(pk=pk)
    except (Delay.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def actions_for(user: Any) -> QuerySet[Action]:
    return scoped(
        Action.objects.select_related("delay", "delay__renewal"),
        user,
        team_path="delay__renewal__account__team",
        owner_paths=("delay__renewal__owner", "delay__renewal__account__owner"),
    )


def next_steps_for(user: Any) -> QuerySet[NextStep]:
    return scoped(
        NextStep.objects.select_related("renewal", "renewal__account", "owner", "delay"),
        user,
        **_SCOPE,
    )


def next_step_get(user: Any, pk: int) -> NextStep:
    try:
        return next_steps_for(user).get(pk=pk)
    except (NextStep.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
