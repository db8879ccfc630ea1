"""In Chromium: the remediation playbook on a risk delay's renewal, a step added, and the
urgency guard flagging an invented deadline while a German draft is edited."""

from __future__ import annotations

import pytest

from delaydesk.delays.models import NextStep

pytestmark = pytest.mark.browser


def test_playbook_panel_step_and_urgency_guard(live_server, sign_in, risk):
    renewal = risk["renewal"]
    page = sign_in("owner")
    page.wait_for_selector("h1:has-text('My renewals')")

    page.goto(f"{live_server.url}/renewals/{renewal.pk}/")
    panel = page.locator("#playbook-panel")
    panel.locator("text=Something is wrong: surface and fix the real problem").wait_for()
    assert panel.locator("#step-remediation_plan").is_visible()

    panel.locator("#step-remediation_plan button").click()
    panel.locator("text=Next step added").wait_for()
    step = NextStep.objects.get(renewal=renewal)
    assert step.what == "Send a remediation plan in three horizons"

    # The first draft is open; which one it is depends on what the customer left unsaid.
    kind = panel.locator("details.draft[open]").first.get_attribute("id").removeprefix("draft-")
    body = panel.locator(f"#draft-body-{kind}")
    assert "Guten Tag Petra Schmidt" in body.input_value()
    assert "Urgency guard: no fake urgency found." in panel.locator(f"#guard-{kind}").inner_text()
    body.fill(body.input_value() + "\nDieses Angebot gilt nur noch bis Freitag.")
    body.press("End")  # the guard listens to key presses, as while typing
    guard = panel.locator(f"#guard-{kind} .guard-findings")
    guard.wait_for()
    assert "gilt nur noch bis" in guard.inner_text()
    assert "Ihr Vertrag endet am" in guard.inner_text()  # the better wording, in German

    mailto = panel.locator(f"#draft-{kind} a.mailto")
    mailto.evaluate("a => a.dispatchEvent(new MouseEvent('click', {cancelable: true}))")
    href = mailto.get_attribute("href")
    assert href.startswith("mailto:petra.schmidt@example.com?subject=")
    assert "Freitag" in href
