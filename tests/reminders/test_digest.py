"""The daily digest against a real SMTP server on loopback: content, language, idempotence."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from delaydesk.reminders.models import DigestDelivery, Notification
from delaydesk.reminders.services import remind
from factories import ContactFactory, NextStepFactory, UserFactory
from mailserver import text_and_html


@pytest.fixture
def busy(roles):
    """The owner has an overdue step, one due today, one later this week and flags."""
    renewal, today = roles["renewal"], timezone.localdate()
    renewal.stage, renewal.conversation_started_on = "upcoming", None
    renewal.save()
    steps = [
        NextStepFactory(renewal=renewal, what="Chase the purchase order",
                        due_on=today - dt.timedelta(days=2)),
        NextStepFactory(renewal=renewal, what="Send the security questionnaire", due_on=today),
        NextStepFactory(renewal=renewal, what="Joint call with finance",
                        due_on=today + dt.timedelta(days=5), kind="check_in"),
        NextStepFactory(renewal=renewal, what="Too far ahead", due_on=today + dt.timedelta(days=9)),
    ]
    ContactFactory(account=renewal.account, name="Petra Schmidt", role="champion", active=False,
                   left_on=today - dt.timedelta(days=3))
    return {**roles, "today": today, "steps": steps}


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("remind", *args, stdout=out)
    return out.getvalue()


def test_digest_holds_the_day_in_text_and_html(smtp, busy):
    owner = busy["users"]["owner"]
    output = run("--user", "owner")
    assert "owner" in output and "sent to owner@example.com" in output
    [message] = smtp.to(owner.email)
    assert "1 due today" in message["Subject"] and "1 overdue" in message["Subject"]
    assert message["Auto-Submitted"] == "auto-generated"
    text, html = text_and_html(message)
    for body in (text, html):
        assert "Chase the purchase order" in body
        assert "Send the security questionnaire" in body
        assert "Joint call with finance" in body
        assert "Too far ahead" not in body
        assert "No renewal conversation started" in body
        assert "The champion Petra Schmidt has left" in body
        assert f"/renewals/{busy['renewal'].pk}/#playbook-panel" in body
    assert html.lstrip().startswith("<!doctype html>") and 'lang="en"' in html
    assert "http://127.0.0.1:8000/attention/" in text


def test_second_run_sends_nothing_new(smtp, busy):
    first = remind()
    # The owner (own list), the lead (the team's) and the admin (everything).
    assert sorted(r.username for r in first if r.outcome == "sent") == ["boss", "lead", "owner"]
    notifications = Notification.objects.filter(user=busy["users"]["owner"]).count()
    assert notifications >= 2
    second = remind()
    assert {r.outcome for r in second} == {"already_sent"}
    assert len(smtp.envelopes) == 3
    assert Notification.objects.filter(user=busy["users"]["owner"]).count() == notifications
    assert DigestDelivery.objects.filter(day=busy["today"]).count() == len(first)


def test_the_next_day_only_new_flags_are_new(smtp, busy):
    today = busy["today"]
    remind(today=today, usernames=["owner"])
    tomorrow = remind(today=today + dt.timedelta(days=1), usernames=["owner"])
    assert tomorrow[0].outcome == "sent"
    assert tomorrow[0].counts["new_flags"] == 0  # told yesterday; still on the dashboard
    assert tomorrow[0].counts["overdue"] == 2  # yesterday's due-today step slipped


def test_digest_in_the_users_language(smtp, busy):
    owner = busy["users"]["owner"]
    owner.language = "de"
    owner.save()
    remind(usernames=["owner"])
    [message] = smtp.to(owner.email)
    text, html = text_and_html(message)
    assert 'lang="de"' in html
    assert busy["today"].strftime("%d.%m.%Y") in message["Subject"]
    assert "Unsere Maßnahme" not in text  # kinds are not listed; the step titles are
    assert "Chase the purchase order" in text


def test_dry_run_lists_and_stores_nothing(smtp, busy):
    output = run("--dry-run")
    assert "would send to owner@example.com" in output
    assert "subject:" in output and "Dry run" in output
    assert smtp.envelopes == []
    assert not DigestDelivery.objects.exists() and not Notification.objects.exists()


def test_date_option_and_bad_dates(smtp, busy):
    day = busy["today"] + dt.timedelta(days=3)
    run("--date", day.isoformat(), "--user", "owner")
    assert DigestDelivery.objects.get(user=busy["users"]["owner"]).day == day
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("--date", "03/05/2025")


def test_users_without_anything_or_without_email(smtp, busy):
    quiet = UserFactory(username="quiet", team=busy["teams"][1])
    nomail = UserFactory(username="nomail", team=busy["teams"][0], role="team_lead", email="")
    results = {r.username: r for r in remind(usernames=["quiet", "nomail"])}
    assert results["quiet"].outcome == "nothing"
    assert results["nomail"].outcome == "no_email"
    assert smtp.envelopes == []
    # In-app notifications do not need an e-mail address.
    assert Notification.objects.filter(user=nomail).exists()
    assert not Notification.objects.filter(user=quiet).exists()


def test_a_failed_send_is_retried_on_the_next_run(settings, smtp, busy):
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 1  # nothing listens there
    with pytest.raises(CommandError, match="failed"):
        run("--user", "owner")
    assert not DigestDelivery.objects.exists() and not Notification.objects.exists()
    settings.EMAIL_PORT = port
    assert "sent to owner@example.com" in run("--user", "owner")
    assert len(smtp.to("owner@example.com")) == 1
