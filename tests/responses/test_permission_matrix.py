"""Who sees and changes what on the playbook panel and API.

read: 200 for readers, 404 for other teams, login redirect (pages) or 401 (API) for anonymous.
write: owner, lead and admin succeed; the colleague gets 403; other teams 404.
"""

from __future__ import annotations

import pytest

from delaydesk.delays.models import NextStep
from delaydesk.responses.models import RenewalEscalation
from delaydesk.teams.services import token_create

READERS = {"owner", "colleague", "lead", "admin"}
WRITERS = {"owner", "lead", "admin"}
ALL = ["anonymous", "other", "colleague", "owner", "lead", "admin"]


def _login(client, risk, who):
    if who != "anonymous":
        client.force_login(risk["users"][who])


def _bearer(risk, who):
    if who == "anonymous":
        return {}
    _record, token = token_create(user=risk["users"][who], name="matrix")
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("method", ["panel", "check"])
def test_panel_reads(client, risk, who, method):
    _login(client, risk, who)
    base = f"/renewals/{risk['renewal'].pk}/playbook/"
    response = (client.get(base) if method == "panel"
                else client.post(base + "check/", {"text": "Nur bis Freitag!", "lang": "de"}))
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif who in READERS:
        assert response.status_code == 200
    else:
        assert response.status_code == 404
        assert b"Petra" not in response.content


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("action", ["step", "plan", "facts"])
def test_panel_writes(client, risk, who, action):
    _login(client, risk, who)
    base = f"/renewals/{risk['renewal'].pk}/playbook/"
    url, data = {
        "step": (base + "steps/", {"step": "listening_call"}),
        "plan": (base + "plan/", {}),
        "facts": (base + "facts/", {"escalated": "on", "decision_maker_level": "peer"}),
    }[action]
    response = client.post(url, data)
    changed = (NextStep.objects.exists() if action != "facts"
               else RenewalEscalation.objects.filter(open=True).exists())
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif who in WRITERS:
        assert response.status_code == 302 and response["Location"].endswith(
            f"/renewals/{risk['renewal'].pk}/")
    elif who == "colleague":
        assert response.status_code == 403
    else:
        assert response.status_code == 404
    assert changed == (who in WRITERS)


def test_colleague_sees_no_write_buttons(client, risk):
    client.force_login(risk["users"]["colleague"])
    html = client.get(f"/renewals/{risk['renewal'].pk}/playbook/").content.decode()
    assert "Something is wrong" in html
    assert 'name="step"' not in html and "Save facts" not in html


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("endpoint", ["playbook", "check"])
def test_api(client, risk, who, endpoint):
    headers = _bearer(risk, who)
    if endpoint == "playbook":
        response = client.get(f"/api/v1/renewals/{risk['renewal'].pk}/playbook", **headers)
    else:
        response = client.post("/api/v1/check-draft",
                               {"text": "Bitte bis Freitag.", "renewal_id": risk["renewal"].pk},
                               content_type="application/json", **headers)
    if who == "anonymous":
        assert response.status_code == 401
    elif who in READERS:
        assert response.status_code == 200
    else:
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"
