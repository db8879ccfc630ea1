from io import StringIO

from django.core.management import call_command

from delaydesk.teams.services import token_revoke
from factories import RenewalFactory, UserFactory


def test_token_from_the_cli_works_against_the_renewals_endpoint(client, db):
    user = UserFactory(username="jana")
    RenewalFactory(account__owner=user)
    out = StringIO()
    call_command("token", "create", "jana", stdout=out)
    token = out.getvalue().strip()
    response = client.get("/api/v1/renewals", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_tokens_are_stored_hashed_and_revocable(client, db):
    from delaydesk.teams.services import token_create

    user = UserFactory(username="jana")
    record, token = token_create(user=user)
    assert token not in record.token_hash
    assert client.get("/api/v1/renewals", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
    token_revoke(token=record)
    response = client.get("/api/v1/renewals", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_a_token_of_a_deactivated_user_stops_working(client, db):
    from delaydesk.teams.services import token_create

    user = UserFactory(username="jana")
    _record, token = token_create(user=user)
    user.is_active = False
    user.save()
    assert client.get("/api/v1/renewals", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401
