"""Who may import what: admins anything, leads their team, CSMs the accounts they own."""

import pytest

from delaydesk.imports.services import portfolio_import
from delaydesk.portfolio.models import Account, Renewal

from .conftest import make_csv


def test_team_lead_cannot_import_into_another_team(roles):
    result = portfolio_import(by=roles["users"]["lead"], file=make_csv([{"team": "Team B",
                                                                         "owner": "other"}]))
    assert [(e.row, e.column) for e in result.errors] == [(2, "team")]
    assert "Team A" in result.errors[0].message
    assert not Account.objects.filter(external_id="ACC-1").exists()


def test_admin_imports_into_any_team(roles):
    result = portfolio_import(by=roles["users"]["admin"], file=make_csv([{"team": "Team B",
                                                                          "owner": "other"}]))
    assert result.ok
    assert Account.objects.get(external_id="ACC-1").team == roles["teams"][1]


def test_csm_imports_their_own_accounts(roles):
    result = portfolio_import(by=roles["users"]["owner"], file=make_csv([{"team": ""}]))
    assert result.ok
    account = Account.objects.get(external_id="ACC-1")
    assert account.owner == roles["users"]["owner"] and account.team == roles["teams"][0]


def test_csm_cannot_import_accounts_for_someone_else(roles):
    result = portfolio_import(by=roles["users"]["colleague"], file=make_csv([{}]))
    assert [(e.row, e.column) for e in result.errors] == [(2, "owner")]


def test_csm_cannot_change_a_colleagues_account(roles):
    account = roles["account"]
    account.external_id = "ACC-OWNER"
    account.save()
    result = portfolio_import(by=roles["users"]["colleague"], file=make_csv([{
        "account_external_id": "ACC-OWNER", "account_name": account.name, "owner": "",
        "segment": "Enterprise"}]))
    assert [(e.row, e.column) for e in result.errors] == [(2, "account_external_id")]
    account.refresh_from_db()
    assert account.segment == ""


@pytest.mark.parametrize("who", ["owner", "lead"])
def test_records_of_other_teams_cannot_be_reached_by_external_id(roles, who):
    team_b = roles["teams"][1]
    hidden = Account.objects.create(name="Versteckt AG", external_id="ACC-B", team=team_b,
                                    owner=roles["users"]["other"])
    result = portfolio_import(by=roles["users"][who], file=make_csv([{
        "account_external_id": "ACC-B", "account_name": "Übernommen AG", "owner": "",
        "team": ""}]))
    assert [(e.row, e.column) for e in result.errors] == [(2, "account_external_id")]
    assert "Versteckt" not in result.errors[0].message
    hidden.refresh_from_db()
    assert hidden.name == "Versteckt AG"


def test_renewal_external_id_of_another_account(roles):
    renewal = roles["renewal"]
    renewal.external_id = "REN-TAKEN"
    renewal.save()
    result = portfolio_import(by=roles["users"]["lead"],
                              file=make_csv([{"renewal_external_id": "REN-TAKEN"}]))
    assert [(e.row, e.column) for e in result.errors] == [(2, "renewal_external_id")]
    assert Renewal.objects.filter(external_id="REN-TAKEN").count() == 1
