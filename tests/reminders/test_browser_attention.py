"""In Chromium: the dashboard shows the flags; the champion flag leads to the playbook."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from factories import ContactFactory, NextStepFactory

pytestmark = pytest.mark.browser


def test_dashboard_flags_and_the_restart_playbook(live_server, sign_in, roles):
    renewal, today = roles["renewal"], timezone.localdate()
    renewal.stage, renewal.conversation_started_on = "upcoming", None
    renewal.save()
    NextStepFactory(renewal=renewal, what="Chase the purchase order",
                    due_on=today - dt.timedelta(days=1))
    ContactFactory(account=renewal.account, name="Jonas Kühn", role="champion", active=False,
                   left_on=today - dt.timedelta(days=2))

    page = sign_in("owner")
    page.wait_for_selector("h1")

    page.click("nav.mainnav >> text=Needs attention")
    page.wait_for_selector("h1:has-text('Needs attention')")
    steps = page.locator("#attention-steps")
    assert "Chase the purchase order" in steps.inner_text()
    calendar = page.locator("#attention-calendar").inner_text()
    assert "No renewal conversation started" in calendar
    assert page.locator("tr[data-kind=champion_left] .badge.sev-urgent").is_visible()

    page.click("text=Open the restart playbook")
    page.wait_for_url(f"**/renewals/{renewal.pk}/#playbook-panel")
    page.wait_for_selector("#playbook-panel")
    assert renewal.account.name in page.locator("h1").inner_text()
