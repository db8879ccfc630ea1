"""Who sees which report and who may write post-mortems, for every page and endpoint.

Reports of another team are 404 (never 403, so nothing leaks); a CSM sees their team and
their own per-CSM view; patterns are for leads and administrators; writing follows the
renewal's rules (colleagues read, owners, leads and admins write).
"""

import pytest

from delaydesk.reports.models import PostMortem
from delaydesk.teams.services import token_create
from factories import DelayFactory

ALL = ["anonymous", "other", "colleague", "owner", "lead", "admin"]
READERS = {"colleague", "owner", "lead", "admin"}
WRITERS = {"owner", "lead", "admin"}
ANSWERS = {"cause_type": "budget", "cause": "c", "differently": "d", "prevention": "p"}


@pytest.fixture
def objects(roles):
    delay = DelayFactory(renewal=roles["renewal"], stated_reason="Waiting for the PO",
                         help_needed=True, help_text="Need legal to call")
    return {**roles, "delay": delay}


@pytest.fixture
def closed(objects):
    renewal = objects["renewal"]
    renewal.stage = "renewed"
    renewal.save()
    return objects


def login(client, objects, who):
    if who != "anonymous":
        client.force_login(objects["users"][who])


def bearer(objects, who):
    if who == "anonymous":
        return {}
    _record, token = token_create(user=objects["users"][who])
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def shows_account(response, objects):
    return objects["account"].name.encode() in response.content


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("page", ["weekly", "forecast"])
def test_team_reports(client, objects, who, page):
    login(client, objects, who)
    team_a = objects["teams"][0]
    response = client.get(f"/reports/{page}/", {"team": team_a.pk})
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif who in READERS:
        assert response.status_code == 200 and shows_account(response, objects)
    else:
        assert response.status_code == 404 and not shows_account(response, objects)
    own = client.get(f"/reports/{page}/")  # without a team: one's own
    if who != "anonymous":
        assert own.status_code == 200 and shows_account(own, objects) == (who in READERS)


@pytest.mark.parametrize("who", ALL)
def test_per_csm_view(client, objects, who):
    login(client, objects, who)
    response = client.get("/reports/weekly/", {"owner": objects["users"]["owner"].pk})
    if who == "anonymous":
        assert response.status_code == 302
    elif who in {"owner", "lead", "admin"}:
        assert response.status_code == 200 and shows_account(response, objects)
    else:  # a colleague sees the team's update, not another CSM's own view
        assert response.status_code == 404


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("fmt", ["md", "csv", "html", "pdf"])
def test_downloads(client, objects, who, fmt):
    login(client, objects, who)
    response = client.get("/reports/weekly/", {"team": objects["teams"][0].name, "format": fmt})
    expected = 302 if who == "anonymous" else 200 if who in READERS else 404
    assert response.status_code == expected
    if expected == 200 and fmt != "pdf":
        assert shows_account(response, objects)


@pytest.mark.parametrize("who", ALL)
def test_patterns_are_for_leads_and_admins(client, objects, who):
    login(client, objects, who)
    response = client.get("/reports/patterns/")
    expected = {"anonymous": 302, "lead": 200, "admin": 200}.get(who, 403)
    assert response.status_code == expected
    if who == "lead":  # another team's id in the filter is simply not offered
        other = client.get("/reports/patterns/", {"team": objects["teams"][1].pk})
        assert other.status_code == 200


@pytest.mark.parametrize("who", ALL)
def test_postmortem_page_read_and_write(client, closed, who):
    login(client, closed, who)
    url = f"/renewals/{closed['renewal'].pk}/postmortem/"
    read = client.get(url)
    write = client.post(url, ANSWERS)
    if who == "anonymous":
        assert read.status_code == 302 and write.status_code == 302
        assert not PostMortem.objects.exists()
    elif who in WRITERS:
        assert read.status_code == 200 and write.status_code == 302
        assert PostMortem.objects.filter(renewal=closed["renewal"]).exists()
    elif who in READERS:
        assert read.status_code == 200 and write.status_code == 403
    else:
        assert read.status_code == 404 and write.status_code == 404


@pytest.mark.parametrize("who", ALL)
def test_archiving_page(client, closed, who):
    PostMortem.objects.create(renewal=closed["renewal"], outcome="renewed", **ANSWERS)
    login(client, closed, who)
    response = client.post(f"/renewals/{closed['renewal'].pk}/postmortem/archive/")
    closed["delay"].refresh_from_db()
    expected = 302 if who in WRITERS or who == "anonymous" else 403 if who in READERS else 404
    assert response.status_code == expected
    assert (closed["delay"].archived_on is not None) == (who in WRITERS)


@pytest.mark.parametrize("who", ALL)
def test_postmortem_list_never_shows_other_teams(client, closed, who):
    login(client, closed, who)
    response = client.get("/reports/postmortems/")
    if who == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code == 200
        assert shows_account(response, closed) == (who in READERS)


@pytest.mark.parametrize("who", ALL)
def test_api_weekly(client, objects, who):
    headers = bearer(objects, who)
    team = client.get("/api/v1/reports/weekly", {"team": objects["teams"][0].name}, **headers)
    expected = 401 if who == "anonymous" else 200 if who in READERS else 404
    assert team.status_code == expected
    if expected == 200:
        data = team.json()
        assert data["scope"]["label"] == "Team A"
        assert [row["renewal"]["account"] for row in data["delayed"]] == [
            objects["account"].name]
        assert data["help_needed"][0]["help_text"] == "Need legal to call"
        assert data["risks"][0]["reason"].endswith(".")
    elif expected == 404:
        assert team.json()["error"]["code"] == "not_found"
    owner = client.get("/api/v1/reports/weekly", {"owner": "owner"}, **headers)
    assert owner.status_code == (401 if who == "anonymous" else
                                 200 if who in {"owner", "lead", "admin"} else 404)


@pytest.mark.parametrize("who", ["other", "colleague", "owner", "lead", "admin"])
def test_api_postmortem_and_archive(client, closed, who):
    headers = bearer(closed, who)
    renewal, delay = closed["renewal"], closed["delay"]
    put = client.put(f"/api/v1/renewals/{renewal.pk}/postmortem", data=ANSWERS,
                     content_type="application/json", **headers)
    expected = 200 if who in WRITERS else 403 if who in READERS else 404
    assert put.status_code == expected
    if who not in WRITERS:
        PostMortem.objects.create(renewal=renewal, outcome="renewed", **ANSWERS)
    archive = client.post(f"/api/v1/delays/{delay.pk}/archive", **headers)
    assert archive.status_code == expected
    due = client.get("/api/v1/reports/postmortems-due", **headers)
    assert due.status_code == 200 and due.json() == []


@pytest.mark.parametrize("who", ["colleague", "lead"])
def test_per_csm_links_only_where_the_reader_may_follow(client, objects, who):
    login(client, objects, who)
    html = client.get("/reports/weekly/").content.decode()
    link = f'owner={objects["users"]["owner"].pk}"'
    assert (link in html) == (who == "lead")
