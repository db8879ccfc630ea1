"""In Chromium: paste German words, see the verdict and evidence, correct it, find both."""

import pytest

pytestmark = pytest.mark.browser

GERMAN = ("Hallo Herr Berger, ehrlich gesagt sind wir mit dem Reporting seit Monaten nicht "
          "zufrieden, und wir schauen uns gerade zwei andere Anbieter an. Wir brauchen noch Zeit.")


def test_paste_german_words_see_verdict_correct_it(live_server, sign_in, roles):
    owner = roles["users"]["owner"]
    owner.language = "de"
    owner.save()
    page = sign_in("owner")
    page.goto(f"{live_server.url}/renewals/{roles['renewal'].pk}/")
    page.fill("#id_customer_words", GERMAN)
    page.locator("#id_customer_words").press("End")
    preview = page.locator("#diagnosis-preview .diagnosis")
    preview.wait_for()
    assert preview.get_attribute("data-category") == "risk"
    assert page.locator("#diagnosis-preview mark.evidence").count() >= 1
    assert "Risiko" in preview.inner_text()

    page.select_option("#id_assessed_type", "hidden_problem")
    page.select_option("#id_category", "risk")
    page.click("button:has-text('Verzögerung erfassen')")
    page.wait_for_selector(".timeline li.delay")
    entry = page.locator(".timeline li.delay").first.inner_text()
    assert "Verdecktes Problem" in entry
    assert "Diagnose" in entry
