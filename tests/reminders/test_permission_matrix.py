"""Who sees whose list, notifications and calendar feed.

Lists: a CSM sees their own, a lead the team's, an admin everything; asking for another
team's list answers 404. Notifications and feeds are personal: others get 404.
"""

from __future__ import annotations

import pytest

from delaydesk.reminders.models import Notification
from delaydesk.reminders.services import calendar_feed_create
from delaydesk.teams.services import token_create

ALL = ["anonymous", "other", "colleague", "owner", "lead", "admin"]
TEAM = {"owner", "colleague", "lead", "admin"}
# Whose default list holds the owner's renewal: the owner, the team lead and the admin.
SEES_OWNERS_RENEWAL = {"owner", "lead", "admin"}


@pytest.fixture
def objects(roles):
    renewal = roles["renewal"]
    renewal.stage, renewal.conversation_started_on = "upcoming", None
    renewal.save()  # 45 days before the end without a conversation: flagged
    note = Notification.objects.create(user=roles["users"]["owner"], renewal=renewal,
                                       kind="no_conversation", key="k1", severity="urgent",
                                       on=renewal.contract_end)
    return {**roles, "note": note}


def _login(client, objects, who):
    if who != "anonymous":
        client.force_login(objects["users"][who])


def _headers(objects, who):
    if who == "anonymous":
        return {}
    _record, token = token_create(user=objects["users"][who])
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.mark.parametrize("who", ALL)
def test_attention_page_default_list(client, objects, who):
    _login(client, objects, who)
    response = client.get("/attention/")
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
        return
    assert response.status_code == 200
    assert (objects["account"].name.encode() in response.content) == (who in SEES_OWNERS_RENEWAL)


@pytest.mark.parametrize("who", ALL)
def test_attention_page_of_the_owner(client, objects, who):
    _login(client, objects, who)
    response = client.get("/attention/?user=owner")
    if who == "anonymous":
        assert response.status_code == 302
    elif who in TEAM:
        assert response.status_code == 200
        assert objects["account"].name.encode() in response.content
    else:
        assert response.status_code == 404
        assert objects["account"].name.encode() not in response.content


@pytest.mark.parametrize("who", ALL)
def test_attention_api(client, objects, who):
    headers = _headers(objects, who)
    mine = client.get("/api/v1/attention", **headers)
    owners = client.get("/api/v1/attention?user=owner", **headers)
    if who == "anonymous":
        assert mine.status_code == owners.status_code == 401
        return
    ids = {item["renewal_id"] for item in mine.json()["items"]}
    assert (objects["renewal"].pk in ids) == (who in SEES_OWNERS_RENEWAL)
    if who in TEAM:
        assert owners.status_code == 200 and owners.json()["user"] == "owner"
        assert objects["renewal"].pk in {i["renewal_id"] for i in owners.json()["items"]}
    else:
        assert owners.status_code == 404
        assert owners.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("who", ALL)
def test_notifications_are_personal(client, objects, who):
    _login(client, objects, who)
    note = objects["note"]
    page = client.get("/notifications/")
    read = client.post(f"/notifications/{note.pk}/read/")
    if who == "anonymous":
        assert page.status_code == 302 and read.status_code == 302
        assert "/login/" in read["Location"]
    elif who == "owner":
        assert page.status_code == 200 and objects["account"].name.encode() in page.content
        assert read.status_code == 302
    else:
        assert page.status_code == 200 and objects["account"].name.encode() not in page.content
        assert read.status_code == 404
    note.refresh_from_db()
    assert note.is_read == (who == "owner")


@pytest.mark.parametrize("who", ALL)
def test_notification_api_is_personal(client, objects, who):
    headers = _headers(objects, who)
    listing = client.get("/api/v1/notifications", **headers)
    read = client.post(f"/api/v1/notifications/{objects['note'].pk}/read", **headers)
    if who == "anonymous":
        assert listing.status_code == read.status_code == 401
    elif who == "owner":
        assert listing.json()["count"] == 1 and read.status_code == 200
        assert read.json()["read"] is True
    else:
        assert listing.json()["count"] == 0 and read.status_code == 404


@pytest.mark.parametrize("who", ALL)
def test_calendar_page_shows_only_your_own_address(client, objects, who):
    owners_feed = calendar_feed_create(by=objects["users"]["owner"])
    _login(client, objects, who)
    response = client.get("/calendar/")
    if who == "anonymous":
        assert response.status_code == 302
        return
    assert response.status_code == 200
    assert (owners_feed.token.encode() in response.content) == (who == "owner")


@pytest.mark.parametrize("who", ALL)
def test_calendar_writes_touch_only_your_own_feed(client, objects, who):
    owners_feed = calendar_feed_create(by=objects["users"]["owner"])
    _login(client, objects, who)
    created = client.post("/calendar/new/")
    revoked = client.post("/calendar/revoke/")
    owners_feed.refresh_from_db()
    if who == "anonymous":
        assert created.status_code == revoked.status_code == 302
        assert "/login/" in created["Location"]
    else:
        assert created.status_code == revoked.status_code == 302
    # Only the owner's own actions can end the owner's feed.
    assert owners_feed.active == (who != "owner")


def test_the_feed_address_needs_no_login_but_a_valid_token(client, objects):
    feed = calendar_feed_create(by=objects["users"]["owner"])
    assert client.get(f"/calendar/{feed.token}.ics").status_code == 200
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    assert client.get(f"/calendar/{feed.token[:-1]}.ics").status_code == 404
