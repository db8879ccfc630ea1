"""Who may see and change what. Every page, endpoint and command goes through here.

- A CSM reads everything of their team and changes what they own.
- A team lead reads and changes everything of their team.
- An administrator reads and changes everything.
"""

from __future__ import annotations

from typing import Any, TypedDict

from django.core.exceptions import PermissionDenied
from django.db.models import Q


class Scope(TypedDict):
    """The paths from a model to its team and owners, as ``scoped`` takes them."""

    team_path: str
    owner_paths: tuple[str, ...]


def scope_q(user: Any, *, team_path: str, owner_paths: tuple[str, ...]) -> Q | None:
    """A filter for the rows ``user`` may read; None means everything."""
    if not user.is_authenticated or not user.is_active:
        return Q(pk__in=[])
    if user.is_admin:
        return None
    query = Q()
    for path in owner_paths:
        query |= Q(**{path: user})
    if user.team_id:
        query |= Q(**{f"{team_path}_id": user.team_id})
    return query


def scoped(queryset: Any, user: Any, *, team_path: str, owner_paths: tuple[str, ...]) -> Any:
    """Restrict ``queryset`` to what ``user`` may read."""
    query = scope_q(user, team_path=team_path, owner_paths=owner_paths)
    return queryset if query is None else queryset.filter(query).distinct()


def can_edit(user: Any, *, team_id: int | None, owner_ids: tuple[int | None, ...]) -> bool:
    """Whether ``user`` may change a record of that team with those owners."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_admin:
        return True
    if user.is_team_lead and user.team_id is not None and user.team_id == team_id:
        return True
    return user.pk in owner_ids


def require(allowed: bool) -> None:
    """Raise PermissionDenied unless ``allowed``."""
    if not allowed:
        raise PermissionDenied
