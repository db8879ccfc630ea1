"""Importing the same file again changes nothing: no new records, no updates, no history."""

from delaydesk.imports.services import portfolio_import
from delaydesk.portfolio.models import Account, Contact, Renewal

from .conftest import EXAMPLE, make_csv


def _counts():
    return (Account.objects.count(), Renewal.objects.count(), Contact.objects.count(),
            Account.history.count(), Renewal.history.count(), Contact.history.count())


def test_second_import_changes_nothing(example_users):
    data = EXAMPLE.read_bytes()
    portfolio_import(by=example_users["admin"], file=data)
    before = _counts()
    again = portfolio_import(by=example_users["admin"], file=data)
    assert again.ok and again.created_total == 0 and again.updated_total == 0
    assert _counts() == before


def test_changed_cell_updates_only_that_record(roles):
    lead = roles["users"]["lead"]
    portfolio_import(by=lead, file=make_csv([{}]))
    result = portfolio_import(by=lead, file=make_csv([{"stage": "delayed"}]))
    assert result.updated == {"accounts": 0, "renewals": 1, "contacts": 0}
    assert Renewal.objects.get(external_id="REN-1").stage == "delayed"


def test_without_external_ids_accounts_match_by_name_and_renewals_by_contract_end(roles):
    rows = [{"account_external_id": "", "renewal_external_id": ""}]
    owner = roles["users"]["owner"]
    portfolio_import(by=owner, file=make_csv(rows))
    before = _counts()
    again = portfolio_import(by=owner, file=make_csv(rows))
    assert again.ok and again.created_total == 0 and _counts() == before
