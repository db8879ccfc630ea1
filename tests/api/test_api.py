import datetime as dt

import pytest
from django.utils import timezone

from delaydesk.portfolio.models import Renewal
from delaydesk.teams.services import token_create


@pytest.fixture
def api(client, roles):
    def call(user_key, method, path, **kwargs):
        _record, token = token_create(user=roles["users"][user_key])
        func = getattr(client, method)
        if "json" in kwargs:
            kwargs = {"data": kwargs.pop("json"), "content_type": "application/json", **kwargs}
        return func(f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {token}", **kwargs)
    return call


def test_create_renewal_and_read_it_back(api, roles):
    response = api("owner", "post", "/renewals", json={
        "account_id": roles["account"].pk, "contract_start": "2026-04-01",
        "contract_end": "2027-03-31", "arr": "48000.50", "currency": "EUR"})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["arr"] == "48000.50" and body["owner_id"] == roles["users"]["owner"].pk
    assert api("owner", "get", f"/renewals/{body['id']}").json()["contract_end"] == "2027-03-31"


def test_one_error_format_with_field_errors(api, roles):
    response = api("owner", "post", "/renewals", json={
        "account_id": roles["account"].pk, "contract_start": "2026-04-01",
        "contract_end": "2026-01-31", "arr": "-5", "currency": "XXX"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert set(error["fields"]) >= {"contract_end", "arr", "currency"}
    assert Renewal.objects.count() == 1


def test_schema_errors_use_the_same_format_in_german(api, roles):
    response = api("owner", "post", "/renewals", json={"account_id": roles["account"].pk,
                                                        "contract_start": "morgen"},
                   HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 422
    fields = response.json()["error"]["fields"]
    assert "Dieses Feld ist erforderlich." in fields["contract_end"]
    assert "contract_start" in fields


def test_unknown_stage_is_rejected(api, roles):
    response = api("owner", "patch", f"/renewals/{roles['renewal'].pk}", json={"stage": "nope"})
    assert response.status_code == 422 and "stage" in response.json()["error"]["fields"]


def test_pagination(api, roles):
    from factories import RenewalFactory

    for _ in range(5):
        RenewalFactory(account=roles["account"], owner=roles["users"]["owner"])
    page = api("owner", "get", "/renewals?limit=2&offset=2").json()
    assert page["count"] == 6 and len(page["items"]) == 2


def test_delay_action_and_next_step_flow(api, roles):
    renewal = roles["renewal"]
    delay = api("owner", "post", "/delays", json={
        "renewal_id": renewal.pk, "communicated_on": timezone.localdate().isoformat(),
        "customer_words": "Procurement is slow", "assessed_type": "process",
        "category": "administrative"}).json()
    assert delay["status"] == "open"
    action = api("owner", "post", "/actions", json={
        "delay_id": delay["id"], "taken_on": timezone.localdate().isoformat(),
        "description": "Sent the forms"})
    assert action.status_code == 201
    due = (timezone.localdate() + dt.timedelta(days=3)).isoformat()
    step = api("owner", "post", "/next-steps", json={
        "renewal_id": renewal.pk, "delay_id": delay["id"], "what": "Call procurement",
        "due_on": due}).json()
    done = api("owner", "post", f"/next-steps/{step['id']}/complete").json()
    assert done["done_on"] == timezone.localdate().isoformat()


def test_openapi_and_healthz(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/renewals" in schema["paths"]
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok"}


def test_missing_token_is_401_in_the_error_format(client, db):
    response = client.get("/api/v1/renewals")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_unknown_paths_and_methods_keep_the_error_format(client, db):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    response = client.put("/api/v1/accounts")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
