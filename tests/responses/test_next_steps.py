"""Playbook steps and the mutual plan become next steps with the engine's dates."""

from __future__ import annotations

from django.utils import timezone

from delaydesk.delays.models import NextStep
from delaydesk.playbooks.mutual_plan import mutual_plan
from delaydesk.playbooks.responses import playbook_for, suggested_due_date
from delaydesk.responses.models import ResponsePolicy


def test_adding_a_step_creates_a_next_step_with_the_suggested_due_date(client, risk):
    renewal = risk["renewal"]
    client.force_login(risk["users"]["owner"])
    response = client.post(f"/renewals/{renewal.pk}/playbook/steps/",
                           {"step": "remediation_plan"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    step = NextStep.objects.get(renewal=renewal)
    engine_step = next(s for s in playbook_for("risk", "hidden_problem", lang="en").steps
                       if s.id == "remediation_plan")
    assert step.due_on == suggested_due_date(engine_step, timezone.localdate(), "DE")
    assert step.what == "Send a remediation plan in three horizons"
    assert step.kind == "our_action"
    assert step.delay == risk["delay"]
    html = response.content.decode()
    assert "Next step added" in html
    assert 'value="remediation_plan"' not in html  # the step now shows as planned


def test_plain_post_redirects_back_to_the_renewal(client, risk):
    renewal = risk["renewal"]
    client.force_login(risk["users"]["owner"])
    response = client.post(f"/renewals/{renewal.pk}/playbook/steps/", {"step": "listening_call"})
    assert response.status_code == 302 and response["Location"] == f"/renewals/{renewal.pk}/"
    assert NextStep.objects.filter(renewal=renewal, kind="check_in").count() == 1


def test_unknown_step_adds_nothing(client, risk):
    client.force_login(risk["users"]["owner"])
    response = client.post(f"/renewals/{risk['renewal'].pk}/playbook/steps/",
                           {"step": "map_budget_cycle"}, HTTP_HX_REQUEST="true")
    assert "not part of the current playbook" in response.content.decode()
    assert not NextStep.objects.exists()


def test_accepting_the_mutual_plan_creates_four_next_steps_once(client, risk):
    renewal = risk["renewal"]
    client.force_login(risk["users"]["owner"])
    url = f"/renewals/{renewal.pk}/playbook/plan/"
    assert client.post(url, HTTP_HX_REQUEST="true").status_code == 200
    plan = mutual_plan(timezone.localdate(), renewal.contract_end, "risk",
                       renewal.account.country,
                       reonboarding_business_days=ResponsePolicy.get().reonboarding_business_days)
    steps = list(NextStep.objects.filter(renewal=renewal).order_by("due_on"))
    assert [(s.kind, s.due_on) for s in steps] == [
        ("customer_commitment", plan.info_by),
        ("check_in", plan.reconnect_on),
        ("decision_deadline", plan.decision_by),
        ("decision_deadline", renewal.contract_end),
    ]
    assert all(s.what.startswith("Mutual plan: ") and s.delay == risk["delay"] for s in steps)
    response = client.post(url, HTTP_HX_REQUEST="true")
    assert "already planned" in response.content.decode()
    assert NextStep.objects.filter(renewal=renewal).count() == 4


def test_bridge_warning_when_the_contract_end_is_close(client, risk):
    renewal = risk["renewal"]
    renewal.contract_end = timezone.localdate() + timezone.timedelta(days=10)
    renewal.save()
    client.force_login(risk["users"]["owner"])
    html = client.get(f"/renewals/{renewal.pk}/playbook/").content.decode()
    assert "Bridge needed" in html
