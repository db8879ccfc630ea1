"""In Chromium: log in, open a renewal, log a delay, add a next step, see both, switch to German."""

import datetime as dt

import pytest
from django.utils import timezone

pytestmark = pytest.mark.browser


def test_log_delay_and_next_step_then_switch_to_german(live_server, sign_in, roles):
    renewal = roles["renewal"]
    page = sign_in("owner")
    page.wait_for_selector("h1:has-text('My renewals')")

    page.click(f"text={renewal.account.name}")
    page.wait_for_selector("h2:has-text('Delay log')")
    page.fill("#id_customer_words", "Our legal team still has to review the DPA, sorry.")
    page.select_option("#id_assessed_type", "process")
    page.select_option("#id_category", "administrative")
    page.click("button:has-text('Log delay')")
    page.wait_for_selector("text=Delay logged.")
    assert page.is_visible("blockquote:has-text('Our legal team still has to review')")

    due = (timezone.localdate() + dt.timedelta(days=4)).isoformat()
    page.fill("#add-step #id_what", "Send the DPA to legal")
    page.fill("#add-step #id_due_on", due)
    page.click("button:has-text('Add next step')")
    page.wait_for_selector("text=Next step added.")

    page.goto(f"{live_server.url}/")
    row = page.locator("tr", has_text=renewal.account.name)
    assert "Administrative" in row.inner_text()
    assert "Send the DPA to legal" in row.inner_text()

    page.click("button[value=de]")
    page.wait_for_selector("h1:has-text('Meine Verlängerungen')")
    assert page.is_visible("th:has-text('Vertragsende')")
    assert "Administrativ" in page.locator("tr", has_text=renewal.account.name).inner_text()
