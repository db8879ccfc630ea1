"""The JSON API: the urgency guard and a renewal's playbook."""

from __future__ import annotations

import pytest

from delaydesk.dates import format_date
from delaydesk.teams.services import token_create


def _auth(user):
    _record, token = token_create(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_check_draft_flags_an_invented_deadline(client, risk):
    response = client.post(
        "/api/v1/check-draft",
        {"text": "Dieses Angebot gilt nur noch bis Freitag.", "lang": "de",
         "renewal_id": risk["renewal"].pk},
        content_type="application/json", **_auth(risk["users"]["owner"]),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["clean"] is False
    assert body["findings"][0]["kind"] in {"invented_expiry", "unbacked_deadline"}
    assert body["findings"][0]["suggestion"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_check_draft_passes_the_real_contract_end(client, risk, lang):
    end = format_date(risk["renewal"].contract_end, lang)
    text = (f"Ihr Vertrag endet am {end}." if lang == "de"
            else f"Your contract ends on {end}, please decide by {end}.")
    response = client.post("/api/v1/check-draft",
                           {"text": text, "lang": lang, "renewal_id": risk["renewal"].pk},
                           content_type="application/json", **_auth(risk["users"]["owner"]))
    assert response.json() == {"findings": [], "clean": True}


def test_check_draft_without_renewal_counts_every_deadline_as_unbacked(client, risk):
    end = format_date(risk["renewal"].contract_end, "en")
    response = client.post("/api/v1/check-draft", {"text": f"Please sign by {end}."},
                           content_type="application/json", **_auth(risk["users"]["owner"]))
    assert response.json()["clean"] is False


def test_check_draft_rejects_an_unknown_language(client, risk):
    response = client.post("/api/v1/check-draft", {"text": "x", "lang": "fr"},
                           content_type="application/json", **_auth(risk["users"]["owner"]))
    assert response.status_code == 422
    assert "lang" in response.json()["error"]["fields"]


def test_renewal_playbook_json(client, risk):
    response = client.get(f"/api/v1/renewals/{risk['renewal'].pk}/playbook?lang=de",
                          **_auth(risk["users"]["owner"]))
    assert response.status_code == 200
    body = response.json()
    assert body["delay_id"] == risk["delay"].pk
    assert body["playbook"]["category"] == "risk"
    assert body["playbook"]["delay_type"] == "hidden_problem"
    assert body["playbook"]["headline"].startswith("Etwas stimmt nicht")
    assert all("due_on" in step for step in body["playbook"]["steps"])
    assert body["drafts"] and all("Petra Schmidt" in d["body"] for d in body["drafts"])
    assert [m["key"] for m in body["mutual_plan"]["milestones"]] == ["A", "B", "C", "D"]
    assert body["mutual_plan"]["milestones"][3]["date"] == risk["renewal"].contract_end.isoformat()
    assert body["escalation"]["recommend"] is False
    assert body["escalation"]["team_cap"] == 3
    assert {o["id"] for o in body["incentives"]["options"]} >= {"early_renewal", "multi_year"}
    assert body["champion"] == {"name": "Petra Schmidt", "email": "petra.schmidt@example.com"}


def test_renewal_playbook_drafts_follow_formal_flag(client, risk):
    headers = _auth(risk["users"]["owner"])
    url = f"/api/v1/renewals/{risk['renewal'].pk}/playbook"
    sie = client.get(url, **headers).json()["drafts"]
    du = client.get(f"{url}?formal=false", **headers).json()["drafts"]
    assert sie[0]["lang"] == "de" and sie[0]["formal"] is True
    assert du[0]["formal"] is False and du[0]["body"] != sie[0]["body"]
