"""POST /api/v1/imports and GET /api/v1/exports/portfolio.csv."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from delaydesk.portfolio.models import Account
from delaydesk.teams.services import token_create

from .conftest import make_csv


def _auth(user):
    _record, token = token_create(user=user)
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def _upload(data: bytes):
    return SimpleUploadedFile("portfolio.csv", data, content_type="text/csv")


def test_import_and_dry_run(client, roles):
    headers = _auth(roles["users"]["lead"])
    checked = client.post("/api/v1/imports", {"file": _upload(make_csv([{}])),
                                              "dry_run": "true"}, **headers)
    assert checked.status_code == 200
    assert checked.json()["created"] == 3 and checked.json()["saved"] is False
    assert not Account.objects.filter(external_id="ACC-1").exists()
    saved = client.post("/api/v1/imports", {"file": _upload(make_csv([{}]))}, **headers)
    body = saved.json()
    assert saved.status_code == 200
    assert {key: body[key] for key in ("rows", "created", "updated", "errors")} == {
        "rows": 1, "created": 3, "updated": 0, "errors": []}
    assert Account.objects.filter(external_id="ACC-1").exists()


def test_row_errors_are_listed_and_nothing_is_saved(client, roles):
    user = roles["users"]["lead"]
    user.language = "de"
    user.save()
    response = client.post("/api/v1/imports", {"file": _upload(make_csv([
        {}, {"renewal_external_id": "REN-2", "contract_end": "2020-01-01"}]))}, **_auth(user))
    assert response.status_code == 200 and response.json()["saved"] is False
    assert response.json()["errors"] == [{
        "row": 3, "column": "contract_end",
        "message": "Das Vertragsende muss nach dem Vertragsbeginn liegen."}]
    assert not Account.objects.filter(external_id="ACC-1").exists()


def test_missing_file_uses_the_api_error_format(client, roles):
    response = client.post("/api/v1/imports", {}, **_auth(roles["users"]["lead"]))
    assert response.status_code == 422
    assert any(name.endswith("file") for name in response.json()["error"]["fields"])


@pytest.mark.parametrize("who", ["anonymous", "other", "colleague", "owner", "lead", "admin"])
def test_permission_matrix(client, roles, who):
    headers = {} if who == "anonymous" else _auth(roles["users"][who])
    export = client.get("/api/v1/exports/portfolio.csv", **headers)
    rows = [{"account_external_id": "ACC-1", "owner": "owner", "team": "Team A"}]
    imported = client.post("/api/v1/imports", {"file": _upload(make_csv(rows))}, **headers)
    if who == "anonymous":
        assert export.status_code == 401 and imported.status_code == 401
        return
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    readable = who in {"owner", "colleague", "lead", "admin"}
    assert (roles["account"].name in export.content.decode()) == readable
    # Only those who may write for "owner" in team A get the row in.
    assert imported.status_code == 200
    assert imported.json()["saved"] == (who in {"owner", "lead", "admin"})
    if who in {"other", "colleague"}:
        assert imported.json()["errors"][0]["column"] in {"team", "owner"}
