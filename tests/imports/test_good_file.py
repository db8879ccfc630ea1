"""Good files load completely: the example, semicolons, BOM, decimal comma, German dates."""

import datetime as dt
from decimal import Decimal

from delaydesk.imports.services import portfolio_import
from delaydesk.portfolio.models import Account, Contact, Renewal

from .conftest import EXAMPLE, make_csv


def test_example_file_creates_accounts_renewals_and_contacts(example_users):
    result = portfolio_import(by=example_users["admin"], file=EXAMPLE.read_bytes())
    assert result.errors == []
    assert result.saved and result.rows == 7
    assert result.created == {"accounts": 5, "renewals": 6, "contacts": 7}
    harrow = Account.objects.get(external_id="ACC-2001")
    assert harrow.language == "en" and harrow.strategic and harrow.fiscal_year_start_month == 4
    assert harrow.team.name == "UK & Ireland" and harrow.owner.username == "james.miller"
    assert harrow.renewals.count() == 2
    kiessling = Renewal.objects.get(external_id="REN-2002")
    assert kiessling.arr == Decimal("185000.00") and kiessling.auto_renew
    assert kiessling.grace_days == 15 and kiessling.forecast_category == "commit"
    assert Contact.objects.get(email="j.hahn@brenner-logistik.example").role == "procurement"


def test_semicolons_bom_decimal_comma_and_german_dates(roles):
    data = make_csv([
        {"contract_start": "01.07.2025", "contract_end": "30.06.2026", "arr": "48.000,50"},
        {"account_external_id": "ACC-2", "account_name": "Weidmann Textil KG",
         "renewal_external_id": "REN-2", "arr": "1234,5", "currency": "chf",
         "auto_renew": "ja", "strategic": "nein", "contact_name": "",
         "contact_email": "", "contact_role": ""},
    ], delimiter=";", bom=True)
    result = portfolio_import(by=roles["users"]["lead"], file=data)
    assert result.errors == [] and result.saved
    first = Renewal.objects.get(external_id="REN-1")
    assert first.arr == Decimal("48000.50")
    assert (first.contract_start, first.contract_end) == (dt.date(2025, 7, 1),
                                                          dt.date(2026, 6, 30))
    second = Renewal.objects.get(external_id="REN-2")
    assert second.arr == Decimal("1234.50") and second.currency == "CHF" and second.auto_renew
    assert second.account.team == roles["teams"][0]
    assert second.owner == roles["users"]["owner"]


def test_comma_file_with_only_some_columns_uses_defaults(roles):
    data = (b"account_name,contract_start,contract_end,arr\r\n"
            b"Nordlicht Medien GmbH,2025-01-01,2025-12-31,9000\r\n")
    result = portfolio_import(by=roles["users"]["owner"], file=data)
    assert result.errors == []
    renewal = Renewal.objects.get(account__name="Nordlicht Medien GmbH")
    assert renewal.currency == "EUR" and renewal.stage == "upcoming"
    assert renewal.account.owner == roles["users"]["owner"]
    assert renewal.account.team == roles["teams"][0]


def test_dry_run_reports_what_would_happen_and_saves_nothing(example_users):
    before = Account.objects.count()
    result = portfolio_import(by=example_users["admin"], file=EXAMPLE.read_bytes(),
                              dry_run=True)
    assert result.ok and not result.saved
    assert result.created_total == 18
    assert Account.objects.count() == before


def test_progress_is_reported_per_row(example_users):
    calls = []
    portfolio_import(by=example_users["admin"], file=EXAMPLE.read_bytes(), dry_run=True,
                     progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (1, 7) and calls[-1] == (7, 7)
