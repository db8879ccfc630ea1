"""Export, then import the export: nothing changes, for every role."""

import pytest

from delaydesk.imports.selectors import portfolio_export
from delaydesk.imports.services import portfolio_import
from factories import ContactFactory, RenewalFactory

from .conftest import EXAMPLE


def test_example_round_trip(example_users):
    admin = example_users["admin"]
    portfolio_import(by=admin, file=EXAMPLE.read_bytes())
    exported = portfolio_export(user=admin)
    assert exported.splitlines()[0].startswith("account_external_id,account_name,")
    assert "Stadtwerke Kießling AG" in exported and "185000.00" in exported
    again = portfolio_import(by=admin, file=exported)
    assert again.ok and again.rows == 7
    assert again.created_total == 0 and again.updated_total == 0
    assert portfolio_export(user=admin) == exported


@pytest.mark.parametrize("who", ["owner", "colleague", "lead", "admin"])
def test_each_role_exports_what_it_reads_and_can_import_it_back(roles, who):
    account = roles["account"]
    ContactFactory(account=account, name="Eva Lang", email="eva@acme.example")
    ContactFactory(account=account, name="Tom Weber", email="tom@acme.example")
    RenewalFactory(account=account, owner=roles["users"]["owner"], external_id="REN-X")
    hidden = RenewalFactory(account__team=roles["teams"][1], account__owner=roles["users"]["other"],
                            account__name="Fremdfirma GmbH")
    user = roles["users"][who]
    exported = portfolio_export(user=user)
    assert account.name in exported
    assert (hidden.account.name in exported) == (who == "admin")
    result = portfolio_import(by=user, file=exported)
    assert result.ok, result.errors
    assert result.created_total == 0 and result.updated_total == 0


def test_other_team_exports_nothing_of_team_a(roles):
    exported = portfolio_export(user=roles["users"]["other"])
    assert roles["account"].name not in exported
    assert len(exported.splitlines()) == 1
