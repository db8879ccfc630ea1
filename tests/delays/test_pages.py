import datetime as dt

from django.utils import timezone

from delaydesk.delays.models import Delay, NextStep


def test_log_a_delay_from_the_renewal_page(client, roles):
    client.force_login(roles["users"]["owner"])
    renewal = roles["renewal"]
    response = client.post(f"/renewals/{renewal.pk}/delays/", {
        "communicated_on": timezone.localdate().isoformat(), "channel": "email",
        "customer_words": "Our procurement needs three weeks for the PO.",
        "assessed_type": "process", "category": "administrative", "risk": "15",
    }, follow=True)
    assert b"Delay logged." in response.content
    assert b"Our procurement needs three weeks" in response.content
    assert Delay.objects.get().risk == 15


def test_form_errors_are_shown_per_field_and_nothing_is_saved(client, roles):
    client.force_login(roles["users"]["owner"])
    renewal = roles["renewal"]
    response = client.post(f"/renewals/{renewal.pk}/next-steps/", {
        "what": "Call", "due_on": (timezone.localdate() - dt.timedelta(days=2)).isoformat(),
        "kind": "our_action"})
    assert response.status_code == 400
    assert b"The due date cannot be in the past." in response.content
    assert NextStep.objects.count() == 0


def test_form_errors_in_german(client, roles):
    owner = roles["users"]["owner"]
    owner.language = "de"
    owner.save()
    client.force_login(owner)
    response = client.post(f"/renewals/{roles['renewal'].pk}/next-steps/", {
        "what": "Anrufen", "due_on": "kein Datum", "kind": "our_action"})
    assert response.status_code == 400
    assert "Bitte ein gültiges Datum eingeben.".encode() in response.content


def test_add_and_complete_a_next_step(client, roles):
    client.force_login(roles["users"]["owner"])
    renewal = roles["renewal"]
    client.post(f"/renewals/{renewal.pk}/next-steps/", {
        "what": "Send the order form", "due_on": timezone.localdate().isoformat(),
        "kind": "our_action"})
    step = NextStep.objects.get()
    client.post(f"/next-steps/{step.pk}/done/")
    step.refresh_from_db()
    assert step.done_on == timezone.localdate()


def test_change_stage(client, roles):
    client.force_login(roles["users"]["owner"])
    renewal = roles["renewal"]
    client.post(f"/renewals/{renewal.pk}/stage/", {"stage": "committed",
                                                    "forecast_category": "commit"})
    renewal.refresh_from_db()
    assert renewal.stage == "committed"


def test_a_service_error_on_a_field_the_form_lacks_shows_above_the_form(client, roles):
    from factories import DelayFactory, RenewalFactory

    owner = roles["users"]["owner"]
    elsewhere = DelayFactory(renewal=RenewalFactory(account=roles["account"], owner=owner))
    client.force_login(owner)
    response = client.post(f"/renewals/{roles['renewal'].pk}/next-steps/", {
        "what": "Call", "due_on": timezone.localdate().isoformat(), "kind": "our_action",
        "delay": str(elsewhere.pk)})
    assert response.status_code == 400
    assert b"This delay belongs to another renewal." in response.content
    assert NextStep.objects.count() == 0
