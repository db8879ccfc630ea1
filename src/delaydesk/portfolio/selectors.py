"""Reads of the portfolio, always restricted to what the user may see."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from delaydesk.delays.models import Delay, DelayStatus, NextStep
from delaydesk.teams.permissions import Scope, can_edit, scoped

from .models import Account, Contact, Renewal

RENEWAL_SCOPE: Scope = {"team_path": "account__team", "owner_paths": ("owner", "account__owner")}
ACCOUNT_SCOPE: Scope = {"team_path": "team", "owner_paths": ("owner", "renewals__owner")}


def accounts_for(user: Any) -> QuerySet[Account]:
    """Accounts ``user`` may read."""
    return scoped(Account.objects.select_related("owner", "team"), user, **ACCOUNT_SCOPE)


def account_get(user: Any, pk: int) -> Account:
    """One readable account, or 404 (never 403: other teams' records stay invisible)."""
    try:
        return accounts_for(user).get(pk=pk)
    except (Account.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def contacts_for(user: Any) -> QuerySet[Contact]:
    """Contacts of the accounts ``user`` may read."""
    return Contact.objects.filter(account__in=accounts_for(user).values("pk")).select_related(
        "account"
    )


def contact_get(user: Any, pk: int) -> Contact:
    try:
        return contacts_for(user).get(pk=pk)
    except (Contact.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def renewals_for(user: Any) -> QuerySet[Renewal]:
    """Renewals ``user`` may read, ordered by contract end."""
    queryset = Renewal.objects.select_related("account", "account__team", "owner")
    return scoped(queryset, user, **RENEWAL_SCOPE).order_by("contract_end", "id")


def renewal_get(user: Any, pk: int) -> Renewal:
    try:
        return renewals_for(user).get(pk=pk)
    except (Renewal.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def can_edit_account(user: Any, account: Account) -> bool:
    return can_edit(user, team_id=account.team_id, owner_ids=(account.owner_id,))


def can_edit_renewal(user: Any, renewal: Renewal) -> bool:
    return can_edit(
        user,
        team_id=renewal.account.team_id,
        owner_ids=(renewal.owner_id, renewal.account.owner_id),
    )


@dataclass(frozen=True)
class PipelineFilters:
    owner_id: int | None = None
    team_id: int | None = None
    stage: str = ""
    category: str = ""
    due_within_days: int | None = None
    include_closed: bool = False
    query: str = ""


def pipeline(user: Any, filters: PipelineFilters) -> QuerySet[Renewal]:
    """The renewals pipeline: contract end ascending, with the open delay and next step due."""
    open_delays = Delay.objects.filter(renewal=OuterRef("pk"), status=DelayStatus.OPEN).order_by(
        "-risk", "-communicated_on"
    )
    open_steps = NextStep.objects.filter(renewal=OuterRef("pk"), done_on__isnull=True).order_by(
        "due_on"
    )
    queryset = renewals_for(user).annotate(
        open_delay_category=Subquery(open_delays.values("category")[:1]),
        open_delay_type=Subquery(open_delays.values("assessed_type")[:1]),
        open_delay_risk=Subquery(open_delays.values("risk")[:1]),
        next_step_due=Subquery(open_steps.values("due_on")[:1]),
        next_step_what=Subquery(open_steps.values("what")[:1]),
    )
    if not filters.include_closed and not filters.stage:
        queryset = queryset.exclude(stage__in=["renewed", "churned", "walked_away"])
    if filters.owner_id:
        queryset = queryset.filter(owner_id=filters.owner_id)
    if filters.team_id:
        queryset = queryset.filter(account__team_id=filters.team_id)
    if filters.stage:
        queryset = queryset.filter(stage=filters.stage)
    if filters.category:
        queryset = queryset.filter(
            Exists(
                Delay.objects.filter(
                    renewal=OuterRef("pk"), status=DelayStatus.OPEN, category=filters.category
                )
            )
        )
    if filters.due_within_days is not None:
        limit = timezone.localdate() + dt.timedelta(days=filters.due_within_days)
        queryset = queryset.filter(contract_end__lte=limit)
    if filters.query:
        queryset = queryset.filter(account__name__icontains=filters.query)
    return queryset


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    who: str
    record: str
    what: str
    changes: list[tuple[str, str, str]]


def _entries(history_qs: Any, label: Any) -> list[HistoryEntry]:
    entries = []
    for record in history_qs.select_related("history_user").order_by("history_date")[:500]:
        changes: list[tuple[str, str, str]] = []
        previous = record.prev_record
        if previous is not None:
            delta = record.diff_against(previous)
            for change in delta.changes:
                field = record.instance._meta.get_field(change.field)
                changes.append((str(field.verbose_name), str(change.old), str(change.new)))
        entries.append(HistoryEntry(
            at=record.history_date,
            who=str(record.history_user) if record.history_user else "",
            record=f"{label}: {record.instance}",
            what=record.get_history_type_display(),
            changes=changes,
        ))
    return entries


def account_history(account: Account) -> list[HistoryEntry]:
    """Every change to the account, its contacts and renewals: who, when, what (newest first)."""
    from django.utils.translation import gettext as _

    entries = _entries(Account.history.filter(id=account.pk), _("Account"))
    entries += _entries(Contact.history.filter(account_id=account.pk), _("Contact"))
    entries += _entries(Renewal.history.filter(account_id=account.pk), _("Renewal"))
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


def renewal_history(renewal: Renewal) -> list[HistoryEntry]:
    """Every change to the renewal and its delay log (newest first)."""
    from django.utils.translation import gettext as _

    from delaydesk.delays.models import Action

    entries = _entries(Renewal.history.filter(id=renewal.pk), _("Renewal"))
    entries += _entries(Delay.history.filter(renewal_id=renewal.pk), _("Delay"))
    entries += _entries(Action.history.filter(delay__renewal_id=renewal.pk), _("Action"))
    entries += _entries(NextStep.history.filter(renewal_id=renewal.pk), _("Next step"))
    return sorted(entries, key=lambda entry: entry.at, reverse=True)
