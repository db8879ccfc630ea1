"""The weekly update by e-mail: a real SMTP server on loopback, once per week and team."""

import datetime as dt
import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from delaydesk.reports.models import WeeklyDelivery
from delaydesk.reports.selectors import recipients_for, report_scope, weekly_report
from delaydesk.reports.services import weekly_report_send
from delaydesk.reports.weeks import IsoWeek

from .conftest import BERLIN, at, berlin


def report_of(book, lang="en"):
    return weekly_report(book.lead, report_scope(book.lead), IsoWeek(2026, 48), lang=lang,
                         tz=BERLIN, now=berlin(2026, 11, 27))


def parts(message):
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    svgs = [part for part in message.walk() if part.get_content_type() == "image/svg+xml"]
    return plain.get_content(), html.get_content(), svgs


def test_the_team_receives_text_html_and_the_charts(book, smtp):
    book.lead.language = "de"
    book.lead.save()
    result = weekly_report_send(report=report_of(book), recipients=recipients_for(
        report_scope(book.lead)), now=berlin(2026, 11, 27))
    assert result.sent and result.messages == 2  # one German, one English message
    assert sorted(result.recipients) == ["anna@example.com", "ben@example.com",
                                         "nora@example.com"]
    by_lang = {m["Subject"]: m for m in smtp.messages}
    english = by_lang["Weekly update 2026-W48: North"]
    german = by_lang["Wochenbericht 2026-W48: North"]
    assert sorted(smtp.envelopes[0].rcpt_tos + smtp.envelopes[1].rcpt_tos) == sorted(
        result.recipients)
    assert english.get_content_type() == "multipart/related"
    text, html, svgs = parts(english)
    assert "Expected ARR: **€101,000.00 · £21,000.00**" in text
    assert "Gamma KG" in html and "€101,000.00" in html
    ids = {part["Content-ID"] for part in svgs}
    assert "<arr-eur@delaydesk>" in ids and len(svgs) == 4
    for part in svgs:
        assert f'src="cid:{part["Content-ID"][1:-1]}"' in html
        assert part.get_content().startswith(b"<svg") or part.get_payload(decode=True).startswith(
            b"<svg")
    gtext, ghtml, _svgs = parts(german)
    assert "Erwarteter ARR" in gtext and "Risikoeinschätzung" in ghtml
    assert "Omega" not in text + html + gtext


def test_a_second_run_says_it_was_sent_unless_forced(book, smtp):
    recipients = recipients_for(report_scope(book.lead))
    first = weekly_report_send(report=report_of(book), recipients=recipients)
    second = weekly_report_send(report=report_of(book), recipients=recipients)
    assert first.sent and not second.sent and second.already_sent_at is not None
    assert len(smtp.envelopes) == 1
    forced = weekly_report_send(report=report_of(book), recipients=recipients, force=True)
    assert forced.sent and len(smtp.envelopes) == 2
    delivery = WeeklyDelivery.objects.get()
    assert (delivery.week, delivery.scope, delivery.times_sent) == (
        "2026-W48", f"team:{book.team.pk}", 2)


def test_a_failed_send_gives_the_claim_back(book, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with pytest.raises(OSError):
        weekly_report_send(report=report_of(book), recipients=recipients_for(
            report_scope(book.lead)))
    assert not WeeklyDelivery.objects.exists()


def test_a_claim_abandoned_by_a_dead_run_is_taken_over(book, smtp):
    WeeklyDelivery.objects.create(scope=f"team:{book.team.pk}", week="2026-W48",
                                  claimed_at=berlin(2026, 11, 27, 8))
    recipients = recipients_for(report_scope(book.lead))
    busy = weekly_report_send(report=report_of(book), recipients=recipients,
                              now=berlin(2026, 11, 27, 8) + dt.timedelta(minutes=5))
    assert not busy.sent and busy.in_progress
    late = weekly_report_send(report=report_of(book), recipients=recipients,
                              now=berlin(2026, 11, 27, 9))
    assert late.sent and len(smtp.envelopes) == 1


@pytest.mark.django_db(transaction=True)
def test_two_hosts_at_once_send_once(book, smtp):
    """Two runs start together (threads with their own database connections).

    Several hosts share a PostgreSQL database. SQLite's in-memory test database locks whole
    tables across threads (a file in WAL mode does not), so there the test cannot say
    anything and is skipped; the unique key itself is covered by the tests above.
    """
    if connection.vendor == "sqlite":
        pytest.skip("several hosts share PostgreSQL; run against DATABASE_URL")
    recipients = recipients_for(report_scope(book.lead))
    report = report_of(book)
    results = []
    start = threading.Barrier(2)

    def run() -> None:
        try:
            start.wait()
            results.append(weekly_report_send(report=report, recipients=recipients))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(result.sent for result in results) == [False, True]
    assert len(smtp.envelopes) == 1 and WeeklyDelivery.objects.count() == 1


def test_the_command_emails_every_team_once(book, smtp):
    out = StringIO()
    with at(2026, 11, 27, 12):
        call_command("report", "weekly", "--email", stdout=out)
        call_command("report", "weekly", "--email", stdout=out)
    lines = out.getvalue().splitlines()
    assert "Weekly update 2026-W48 for North sent to anna@example.com, ben@example.com, " \
           "nora@example.com." in lines
    assert "Weekly update 2026-W48 for South sent to sam@example.com." in lines
    assert sum("was already sent on" in line for line in lines) == 2
    south = [m for m in smtp.messages if "South" in m["Subject"]]
    assert len(south) == 1 and "Omega South" in parts(south[0])[0]
    north = [m for m in smtp.messages if "North" in m["Subject"]]
    assert all("Omega" not in parts(m)[0] for m in north)
