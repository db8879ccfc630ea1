"""The reminder thresholds are one row the administrator edits in the admin."""

from __future__ import annotations

from delaydesk.reminders.models import ReminderPolicy
from delaydesk.reminders.selectors import policy_settings


def _form(policy: ReminderPolicy, **changes: object) -> dict[str, object]:
    data = {name: getattr(policy, name) for name in (
        "conversation_start_days", "milestones", "notice_warning_days", "expiry_warning_days",
        "stakeholder_check_days", "quiet_risk_days", "upcoming_days")}
    data.update(changes)
    return data


def test_admin_edits_the_thresholds(client, roles):
    client.force_login(roles["users"]["admin"])
    policy = ReminderPolicy.get()
    url = f"/admin/reminders/reminderpolicy/{policy.pk}/change/"
    assert client.get(url).status_code == 200
    response = client.post(url, _form(policy, milestones="100; 45, 100,10",
                                      conversation_start_days=150))
    assert response.status_code == 302
    settings = policy_settings()
    assert settings.milestones == (100, 45, 10) and settings.conversation_start_days == 150
    assert ReminderPolicy.get().milestones == "100, 45, 10"
    assert ReminderPolicy.history.count() >= 2  # who changed what is kept


def test_admin_refuses_nonsense(client, roles):
    client.force_login(roles["users"]["admin"])
    policy = ReminderPolicy.get()
    url = f"/admin/reminders/reminderpolicy/{policy.pk}/change/"
    response = client.post(url, _form(policy, milestones="soon, later"))
    assert response.status_code == 200
    assert b"whole numbers of days" in response.content
    assert ReminderPolicy.get().milestones == "120, 90, 60, 30, 14"


def test_only_one_row_and_the_installation_id_stays(roles):
    installation = ReminderPolicy.get().installation_id
    second = ReminderPolicy(conversation_start_days=90)
    second.save()
    assert ReminderPolicy.objects.count() == 1
    assert ReminderPolicy.get().conversation_start_days == 90
    assert ReminderPolicy.get().installation_id == installation


def test_openapi_documents_the_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/attention" in paths and "/api/v1/notifications" in paths
