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


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback; Django's SMTP backend is pointed at it."""
    from aiosmtpd.controller import Controller

    from mailserver import Inbox, free_port

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    yield inbox
    controller.stop()


@pytest.fixture
def sign_in(live_server, browser):
    """Open a page signed in as ``username`` (the factories' shared password)."""
    from factories import PASSWORD

    def open_page(username: str, **page_options):
        page = browser.new_page(**page_options)
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("button.primary")
        page.wait_for_selector("nav.mainnav")  # only shown once signed in
        return page

    return open_page
