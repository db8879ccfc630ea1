import datetime as dt

from delaydesk.portfolio.models import Account, Renewal


def test_a_csm_creates_an_account_and_a_renewal_in_the_ui(client, roles):
    owner = roles["users"]["owner"]
    client.force_login(owner)
    response = client.post("/accounts/new/", {
        "name": "Neukunde AG", "language": "de", "country": "at",
        "fiscal_year_start_month": "4"}, follow=True)
    account = Account.objects.get(name="Neukunde AG")
    assert (account.owner, account.team, account.country) == (owner, owner.team, "AT")
    assert b"Account created." in response.content
    response = client.post(f"/accounts/{account.pk}/renewals/new/", {
        "contract_start": "2026-01-01", "contract_end": "2027-01-01", "arr": "24000",
        "currency": "EUR", "term_months": "12", "notice_days": "60", "grace_days": "0",
        "stage": "upcoming", "forecast_category": "pipeline"}, follow=True)
    renewal = Renewal.objects.get(account=account)
    assert renewal.owner == owner and renewal.contract_end == dt.date(2027, 1, 1)


def test_bad_renewal_input_shows_field_errors_and_saves_nothing(client, roles):
    client.force_login(roles["users"]["owner"])
    response = client.post(f"/accounts/{roles['account'].pk}/renewals/new/", {
        "contract_start": "2027-01-01", "contract_end": "2026-01-01", "arr": "-1",
        "currency": "EUR", "term_months": "12", "notice_days": "60", "grace_days": "0",
        "stage": "upcoming", "forecast_category": "pipeline"})
    assert response.status_code == 400
    assert b"ARR cannot be negative." in response.content
    assert Renewal.objects.count() == 1


def test_edit_renewal_is_for_those_who_may_change_it(client, roles):
    renewal = roles["renewal"]
    data = {"contract_start": renewal.contract_start.isoformat(),
            "contract_end": (renewal.contract_end + dt.timedelta(days=30)).isoformat(),
            "arr": "130000", "currency": "EUR", "term_months": "12", "notice_days": "60",
            "grace_days": "0", "stage": renewal.stage, "forecast_category": "pipeline"}
    client.force_login(roles["users"]["colleague"])
    assert client.get(f"/renewals/{renewal.pk}/edit/").status_code == 403
    client.force_login(roles["users"]["other"])
    assert client.post(f"/renewals/{renewal.pk}/edit/", data).status_code == 404
    client.force_login(roles["users"]["owner"])
    assert client.post(f"/renewals/{renewal.pk}/edit/", data).status_code == 302
    renewal.refresh_from_db()
    assert str(renewal.arr) == "130000.00"
    assert renewal.history.first().history_user == roles["users"]["owner"]
