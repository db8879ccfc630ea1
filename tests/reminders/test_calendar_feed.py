"""The calendar feed: valid for two independent parsers, stable UIDs, updates and revocation."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pytest
from django.core.management import call_command
from ical.calendar_stream import IcsCalendarStream

from delaydesk.delays.services import next_step_complete
from delaydesk.history import save_validated
from delaydesk.reminders.services import calendar_feed_create, calendar_feed_revoke
from factories import NextStepFactory


@pytest.fixture
def feed_setup(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    renewal.auto_renew, renewal.notice_days = True, 30
    save_validated(renewal, by=owner)
    today = dt.date.today()
    steps = {
        "ours": NextStepFactory(renewal=renewal, what="Send the order form",
                                due_on=today + dt.timedelta(days=2), kind="our_action"),
        "decision": NextStepFactory(renewal=renewal, what="Final decision on the renewal",
                                    due_on=today + dt.timedelta(days=20),
                                    kind="decision_deadline"),
        "check_in": NextStepFactory(renewal=renewal, what="Check in with finance",
                                    due_on=today + dt.timedelta(days=9), kind="check_in"),
    }
    feed = calendar_feed_create(by=owner)
    return {**roles, "steps": steps, "feed": feed, "url": f"/calendar/{feed.token}.ics"}


def events_of(body: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(body)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_feed_parses_in_icalendar_and_in_ical(client, feed_setup):
    response = client.get(feed_setup["url"])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content
    assert body.startswith(b"BEGIN:VCALENDAR\r\n") and b"VERSION:2.0" in body

    events = events_of(body)
    # Three next steps, the contract end and the notice deadline.
    assert len(events) == 5
    for event in events.values():
        assert isinstance(event.decoded("DTSTART"), dt.date)
        assert event.get("DTSTAMP") and event.get("SEQUENCE") is not None

    strict = IcsCalendarStream.calendar_from_ics(body.decode("utf-8"))
    assert {e.uid for e in strict.events} == set(events)
    summaries = {e.summary for e in strict.events}
    account = feed_setup["account"].name
    assert f"{account}: Send the order form" in summaries
    assert f"Contract end: {account}" in summaries
    assert f"Notice deadline: {account}" in summaries
    renewal = feed_setup["renewal"]
    notice = next(e for e in strict.events if e.summary.startswith("Notice deadline"))
    assert notice.dtstart == renewal.contract_end - dt.timedelta(days=30)


def test_mutual_plan_dates_are_marked(client, feed_setup):
    events = events_of(client.get(feed_setup["url"]).content)
    decision = next(e for e in events.values() if "Final decision" in str(e["SUMMARY"]))
    categories = [str(c) for c in decision.get("CATEGORIES").cats]
    assert "Mutual plan" in categories and "Decision deadline" in categories
    ours = next(e for e in events.values() if "order form" in str(e["SUMMARY"]))
    assert "Mutual plan" not in [str(c) for c in ours.get("CATEGORIES").cats]


def test_uids_stay_while_changes_raise_the_sequence(client, feed_setup):
    owner, steps = feed_setup["users"]["owner"], feed_setup["steps"]
    before = events_of(client.get(feed_setup["url"]).content)

    moved = steps["check_in"]
    moved.due_on += dt.timedelta(days=3)
    save_validated(moved, by=owner, reason="customer asked for a later date")
    next_step_complete(by=owner, step=steps["ours"])
    renewal = feed_setup["renewal"]
    renewal.auto_renew = False
    save_validated(renewal, by=owner)

    after = events_of(client.get(feed_setup["url"]).content)
    assert set(after) == set(before)  # nothing renamed, nothing lost

    def by_summary(events, text):
        return next(e for e in events.values() if text in str(e["SUMMARY"]))

    old, new = by_summary(before, "Check in"), by_summary(after, "Check in")
    assert new["UID"] == old["UID"]
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])
    assert new.decoded("DTSTART") == old.decoded("DTSTART") + dt.timedelta(days=3)
    assert new.decoded("LAST-MODIFIED") >= old.decoded("LAST-MODIFIED")

    done = by_summary(after, "order form")
    assert str(done["STATUS"]) == "CANCELLED"
    assert int(done["SEQUENCE"]) > int(by_summary(before, "order form")["SEQUENCE"])
    assert str(by_summary(after, "Final decision")["STATUS"]) == "CONFIRMED"
    # The renewal no longer renews automatically: its notice deadline is cancelled, not gone.
    assert str(by_summary(after, "Notice deadline")["STATUS"]) == "CANCELLED"


def test_same_records_same_bytes_and_conditional_get(client, feed_setup):
    first = client.get(feed_setup["url"])
    second = client.get(feed_setup["url"])
    assert first.content == second.content
    again = client.get(feed_setup["url"], HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_cli_writes_the_feed_the_address_serves(client, feed_setup, tmp_path):
    served = client.get(feed_setup["url"]).content
    target = tmp_path / "owner.ics"
    call_command("calendar", "owner", "--output", str(target), stderr=io.StringIO())
    assert target.read_bytes() == served
    out = io.StringIO()
    call_command("calendar", "owner", stdout=out)
    assert out.getvalue().encode("utf-8") == served


def test_cli_refuses_unknown_users(feed_setup):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No active user"):
        call_command("calendar", "nobody", stdout=io.StringIO())


def test_revoked_address_answers_404_and_a_new_one_works(client, feed_setup):
    owner = feed_setup["users"]["owner"]
    old_url = feed_setup["url"]
    replacement = calendar_feed_create(by=owner)
    assert client.get(old_url).status_code == 404
    new_url = f"/calendar/{replacement.token}.ics"
    assert client.get(new_url).status_code == 200
    calendar_feed_revoke(by=owner)
    assert client.get(new_url).status_code == 404


def test_inactive_users_feed_is_gone(client, feed_setup):
    owner = feed_setup["users"]["owner"]
    owner.is_active = False
    owner.save()
    assert client.get(feed_setup["url"]).status_code == 404


def test_feed_is_in_the_users_language(client, feed_setup):
    owner = feed_setup["users"]["owner"]
    owner.language = "de"
    owner.save()
    events = events_of(client.get(feed_setup["url"]).content)
    contract_end = next(e for e in events.values() if "contract-end" in str(e["UID"]))
    assert "120.000,00\u00a0€" in str(contract_end["DESCRIPTION"])
    ours = next(e for e in events.values() if "order form" in str(e["SUMMARY"]))
    assert "Unsere Maßnahme" in str(ours["DESCRIPTION"])


def test_the_feed_page_shows_creates_and_revokes(client, roles):
    owner = roles["users"]["owner"]
    client.force_login(owner)
    page = client.get("/calendar/")
    assert b"Create calendar address" in page.content
    client.post("/calendar/new/")
    feed = owner.calendar_feeds.get(revoked_at__isnull=True)
    page = client.get("/calendar/")
    assert f"/calendar/{feed.token}.ics".encode() in page.content
    client.post("/calendar/revoke/")
    assert not owner.calendar_feeds.filter(revoked_at__isnull=True).exists()
    assert client.get(f"/calendar/{feed.token}.ics").status_code == 404
    assert b"/calendar/" in client.get("/notifications/").content  # linked from there
