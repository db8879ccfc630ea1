"""One bad row: nothing is saved and every error names its row and column."""

from django.utils import translation

from delaydesk.imports.services import portfolio_import
from delaydesk.portfolio.models import Account, Renewal

from .conftest import make_csv


def test_one_bad_row_saves_nothing_and_names_row_and_column(roles):
    data = make_csv([
        {},
        {"account_external_id": "ACC-2", "account_name": "Zweite GmbH",
         "renewal_external_id": "REN-2", "arr": "viel", "contract_end": "31.02.2026"},
        {"account_external_id": "ACC-3", "account_name": "Dritte GmbH",
         "renewal_external_id": "REN-3", "contract_end": "2025-01-01"},
    ])
    accounts_before = Account.objects.count()
    result = portfolio_import(by=roles["users"]["lead"], file=data)
    assert not result.saved
    where = {(e.row, e.column) for e in result.errors}
    assert where == {(3, "arr"), (3, "contract_end"), (4, "contract_end")}
    assert Account.objects.count() == accounts_before
    assert not Renewal.objects.filter(external_id="REN-1").exists()


def test_errors_are_in_german_for_a_german_user(roles):
    data = make_csv([{"contract_end": "2025-01-01"}, {"account_external_id": "ACC-2",
                                                      "renewal_external_id": "REN-2",
                                                      "country": "Deutschland"}])
    with translation.override("de"):
        result = portfolio_import(by=roles["users"]["lead"], file=data)
    messages = {(e.row, e.column): e.message for e in result.errors}
    assert messages[(2, "contract_end")] == "Das Vertragsende muss nach dem Vertragsbeginn liegen."
    assert "ISO-Ländercode" in messages[(3, "country")]


def test_missing_values_for_a_new_renewal(roles):
    result = portfolio_import(by=roles["users"]["lead"],
                              file=make_csv([{"arr": "", "contract_start": ""}]))
    assert {(e.row, e.column) for e in result.errors} == {(2, "arr"), (2, "contract_start")}


def test_unknown_choices_owner_and_team(roles):
    result = portfolio_import(by=roles["users"]["admin"], file=make_csv([
        {"stage": "almost", "owner": "nobody", "team": "Team Z", "currency": "XYZ",
         "auto_renew": "maybe", "term_months": "twelve"}]))
    assert {e.column for e in result.errors} == {
        "stage", "owner", "team", "currency", "auto_renew", "term_months"}


def test_rows_describing_one_account_differently(roles):
    result = portfolio_import(by=roles["users"]["lead"], file=make_csv([
        {}, {"renewal_external_id": "REN-2", "segment": "Enterprise"}]))
    assert [(e.row, e.column) for e in result.errors] == [(3, "segment")]
    assert "Row 2" in result.errors[0].message


def test_same_renewal_twice(roles):
    result = portfolio_import(by=roles["users"]["lead"], file=make_csv([{}, {}]))
    assert [(e.row, e.column) for e in result.errors] == [(3, "renewal_external_id")]


def test_unreadable_files(roles):
    lead = roles["users"]["lead"]
    assert portfolio_import(by=lead, file=b"").errors[0].row == 0
    latin1 = "account_name\r\nMüller GmbH\r\n".encode("latin-1")
    assert "UTF-8" in portfolio_import(by=lead, file=latin1).errors[0].message
    unknown = portfolio_import(by=lead, file=b"account_name,colour\r\nX,blue\r\n")
    assert unknown.errors[0].row == 0 and "colour" in unknown.errors[0].message


def test_too_many_rows_for_one_request(roles):
    rows = [{"account_external_id": f"A{i}", "renewal_external_id": f"R{i}"} for i in range(3)]
    result = portfolio_import(by=roles["users"]["lead"], file=make_csv(rows), max_rows=2)
    assert [(e.row, e.column) for e in result.errors] == [(0, "")]
    assert "delaydesk import" in result.errors[0].message


def test_a_cell_beyond_the_csv_size_limit_is_a_file_error(roles):
    data = b'account_name\r\n"' + b"x" * 200_000 + b'"\r\n'
    result = portfolio_import(by=roles["users"]["lead"], file=data)
    assert [(e.row, e.column) for e in result.errors] == [(0, "")]
