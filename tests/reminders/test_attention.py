"""The "Needs attention" list on the page, in the API and on the command line."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from delaydesk.reminders.models import ReminderPolicy
from delaydesk.teams.services import token_create
from factories import (
    AccountFactory,
    ActionFactory,
    ContactFactory,
    DelayFactory,
    NextStepFactory,
    RenewalFactory,
)


@pytest.fixture
def flagged(roles):
    renewal, today = roles["renewal"], timezone.localdate()
    renewal.stage, renewal.conversation_started_on = "upcoming", None
    renewal.save()
    NextStepFactory(renewal=renewal, what="Chase the purchase order",
                    due_on=today - dt.timedelta(days=1))
    ContactFactory(account=renewal.account, name="Jonas Kühn", role="champion", active=False,
                   left_on=today - dt.timedelta(days=2))
    return roles


def test_page_shows_flags_grouped_with_links(client, flagged):
    client.force_login(flagged["users"]["owner"])
    response = client.get("/attention/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Overdue since" in html and "Chase the purchase order" in html
    assert "No renewal conversation started" in html
    assert "The champion Jonas Kühn has left" in html
    renewal = flagged["renewal"]
    assert f'href="/renewals/{renewal.pk}/#playbook-panel"' in html
    assert f'href="/accounts/{renewal.account_id}/"' in html  # stakeholder gaps
    for group in ("attention-steps", "attention-calendar", "attention-stakeholders",
                  "attention-delays"):
        assert f'id="{group}"' in html


def test_page_in_german_dates(client, flagged):
    owner = flagged["users"]["owner"]
    owner.language = "de"
    owner.save()
    client.force_login(owner)
    html = client.get("/attention/").content.decode()
    assert flagged["renewal"].contract_end.strftime("%d.%m.%Y") in html
    assert '<html lang="de">' in html


def test_lead_and_admin_choose_whose_list(client, flagged):
    client.force_login(flagged["users"]["lead"])
    html = client.get("/attention/").content.decode()
    assert 'name="user"' in html and "owner" in html
    assert client.get("/attention/?user=other").status_code == 404
    client.force_login(flagged["users"]["admin"])
    assert client.get("/attention/?user=other").status_code == 200
    assert client.get("/attention/?user=nobody").status_code == 404


def test_page_queries_do_not_grow_with_the_portfolio(client, roles, django_assert_max_num_queries):
    owner = roles["users"]["owner"]
    today = timezone.localdate()

    def add(count: int) -> None:
        for index in range(count):
            account = AccountFactory(owner=owner, team=owner.team)
            ContactFactory(account=account, role="champion")
            renewal = RenewalFactory(account=account, owner=owner, stage="delayed",
                                     contract_end=today + dt.timedelta(days=20 + index))
            delay = DelayFactory(renewal=renewal, category="risk",
                                 communicated_on=today - dt.timedelta(days=10))
            ActionFactory(delay=delay, taken_on=today - dt.timedelta(days=9))
            NextStepFactory(renewal=renewal, due_on=today)

    client.force_login(owner)
    ReminderPolicy.get()  # created on first use; not part of what is measured
    add(3)
    with django_assert_max_num_queries(14) as few:
        assert client.get("/attention/").status_code == 200
    add(20)
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        response = client.get("/attention/")
    assert response.status_code == 200
    assert response.content.count(b'data-kind="step_due_today"') == 23
    assert len(many.captured_queries) == len(few.captured_queries)


def test_api_returns_the_same_list(client, flagged):
    _record, token = token_create(user=flagged["users"]["owner"])
    response = client.get("/api/v1/attention", HTTP_AUTHORIZATION=f"Bearer {token}")
    data = response.json()
    assert response.status_code == 200 and data["user"] == "owner"
    kinds = {item["kind"] for item in data["items"]}
    assert {"step_overdue", "no_conversation", "champion_left"} <= kinds
    assert data["count"] == len(data["items"]) == sum(data["counts"].values())
    champion = next(i for i in data["items"] if i["kind"] == "champion_left")
    assert champion["action_url"].endswith("#playbook-panel")
    assert champion["severity"] == "urgent" and champion["params"]["name"] == "Jonas Kühn"
    german = client.get("/api/v1/attention", HTTP_AUTHORIZATION=f"Bearer {token}",
                        HTTP_ACCEPT_LANGUAGE="de")
    assert german.status_code == 200


def test_cli_lists_by_user_and_everyone(flagged):
    out = io.StringIO()
    call_command("attention", "--user", "owner", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["user"] == "owner" and data["count"] > 0
    table = io.StringIO()
    call_command("attention", "--user", "owner", stdout=table)
    assert "Chase the purchase order" in table.getvalue()
    assert flagged["account"].name in table.getvalue()
    everyone = io.StringIO()
    call_command("attention", "--json", stdout=everyone)
    assert json.loads(everyone.getvalue())["user"] is None
    colleague = io.StringIO()
    call_command("attention", "--user", "colleague", "--json", stdout=colleague)
    assert json.loads(colleague.getvalue())["count"] == 0  # a CSM's list is their own
    with pytest.raises(CommandError, match="No active user"):
        call_command("attention", "--user", "ghost", stdout=io.StringIO())


def test_cli_date_travels(flagged):
    later = flagged["renewal"].contract_end + dt.timedelta(days=1)
    out = io.StringIO()
    call_command("attention", "--user", "owner", "--json", "--date", later.isoformat(),
                 stdout=out)
    assert "contract_ended" in {i["kind"] for i in json.loads(out.getvalue())["items"]}
