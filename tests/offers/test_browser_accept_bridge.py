"""In Chromium: open a renewal, the bridges panel loads, propose and accept a 60-day extension."""

import datetime as dt

import pytest
from django.utils import formats, translation

from factories import DelayFactory

pytestmark = pytest.mark.browser


def test_accept_a_60_day_extension(live_server, sign_in, roles):
    renewal = roles["renewal"]
    DelayFactory(renewal=renewal, assessed_type="process", category="administrative")
    new_end = renewal.contract_end + dt.timedelta(days=60)
    with translation.override("en"):
        shown = formats.date_format(new_end, "SHORT_DATE_FORMAT")

    page = sign_in("owner")
    page.wait_for_selector("h1:has-text('My renewals')")

    page.goto(f"{live_server.url}/renewals/{renewal.pk}/")
    page.wait_for_selector("#bridges-panel table.bridge-quotes")
    assert page.locator("#bridges-panel svg").count() == 1
    page.click("#quote-extension_60 button:has-text('Propose')")
    page.wait_for_selector("#bridges-panel p.notice:has-text('Bridge proposed.')")
    page.click("#bridges-panel table.bridge-offers button:has-text('Accept')")
    page.wait_for_selector("text=Bridge accepted and applied to the contract.")
    assert shown in page.locator("dl.facts").inner_text()
    renewal.refresh_from_db()
    assert renewal.contract_end == new_end
    page.close()
