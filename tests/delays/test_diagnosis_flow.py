"""The diagnosis inside the app: live preview, accepting and correcting, the API."""

import datetime as dt

from django.utils import timezone

from delaydesk.delays.models import Delay
from delaydesk.delays.selectors import diagnosis_corrections
from delaydesk.teams.services import token_create

RISKY = ("Honestly, the team has barely used the reporting module since the outage in March, "
         "and we are now looking at two other vendors. We need more time before we decide.")


def test_preview_shows_verdict_evidence_and_questions(client, roles):
    client.force_login(roles["users"]["owner"])
    response = client.post(f"/renewals/{roles['renewal'].pk}/diagnose/",
                           {"customer_words": RISKY})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-category="risk"' in html
    assert "<mark" in html


def test_preview_for_empty_text_is_empty_and_other_teams_get_404(client, roles):
    client.force_login(roles["users"]["owner"])
    assert client.post(f"/renewals/{roles['renewal'].pk}/diagnose/",
                       {"customer_words": "  "}).content.strip() == b""
    client.force_login(roles["users"]["other"])
    assert client.post(f"/renewals/{roles['renewal'].pk}/diagnose/",
                       {"customer_words": RISKY}).status_code == 404


def test_leaving_type_open_accepts_the_diagnosis(client, roles):
    client.force_login(roles["users"]["owner"])
    client.post(f"/renewals/{roles['renewal'].pk}/delays/", {
        "communicated_on": timezone.localdate().isoformat(), "channel": "email",
        "customer_words": RISKY, "assessed_type": "", "category": ""})
    delay = Delay.objects.get()
    assert delay.category == delay.model_category == "risk"
    assert delay.evidence and not delay.corrected


def test_a_correction_is_kept_next_to_the_model_view(client, roles):
    client.force_login(roles["users"]["owner"])
    client.post(f"/renewals/{roles['renewal'].pk}/delays/", {
        "communicated_on": timezone.localdate().isoformat(), "channel": "email",
        "customer_words": RISKY, "assessed_type": "hidden_problem", "category": "decision"})
    delay = Delay.objects.get()
    assert (delay.assessed_type, delay.category) == ("hidden_problem", "decision")
    assert delay.model_category == "risk" and delay.corrected
    assert diagnosis_corrections()[0]["category"] == "decision"


def test_api_diagnose_matches_the_engine_and_rejects_empty_text(client, roles):
    from delaydesk.diagnosis import diagnose

    _record, token = token_create(user=roles["users"]["owner"])
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    response = client.post("/api/v1/diagnose", {"text": RISKY},
                           content_type="application/json", **headers)
    assert response.status_code == 200
    assert response.json() == diagnose(RISKY).to_dict()
    response = client.post("/api/v1/diagnose", {"text": "   "},
                           content_type="application/json", **headers)
    assert response.status_code == 422
    assert "text" in response.json()["error"]["fields"]


def test_api_delay_without_type_takes_the_diagnosis(client, roles):
    _record, token = token_create(user=roles["users"]["owner"])
    response = client.post("/api/v1/delays", {
        "renewal_id": roles["renewal"].pk,
        "communicated_on": (timezone.localdate() - dt.timedelta(days=1)).isoformat(),
        "customer_words": RISKY}, content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 201
    assert response.json()["category"] == response.json()["model_category"] == "risk"
