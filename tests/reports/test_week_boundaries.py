"""ISO weeks, their boundaries in a time zone, and a delay logged late on Sunday evening."""

import datetime as dt
import zoneinfo

import pytest
from django.utils import timezone

from delaydesk.reports.selectors import parse_week, report_scope, weekly_report
from delaydesk.reports.weeks import InvalidWeek, IsoWeek, months_from, time_zone

from .conftest import BERLIN, at

UTC = dt.UTC


def test_iso_weeks_parse_and_count_from_monday():
    week = IsoWeek.parse("2026-W48")
    assert (week.monday, week.sunday) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert IsoWeek.parse("2026w5") == IsoWeek(2026, 5) and str(IsoWeek(2026, 5)) == "2026-W05"
    assert IsoWeek.of(dt.date(2027, 1, 1)) == IsoWeek(2026, 53)  # ISO years differ
    assert IsoWeek(2026, 53).shift(1) == IsoWeek(2027, 1)
    for text in ("2026-W54", "2025-W53", "W48", "last week", ""):
        with pytest.raises(InvalidWeek):
            IsoWeek.parse(text)


def test_week_ends_at_monday_midnight_in_the_zone():
    week = IsoWeek(2026, 48)
    assert week.end(BERLIN) == dt.datetime(2026, 11, 30, tzinfo=BERLIN)
    assert week.end(BERLIN).astimezone(UTC) == dt.datetime(2026, 11, 29, 23, 0, tzinfo=UTC)
    summer = IsoWeek(2026, 27)  # Berlin is UTC+2 in July
    assert summer.start(BERLIN).astimezone(UTC).hour == 22
    assert time_zone("Mars/Olympus", "Europe/Berlin") == zoneinfo.ZoneInfo("Europe/Berlin")
    assert months_from(dt.date(2026, 11, 23), 3) == [
        dt.date(2026, 11, 1), dt.date(2026, 12, 1), dt.date(2027, 1, 1)]


def test_this_and_last_week_follow_the_local_date():
    assert parse_week("", today=dt.date(2026, 11, 29)) == IsoWeek(2026, 48)
    assert parse_week("last", today=dt.date(2026, 11, 30)) == IsoWeek(2026, 48)


def _logged_at(book, moment_year, month, day, hour, minute):
    """Log a delay through the service at a moment in Berlin, with the form's default date."""
    from delaydesk.delays.services import delay_log

    with at(moment_year, month, day, hour, minute), timezone.override(BERLIN):
        return delay_log(by=book.ben, renewal=book.renewals["R4"],
                         communicated_on=timezone.localdate(), assessed_type="priority",
                         category="decision", stated_reason="After the launch")


def _new_in(book, week, now):
    user = book.lead
    report = weekly_report(user, report_scope(user), week, lang="en", tz=BERLIN, now=now)
    return [event.renewal.account for event in report.new_delays]


def test_a_delay_logged_sunday_2330_in_berlin_belongs_to_that_week(book):
    delay = _logged_at(book, 2026, 11, 29, 23, 30)  # 22:30 UTC
    assert delay.communicated_on == dt.date(2026, 11, 29)
    after = dt.datetime(2026, 12, 1, 9, tzinfo=BERLIN)
    assert "Delta Ltd" in _new_in(book, IsoWeek(2026, 48), after)
    assert "Delta Ltd" not in _new_in(book, IsoWeek(2026, 49), after)


def test_half_past_midnight_monday_in_berlin_is_the_next_week_though_utc_says_sunday(book):
    delay = _logged_at(book, 2026, 11, 30, 0, 30)  # Sunday 23:30 UTC
    assert delay.created_at.astimezone(UTC).date() == dt.date(2026, 11, 29)
    assert delay.communicated_on == dt.date(2026, 11, 30)
    after = dt.datetime(2026, 12, 1, 9, tzinfo=BERLIN)
    assert "Delta Ltd" not in _new_in(book, IsoWeek(2026, 48), after)
    assert "Delta Ltd" in _new_in(book, IsoWeek(2026, 49), after)


def test_a_stage_change_late_on_sunday_counts_in_that_week(book):
    from .conftest import save

    with at(2026, 11, 29, 23, 30):
        save(book.renewals["R4"], stage="committed", forecast_category="commit")
    user = book.lead
    report = weekly_report(user, report_scope(user), IsoWeek(2026, 48), lang="en", tz=BERLIN,
                           now=dt.datetime(2026, 12, 2, tzinfo=BERLIN))
    assert report.forecast.current.arr_by_forecast["commit"]["GBP"] == 30000
    # In UTC the week ends an hour later, but 23:30 Berlin is 22:30 UTC: still inside.
    utc_report = weekly_report(user, report_scope(user), IsoWeek(2026, 48), lang="en", tz=UTC,
                               now=dt.datetime(2026, 12, 2, tzinfo=UTC))
    assert utc_report.forecast.current.arr_by_forecast["commit"]["GBP"] == 30000


def test_a_change_after_midnight_in_berlin_belongs_to_the_next_week(book):
    from .conftest import save

    with at(2026, 11, 30, 0, 30):  # Sunday 23:30 UTC
        save(book.renewals["R4"], stage="committed", forecast_category="commit")
    user = book.lead
    now = dt.datetime(2026, 12, 2, tzinfo=BERLIN)
    berlin = weekly_report(user, report_scope(user), IsoWeek(2026, 48), lang="en", tz=BERLIN,
                           now=now)
    assert "GBP" not in berlin.forecast.current.arr_by_forecast["commit"]
    utc = weekly_report(user, report_scope(user), IsoWeek(2026, 48), lang="en", tz=UTC, now=now)
    assert utc.forecast.current.arr_by_forecast["commit"]["GBP"] == 30000
