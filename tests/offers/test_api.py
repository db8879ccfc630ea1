"""The bridges API: quotes, scenarios, walk-away advice and offers accepted once."""

import datetime as dt

import pytest
from django.utils import timezone

from delaydesk.delays.models import NextStep
from delaydesk.portfolio.models import Renewal
from delaydesk.teams.services import token_create
from factories import DelayFactory, NextStepFactory


def _auth(user, lang: str = "en") -> dict[str, str]:
    _record, token = token_create(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {token}", "HTTP_ACCEPT_LANGUAGE": lang}


def test_two_accepts_in_a_row_move_the_contract_end_once(client, roles):
    renewal = roles["renewal"]
    DelayFactory(renewal=renewal)
    headers = _auth(roles["users"]["owner"])
    old_end = renewal.contract_end
    created = client.post(f"/api/v1/renewals/{renewal.pk}/bridge-offers",
                          {"kind": "extension_60"}, content_type="application/json", **headers)
    assert created.status_code == 201, created.content
    offer = created.json()
    assert (offer["status"], offer["price"], offer["currency"]) == (
        "proposed", "20226.03", "EUR")
    for _ in range(2):
        accepted = client.post(f"/api/v1/bridge-offers/{offer['id']}/accept", **headers)
        assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    renewal.refresh_from_db()
    assert renewal.contract_end == old_end + dt.timedelta(days=60)
    reasons = [h.history_change_reason for h in Renewal.history.filter(id=renewal.pk)]
    assert sum(1 for r in reasons if r and "accepted" in r) == 1
    listed = client.get(f"/api/v1/renewals/{renewal.pk}/bridge-offers", **headers).json()
    assert [o["id"] for o in listed] == [offer["id"]]


def test_decline_and_unknown_kind(client, roles):
    renewal = roles["renewal"]
    headers = _auth(roles["users"]["lead"])
    bad = client.post(f"/api/v1/renewals/{renewal.pk}/bridge-offers", {"kind": "free_year"},
                      content_type="application/json", **headers)
    assert bad.status_code == 422 and "kind" in bad.json()["error"]["fields"]
    offer = client.post(f"/api/v1/renewals/{renewal.pk}/bridge-offers", {"kind": "extension_30"},
                        content_type="application/json", **headers).json()
    declined = client.post(f"/api/v1/bridge-offers/{offer['id']}/decline", **headers)
    assert declined.json()["status"] == "declined"


def test_bridges_in_the_users_language(client, roles):
    renewal = roles["renewal"]
    DelayFactory(renewal=renewal, assessed_type="budget", category="administrative")
    data = client.get(f"/api/v1/renewals/{renewal.pk}/bridges",
                      **_auth(roles["users"]["owner"], "de")).json()
    kinds = [offer["kind"] for offer in data["offers"]]
    assert kinds[0] == "extension_30" and len(kinds) == 8
    quarterly = next(o for o in data["offers"] if o["kind"] == "quarterly")
    assert quarterly["fits"] is True
    assert "Geschäftsquartal" in " ".join(quarterly["reasons"])


def test_scenario_endpoint_uses_the_earliest_open_commitment(client, roles):
    renewal = roles["renewal"]
    DelayFactory(renewal=renewal)
    today = timezone.localdate()
    signature = renewal.contract_end + dt.timedelta(days=20)
    NextStepFactory(renewal=renewal, kind="customer_commitment", due_on=signature)
    NextStepFactory(renewal=renewal, kind="decision_deadline",
                    due_on=signature + dt.timedelta(days=5))
    NextStepFactory(renewal=renewal, kind="our_action", due_on=today + dt.timedelta(days=1))
    NextStep.objects.create(renewal=renewal, what="done already", kind="decision_deadline",
                            due_on=today + dt.timedelta(days=2), done_on=today)
    response = client.get(f"/api/v1/renewals/{renewal.pk}/scenarios",
                          **_auth(roles["users"]["colleague"]))
    assert response.status_code == 200
    plan = response.json()
    assert plan["expected_signature"] == signature.isoformat()
    assert [s["id"] for s in plan["scenarios"]] == ["renews", "slips", "churns", "changes"]
    slips = plan["scenarios"][1]
    assert slips["bridge"] is not None and slips["bridge_cost"] is not None
    assert plan["timeline_svg"].startswith("<svg")


def test_walk_away_endpoint_with_exit_draft(client, roles):
    from factories import ContactFactory

    ContactFactory(account=roles["account"], name="Dana Berger", email="dana@example.com")
    data = client.get(f"/api/v1/renewals/{roles['renewal'].pk}/walk-away",
                      **_auth(roles["users"]["owner"])).json()
    assert data["recommendation"] == "keep_going" and len(data["signs"]) == 6
    assert data["exit_draft"]["lang"] == "de"  # the account's language, not the user's
    assert data["exit_draft"]["body"].startswith("Guten Tag Dana Berger")


@pytest.mark.parametrize("path", ["bridges", "scenarios", "walk-away", "bridge-offers"])
def test_no_token_is_401(client, roles, path):
    response = client.get(f"/api/v1/renewals/{roles['renewal'].pk}/{path}")
    assert response.status_code == 401
