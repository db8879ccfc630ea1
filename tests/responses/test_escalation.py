"""Escalation advice uses the recorded facts and respects the team's cap."""

from __future__ import annotations

import pytest

from delaydesk.responses.models import RenewalEscalation, ResponsePolicy
from delaydesk.responses.selectors import renewal_playbook
from factories import ActionFactory, RenewalFactory


@pytest.fixture
def stuck(risk):
    for _ in range(3):
        ActionFactory(delay=risk["delay"])
    return risk


def _advice(data):
    return renewal_playbook(data["renewal"], user=data["users"]["owner"], lang="en").escalation


def test_stuck_and_strategic_renewal_is_recommended_for_escalation(stuck):
    advice = _advice(stuck)
    assert advice.recommend is True
    assert advice.criteria["stuck_despite_efforts"] and advice.criteria["strategically_important"]


def test_team_cap_blocks_further_escalations(stuck):
    account = stuck["account"]
    for _ in range(3):
        RenewalEscalation.objects.create(renewal=RenewalFactory(account=account), open=True)
    advice = _advice(stuck)
    assert advice.recommend is False and advice.blocked_by_team_cap is True


def test_closed_escalations_and_other_teams_do_not_count(stuck):
    account = stuck["account"]
    other_account = RenewalFactory(account__owner=stuck["users"]["other"]).account
    for _ in range(2):
        RenewalEscalation.objects.create(renewal=RenewalFactory(account=account), open=False)
        RenewalEscalation.objects.create(renewal=RenewalFactory(account=other_account), open=True)
    RenewalEscalation.objects.create(renewal=RenewalFactory(account=account), open=True)
    assert _advice(stuck).recommend is True


def test_policy_cap_is_admin_changeable(stuck):
    RenewalEscalation.objects.create(renewal=RenewalFactory(account=stuck["account"]), open=True)
    policy = ResponsePolicy.get()
    policy.escalation_max_open_per_team = 1
    policy.save()
    assert _advice(stuck).blocked_by_team_cap is True


def test_facts_form_records_escalation_and_shows_the_cap(client, stuck):
    renewal = stuck["renewal"]
    client.force_login(stuck["users"]["owner"])
    response = client.post(f"/renewals/{renewal.pk}/playbook/facts/", {
        "decision_maker_level": "executive", "csm_authority_exhausted": "on",
        "escalated": "on", "price_increase_on": "", "budget_cycle_closes_on": "",
    }, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    esc = RenewalEscalation.objects.get(renewal=renewal)
    assert esc.open and esc.escalated_on and esc.decision_maker_level == "executive"
    assert esc.history.count() == 1 and esc.history.first().history_user == stuck["users"]["owner"]
    # Another renewal of the team now sees this escalation under the cap.
    other = RenewalFactory(account=stuck["account"])
    book = renewal_playbook(other, user=stuck["users"]["owner"], lang="en")
    assert book.open_team_escalations == 1
