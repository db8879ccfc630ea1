"""The /imports/ page: check, import, errors in a table, the export download."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from delaydesk.portfolio.models import Account

from .conftest import make_csv


def _upload(data: bytes):
    return SimpleUploadedFile("portfolio.csv", data, content_type="text/csv")


@pytest.mark.parametrize("who", ["anonymous", "other", "colleague", "owner", "lead", "admin"])
def test_permission_matrix(client, roles, who):
    if who != "anonymous":
        client.force_login(roles["users"][who])
    page = client.get("/imports/")
    download = client.get("/imports/portfolio.csv")
    posted = client.post("/imports/", {"file": _upload(make_csv([{}])), "dry_run": ""})
    if who == "anonymous":
        for response in (page, download, posted):
            assert response.status_code == 302 and "/login/" in response["Location"]
        return
    assert page.status_code == 200 and b'type="file"' in page.content
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    readable = who in {"owner", "colleague", "lead", "admin"}
    assert (roles["account"].name.encode() in download.content) == readable
    writes = who in {"owner", "lead", "admin"}
    assert posted.status_code == (200 if writes else 422)
    assert Account.objects.filter(external_id="ACC-1").exists() == writes


def test_check_is_the_default_and_import_now_saves(client, roles):
    client.force_login(roles["users"]["lead"])
    page = client.get("/imports/")
    assert b'name="dry_run"' in page.content and b"checked" in page.content
    checked = client.post("/imports/", {"file": _upload(make_csv([{}])), "dry_run": "on"},
                          HTTP_HX_REQUEST="true")
    assert b"Would be created" in checked.content and b'name="commit"' in checked.content
    assert b"<html" not in checked.content
    assert not Account.objects.filter(external_id="ACC-1").exists()
    saved = client.post("/imports/", {"file": _upload(make_csv([{}])), "dry_run": "on",
                                      "commit": "1"}, HTTP_HX_REQUEST="true")
    assert b"Imported 1 row." in saved.content
    assert Account.objects.filter(external_id="ACC-1").exists()


def test_row_errors_in_a_table_in_german(client, roles):
    user = roles["users"]["lead"]
    user.language = "de"
    user.save()
    client.force_login(user)
    response = client.post("/imports/", {"file": _upload(make_csv([
        {"contract_end": "2020-01-01"}])), "dry_run": "on"})
    assert response.status_code == 422
    html = response.content.decode()
    assert "Das Vertragsende muss nach dem Vertragsbeginn liegen." in html
    assert "<code>contract_end</code>" in html


def test_form_without_file(client, roles):
    client.force_login(roles["users"]["lead"])
    response = client.post("/imports/", {"dry_run": "on"})
    assert response.status_code == 400
