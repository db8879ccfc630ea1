"""Exporting the portfolio as CSV in the import format, limited to what the user may read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from delaydesk.portfolio.models import Account, Contact, Renewal
from delaydesk.portfolio.selectors import accounts_for, renewals_for

from . import csv_format as fmt


def _yes_no(value: bool) -> str:
    return "true" if value else "false"


def _account_cells(account: Account) -> dict[str, str]:
    return {
        "account_external_id": account.external_id,
        "account_name": account.name,
        "segment": account.segment,
        "language": account.language,
        "country": account.country,
        "strategic": _yes_no(account.strategic),
        "fiscal_year_start_month": str(account.fiscal_year_start_month),
        "owner": account.owner.username if account.owner else "",
        "team": account.team.name if account.team else "",
    }


def _renewal_cells(renewal: Renewal) -> dict[str, str]:
    return {
        "renewal_external_id": renewal.external_id,
        "contract_start": renewal.contract_start.isoformat(),
        "contract_end": renewal.contract_end.isoformat(),
        "arr": str(renewal.arr),
        "currency": renewal.currency,
        "term_months": str(renewal.term_months),
        "auto_renew": _yes_no(renewal.auto_renew),
        "notice_days": str(renewal.notice_days),
        "grace_days": str(renewal.grace_days),
        "stage": renewal.stage,
        "forecast_category": renewal.forecast_category,
    }


def _contact_cells(contact: Contact) -> dict[str, str]:
    return {"contact_name": contact.name, "contact_email": contact.email,
            "contact_role": contact.role}


def portfolio_rows(*, user: Any) -> Iterator[dict[str, str]]:
    """One row per renewal, with the account; contacts fill the rows one each, and extra rows
    carry an account's further contacts (or the account alone when it has neither)."""
    accounts = list(accounts_for(user).order_by("name", "pk"))
    renewals: dict[int, list[Renewal]] = defaultdict(list)
    for renewal in renewals_for(user).filter(account__in=[a.pk for a in accounts]).order_by(
            "contract_end", "pk"):
        renewals[renewal.account_id].append(renewal)
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for contact in Contact.objects.filter(account__in=[a.pk for a in accounts]).order_by(
            "name", "pk"):
        contacts[contact.account_id].append(contact)
    for account in accounts:
        account_cells = _account_cells(account)
        own_renewals, own_contacts = renewals[account.pk], contacts[account.pk]
        for index in range(max(len(own_renewals), len(own_contacts), 1)):
            row = dict(account_cells)
            if index < len(own_renewals):
                row.update(_renewal_cells(own_renewals[index]))
            if index < len(own_contacts):
                row.update(_contact_cells(own_contacts[index]))
            yield row


def portfolio_export(*, user: Any) -> str:
    """Everything ``user`` may read as portfolio CSV (comma separated, ISO dates, UTF-8)."""
    return fmt.write_rows(portfolio_rows(user=user))
