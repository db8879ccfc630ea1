"""Shared test setup: a throw-away data directory, users of every role, a browser."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("DELAYDESK_DATA_DIR", tempfile.mkdtemp(prefix="delaydesk-test-"))
os.environ.setdefault("DELAYDESK_SECRET_KEY", "test-secret-key-not-for-production-0123456789")

import pytest  # noqa: E402


@pytest.fixture
def roles(db):
    """Two teams; in team A an owner CSM, a colleague CSM and a lead; in team B a CSM; an admin.

    The renewal belongs to team A and is owned by ``owner``.
    """
    from factories import AccountFactory, RenewalFactory, TeamFactory, UserFactory

    team_a, team_b = TeamFactory(name="Team A"), TeamFactory(name="Team B")
    users = {
        "owner": UserFactory(username="owner", team=team_a, role="csm"),
        "colleague": UserFactory(username="colleague", team=team_a, role="csm"),
        "lead": UserFactory(username="lead", team=team_a, role="team_lead"),
        "other": UserFactory(username="other", team=team_b, role="csm"),
        "admin": UserFactory(username="boss", team=None, role="admin", is_staff=True,
                             is_superuser=True),
    }
    account = AccountFactory(team=team_a, owner=users["owner"], name="Acme Verwaltung GmbH")
    renewal = RenewalFactory(account=account, owner=users["owner"])
    return {"users": users, "teams": (team_a, team_b), "account": account, "renewal": renewal}


@pytest.fixture
def browser():
    """A headless Chromium (Debian's), driven by Playwright."""
    if not os.path.exists("/usr/bin/chromium"):
        if os.environ.get("DELAYDESK_REQUIRE_BROWSER") or os.environ.get("CI") == "true":
            pytest.fail(
                "Chromium is required for the browser tests but /usr/bin/chromium is missing")
        pytest.skip("no /usr/bin/chromium")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        yield chromium
        chromium.close()
