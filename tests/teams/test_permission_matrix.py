"""Who sees and changes what, for every page and endpoint of the foundation.

read: 200 for those who may read, 404 (never 403) for others so nothing leaks.
write: allowed users succeed; readers who may not change get 403; outsiders 404.
"""

import pytest
from django.utils import timezone

from delaydesk.teams.services import token_create
from factories import DelayFactory, NextStepFactory

READERS = {"owner", "colleague", "lead", "admin"}
WRITERS = {"owner", "lead", "admin"}
ALL = ["anonymous", "other", "colleague", "owner", "lead", "admin"]


@pytest.fixture
def objects(roles):
    delay = DelayFactory(renewal=roles["renewal"])
    step = NextStepFactory(renewal=roles["renewal"], delay=delay)
    return {**roles, "delay": delay, "step": step}


def _login(client, objects, who):
    if who != "anonymous":
        client.force_login(objects["users"][who])


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("page", ["account", "renewal"])
def test_pages_read(client, objects, who, page):
    _login(client, objects, who)
    pk = objects["account"].pk if page == "account" else objects["renewal"].pk
    url = f"/accounts/{pk}/" if page == "account" else f"/renewals/{pk}/"
    response = client.get(url)
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif who in READERS:
        assert response.status_code == 200
        assert objects["account"].name.encode() in response.content
    else:
        assert response.status_code == 404
        assert objects["account"].name.encode() not in response.content


@pytest.mark.parametrize("who", ALL)
def test_pipeline_and_account_list_never_show_other_teams(client, objects, who):
    _login(client, objects, who)
    for url in ("/?owner=", "/accounts/"):
        response = client.get(url)
        if who == "anonymous":
            assert response.status_code == 302
        else:
            assert (objects["account"].name.encode() in response.content) == (who in READERS)


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("action", ["delay", "step", "stage", "done", "action", "resolve"])
def test_pages_write(client, objects, who, action):
    _login(client, objects, who)
    renewal, delay, step = objects["renewal"], objects["delay"], objects["step"]
    today = timezone.localdate().isoformat()
    url, data = {
        "delay": (f"/renewals/{renewal.pk}/delays/", {
            "communicated_on": today, "channel": "email", "assessed_type": "unknown",
            "category": "decision"}),
        "step": (f"/renewals/{renewal.pk}/next-steps/", {"what": "x", "due_on": today,
                                                         "kind": "check_in"}),
        "stage": (f"/renewals/{renewal.pk}/stage/", {"stage": "committed",
                                                     "forecast_category": "commit"}),
        "done": (f"/next-steps/{step.pk}/done/", {}),
        "action": (f"/delays/{delay.pk}/actions/", {f"delay{delay.pk}-taken_on": today,
                                                     f"delay{delay.pk}-description": "x"}),
        "resolve": (f"/delays/{delay.pk}/resolve/", {}),
    }[action]
    response = client.post(url, data)
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif who in WRITERS:
        assert response.status_code == 302, response.content[:500]
    elif who in READERS:
        assert response.status_code == 403
    else:
        assert response.status_code == 404


ENDPOINTS_READ = ["/accounts/{account}", "/renewals/{renewal}", "/delays/{delay}"]
LISTS = ["/accounts", "/renewals", "/delays", "/actions", "/next-steps", "/contacts"]


@pytest.mark.parametrize("who", ALL)
def test_api_read(client, objects, who):
    headers = {}
    if who != "anonymous":
        _record, token = token_create(user=objects["users"][who])
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    ids = {"account": objects["account"].pk, "renewal": objects["renewal"].pk,
           "delay": objects["delay"].pk}
    for path in ENDPOINTS_READ:
        response = client.get("/api/v1" + path.format(**ids), **headers)
        expected = 401 if who == "anonymous" else 200 if who in READERS else 404
        assert response.status_code == expected, path
    for path in LISTS:
        response = client.get("/api/v1" + path, **headers)
        if who == "anonymous":
            assert response.status_code == 401
        else:
            count = response.json()["count"]
            assert (count > 0) == (who in READERS) or path in ("/actions", "/contacts"), path
            if who not in READERS:
                assert count == 0, path


@pytest.mark.parametrize("who", ["other", "colleague", "owner", "lead", "admin"])
def test_api_write(client, objects, who):
    _record, token = token_create(user=objects["users"][who])
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    response = client.patch(f"/api/v1/renewals/{objects['renewal'].pk}",
                            data={"forecast_category": "at_risk"},
                            content_type="application/json", **headers)
    expected = 200 if who in WRITERS else 403 if who in READERS else 404
    assert response.status_code == expected
    response = client.post("/api/v1/next-steps", data={
        "renewal_id": objects["renewal"].pk, "what": "x",
        "due_on": timezone.localdate().isoformat()}, content_type="application/json", **headers)
    assert response.status_code == (201 if who in WRITERS else expected)
