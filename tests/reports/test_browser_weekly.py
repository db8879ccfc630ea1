"""In Chromium: the weekly update with its charts, then the same page in German."""

import pytest

from factories import DelayFactory

pytestmark = pytest.mark.browser


def test_weekly_page_shows_the_charts(live_server, sign_in, roles):
    DelayFactory(renewal=roles["renewal"], stated_reason="Waiting for the purchase order",
                 assessed_type="process", category="administrative", risk=20)
    page = sign_in("lead", viewport={"width": 1280, "height": 900})
    page.wait_for_selector("h1")

    page.click("nav.mainnav >> text=Weekly update")
    page.wait_for_selector("h1:has-text('Weekly update')")
    charts = page.locator("#charts figure.chart svg")
    assert charts.count() == 3  # ARR by category, delays by type, contract ends
    first = charts.first
    assert first.is_visible()
    box = first.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    assert first.get_attribute("role") == "img"
    assert "ARR in delay by category" in first.locator("title").first.text_content()
    # The administrative bar of this week is drawn with its amount in the tooltip.
    assert page.locator("#charts svg rect title", has_text="€120,000.00").count() >= 1
    row = page.locator("#delayed tr", has_text=roles["account"].name)
    assert "Waiting for the purchase order" in row.inner_text()

    page.click("button[value=de]")
    page.wait_for_selector("h1:has-text('Wochenbericht')")
    assert "ARR in Verzögerung nach Kategorie" in page.locator(
        "#charts svg title").first.text_content()
    assert page.locator("#charts svg").count() == 3
