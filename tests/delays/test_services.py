import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from delaydesk.delays import services
from delaydesk.delays.models import Delay, NextStep
from factories import DelayFactory


def test_logging_a_delay_keeps_both_views_and_moves_the_stage(roles):
    owner, renewal = roles["users"]["owner"], roles["renewal"]
    delay = services.delay_log(
        by=owner, renewal=renewal, communicated_on=timezone.localdate(),
        customer_words="Budget ist erst im Januar frei.", assessed_type="budget",
        category="administrative",
        diagnosis={"delay_type": "budget", "category": "administrative", "risk": 18,
                   "confidence": 0.8, "evidence": []},
    )
    renewal.refresh_from_db()
    assert renewal.stage == "delayed"
    assert (delay.model_type, delay.model_category, delay.risk) == ("budget", "administrative", 18)
    assert delay.created_by == owner
    assert not delay.corrected


def test_a_colleague_can_read_but_not_log_on_someone_elses_renewal(roles):
    with pytest.raises(PermissionDenied):
        services.delay_log(by=roles["users"]["colleague"], renewal=roles["renewal"],
                           communicated_on=timezone.localdate())
    assert Delay.objects.count() == 0


def test_the_team_lead_can_log_on_any_renewal_of_the_team(roles):
    services.delay_log(by=roles["users"]["lead"], renewal=roles["renewal"],
                       communicated_on=timezone.localdate(), assessed_type="unknown",
                       category="decision")
    assert Delay.objects.count() == 1


def test_a_delay_in_the_future_is_rejected(roles):
    with pytest.raises(ValidationError) as error:
        services.delay_log(by=roles["users"]["owner"], renewal=roles["renewal"],
                           communicated_on=timezone.localdate() + dt.timedelta(days=1))
    assert "communicated_on" in error.value.message_dict


def test_help_needed_requires_a_text(roles):
    with pytest.raises(ValidationError) as error:
        services.delay_log(by=roles["users"]["owner"], renewal=roles["renewal"],
                           communicated_on=timezone.localdate(), help_needed=True)
    assert "help_text" in error.value.message_dict


def test_next_step_due_in_the_past_is_rejected(roles):
    with pytest.raises(ValidationError) as error:
        services.next_step_add(by=roles["users"]["owner"], renewal=roles["renewal"],
                               what="Call", due_on=timezone.localdate() - dt.timedelta(days=1))
    assert "due_on" in error.value.message_dict
    assert NextStep.objects.count() == 0


def test_completing_a_step_twice_keeps_the_first_date(roles):
    owner = roles["users"]["owner"]
    step = services.next_step_add(by=owner, renewal=roles["renewal"], what="Call",
                                  due_on=timezone.localdate())
    services.next_step_complete(by=owner, step=step, done_on=timezone.localdate())
    services.next_step_complete(by=owner, step=step,
                                done_on=timezone.localdate() + dt.timedelta(days=3))
    step.refresh_from_db()
    assert step.done_on == timezone.localdate()


def test_actions_and_resolution(roles):
    owner = roles["users"]["owner"]
    delay = DelayFactory(renewal=roles["renewal"])
    services.action_record(by=owner, delay=delay, taken_on=timezone.localdate(),
                           description="Sent the DPA", customer_response="Legal is happy")
    services.delay_resolve(by=owner, delay=delay)
    delay.refresh_from_db()
    assert delay.status == "resolved" and delay.actions.count() == 1


def test_without_words_or_a_choice_the_delay_is_refused(roles):
    with pytest.raises(ValidationError):
        services.delay_log(by=roles["users"]["owner"], renewal=roles["renewal"],
                           communicated_on=timezone.localdate())
    assert Delay.objects.count() == 0
