"""In Chromium: upload a file with a bad row, see the row error; fix it, check, import now."""

import pytest

from delaydesk.portfolio.models import Account

from .conftest import make_csv

pytestmark = pytest.mark.browser


def test_upload_with_an_error_then_import(live_server, sign_in, roles, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(make_csv([{}, {"account_external_id": "ACC-2", "renewal_external_id": "R2",
                                   "contract_end": "31.13.2026"}], delimiter=";"))
    good = tmp_path / "good.csv"
    good.write_bytes(make_csv([{}], delimiter=";"))

    page = sign_in("lead")
    page.wait_for_selector("h1")

    page.goto(f"{live_server.url}/accounts/")
    page.click("text=Import or export CSV")
    page.wait_for_selector("h1:has-text('Import and export the portfolio')")
    assert page.is_checked("#id_dry_run")

    page.set_input_files("#id_file", str(bad))
    page.click("#import-form button.primary:has-text('Upload')")
    row = page.locator("table.import-errors tbody tr")
    row.first.wait_for()
    assert row.count() == 1
    assert row.first.inner_text().split("\t")[:2] == ["3", "contract_end"]
    assert "31.13.2026" in row.first.inner_text()

    page.set_input_files("#id_file", str(good))
    page.click("#import-form button.primary:has-text('Upload')")
    page.wait_for_selector("text=no problems found")
    page.click("button:has-text('Import now')")
    page.wait_for_selector("text=Imported 1 row.")
    assert Account.objects.filter(external_id="ACC-1").exists()
