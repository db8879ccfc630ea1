"""Who sees and changes bridges: readers 200, outsiders 404, colleagues may not write (403)."""

import pytest

from delaydesk.offers import services
from delaydesk.teams.services import token_create

READERS = {"owner", "colleague", "lead", "admin"}
WRITERS = {"owner", "lead", "admin"}
ALL = ["anonymous", "other", "colleague", "owner", "lead", "admin"]


@pytest.fixture
def offer(roles):
    return services.bridge_offer_propose(by=roles["users"]["owner"], renewal=roles["renewal"],
                                         kind="extension_30")


def _expect_write(response, who, ok=(200, 201, 302)):
    if who in WRITERS:
        assert response.status_code in ok, response.content[:300]
    elif who == "colleague":
        assert response.status_code == 403
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("who", ALL)
def test_panel(client, roles, who):
    if who != "anonymous":
        client.force_login(roles["users"][who])
    response = client.get(f"/renewals/{roles['renewal'].pk}/bridges/", HTTP_HX_REQUEST="true")
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
        return
    assert response.status_code == (200 if who in READERS else 404)
    if who in READERS:
        html = response.content.decode()
        assert "<svg" in html and "<html" not in html  # a fragment, not a page
        assert ('name="kind"' in html) == (who in WRITERS)
        assert ("walk-away-button" in html) == (who in WRITERS)


@pytest.mark.parametrize("who", ALL)
@pytest.mark.parametrize("action", ["propose", "accept", "decline", "walk_away"])
def test_page_writes(client, roles, offer, who, action):
    if who != "anonymous":
        client.force_login(roles["users"][who])
    renewal = roles["renewal"]
    url, data = {
        "propose": (f"/renewals/{renewal.pk}/bridges/propose/", {"kind": "extension_60"}),
        "accept": (f"/bridge-offers/{offer.pk}/accept/", {}),
        "decline": (f"/bridge-offers/{offer.pk}/decline/", {}),
        "walk_away": (f"/renewals/{renewal.pk}/walk-away/", {}),
    }[action]
    response = client.post(url, data)
    if who == "anonymous":
        assert response.status_code == 302 and "/login/" in response["Location"]
        return
    _expect_write(response, who)
    if who in WRITERS:
        assert response["Location"] == f"/renewals/{renewal.pk}/"
    offer.refresh_from_db()
    renewal.refresh_from_db()
    changed = {"propose": renewal.bridge_offers.count() == 2,
               "accept": offer.status == "accepted",
               "decline": offer.status == "declined",
               "walk_away": renewal.stage == "walked_away"}[action]
    assert changed == (who in WRITERS)


@pytest.mark.parametrize("who", ["other", "colleague", "owner", "lead", "admin"])
@pytest.mark.parametrize("method, path", [
    ("get", "renewals/{r}/bridges"), ("get", "renewals/{r}/scenarios"),
    ("get", "renewals/{r}/walk-away"), ("get", "renewals/{r}/bridge-offers"),
    ("post", "renewals/{r}/bridge-offers"), ("post", "bridge-offers/{o}/accept"),
    ("post", "bridge-offers/{o}/decline"),
])
def test_api(client, roles, offer, who, method, path):
    _record, token = token_create(user=roles["users"][who], name="t")
    url = "/api/v1/" + path.format(r=roles["renewal"].pk, o=offer.pk)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    if method == "get":
        response = client.get(url, **headers)
        assert response.status_code == (200 if who in READERS else 404)
    else:
        response = client.post(url, {"kind": "extension_60"}, content_type="application/json",
                               **headers)
        _expect_write(response, who)
        if response.status_code >= 400:
            assert set(response.json()["error"]) >= {"status", "code", "message"}


def test_htmx_propose_returns_the_panel_and_accept_reloads_the_page(client, roles):
    client.force_login(roles["users"]["owner"])
    renewal = roles["renewal"]
    response = client.post(f"/renewals/{renewal.pk}/bridges/propose/", {"kind": "extension_30"},
                           HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and b"Bridge proposed." in response.content
    offer = renewal.bridge_offers.get()
    response = client.post(f"/bridge-offers/{offer.pk}/accept/", HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == f"/renewals/{renewal.pk}/"
