"""Writes to the portfolio. Pages, the API and the CLI all call these."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from delaydesk.history import apply_changes, save_validated
from delaydesk.teams.permissions import can_edit, require

from .models import Account, Contact, Renewal
from .selectors import can_edit_account, can_edit_renewal

ACCOUNT_FIELDS = {
    "name", "external_id", "owner", "team", "segment", "language", "country", "strategic",
    "fiscal_year_start_month", "notes",
}
CONTACT_FIELDS = {"name", "email", "phone", "role", "active", "left_on"}
RENEWAL_FIELDS = {
    "external_id", "contract_start", "contract_end", "arr", "currency", "term_months",
    "auto_renew", "notice_days", "grace_days", "stage", "forecast_category",
    "conversation_started_on", "owner",
}


def account_create(*, by: Any, **fields: Any) -> Account:
    """Create an account. CSMs create accounts for their own team that they own themselves."""
    account = apply_changes(Account(), fields, allowed=ACCOUNT_FIELDS)
    if not by.is_admin:
        account.team_id = account.team_id or by.team_id
        if not by.is_team_lead:
            account.owner = by
    require(can_edit(by, team_id=account.team_id, owner_ids=(account.owner_id,)))
    with transaction.atomic():
        return save_validated(account, by=by)


def account_update(*, by: Any, account: Account, **changes: Any) -> Account:
    """Change an account; moving it to another team needs rights on both teams."""
    require(can_edit_account(by, account))
    apply_changes(account, changes, allowed=ACCOUNT_FIELDS)
    require(can_edit(by, team_id=account.team_id, owner_ids=(account.owner_id,)))
    with transaction.atomic():
        return save_validated(account, by=by)


def contact_create(*, by: Any, account: Account, **fields: Any) -> Contact:
    """Add a contact to an account."""
    require(can_edit_account(by, account) or _owns_a_renewal(by, account))
    contact = apply_changes(Contact(account=account), fields, allowed=CONTACT_FIELDS)
    with transaction.atomic():
        return save_validated(contact, by=by)


def contact_update(*, by: Any, contact: Contact, **changes: Any) -> Contact:
    """Change a contact, e.g. mark that they left the company."""
    require(can_edit_account(by, contact.account) or _owns_a_renewal(by, contact.account))
    apply_changes(contact, changes, allowed=CONTACT_FIELDS)
    if contact.left_on and "active" not in changes:
        contact.active = False
    with transaction.atomic():
        return save_validated(contact, by=by)


def renewal_create(*, by: Any, account: Account, **fields: Any) -> Renewal:
    """Create a renewal on an account; the creator owns it unless an owner is given."""
    require(can_edit_account(by, account) or (by.team_id and by.team_id == account.team_id))
    renewal = apply_changes(Renewal(account=account), fields, allowed=RENEWAL_FIELDS)
    if renewal.owner_id is None:
        renewal.owner = by
    require(can_edit_renewal(by, renewal))
    with transaction.atomic():
        return save_validated(renewal, by=by)


def renewal_update(*, by: Any, renewal: Renewal, **changes: Any) -> Renewal:
    """Change a renewal's terms, stage, forecast category or owner."""
    require(can_edit_renewal(by, renewal))
    apply_changes(renewal, changes, allowed=RENEWAL_FIELDS)
    require(can_edit_renewal(by, renewal))
    with transaction.atomic():
        locked = Renewal.objects.select_for_update().get(pk=renewal.pk)
        apply_changes(locked, changes, allowed=RENEWAL_FIELDS)
        save_validated(locked, by=by)
    renewal.refresh_from_db()
    return renewal


def renewal_change_stage(*, by: Any, renewal: Renewal, stage: str) -> Renewal:
    """Move a renewal to another stage."""
    return renewal_update(by=by, renewal=renewal, stage=stage)


def _owns_a_renewal(user: Any, account: Account) -> bool:
    return account.renewals.filter(owner_id=user.pk).exists()
