"""Two ``remind`` runs at the same moment (two cron hosts) send each digest exactly once.

The lock is the database's: the (user, day) row is inserted in the sending transaction, so the
second run waits on the unique key and then skips. Needs PostgreSQL for real concurrent
connections; on SQLite the whole run is serialised by the database file anyway.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from delaydesk.reminders.models import DigestDelivery, Notification
from delaydesk.reminders.services import remind
from factories import AccountFactory, NextStepFactory, RenewalFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _portfolio(csms: int) -> list[str]:
    team = TeamFactory(name="Concurrency")
    today = timezone.localdate()
    names = []
    for index in range(csms):
        user = UserFactory(username=f"csm{index}", team=team, role="csm")
        renewal = RenewalFactory(account=AccountFactory(owner=user, team=team), owner=user,
                                 stage="upcoming")
        NextStepFactory(renewal=renewal, due_on=today, what=f"Call customer {index}")
        names.append(user.username)
    return names


def test_two_concurrent_runs_send_each_digest_once(smtp):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent connections are tested on PostgreSQL")
    names = _portfolio(6)
    smtp.delay = 0.05  # each send holds its transaction open a little, widening the race
    start = threading.Barrier(2)
    results: list[list] = [[], []]
    errors: list[BaseException] = []

    def run(slot: int) -> None:
        try:
            start.wait(timeout=10)
            results[slot] = remind(today=timezone.localdate(), usernames=names)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors

    outcomes = [r.outcome for run_results in results for r in run_results]
    assert outcomes.count("sent") == len(names)
    assert outcomes.count("already_sent") == len(names)
    received = sorted(rcpt for e in smtp.envelopes for rcpt in e.rcpt_tos)
    assert received == sorted(f"{name}@example.com" for name in names)
    assert DigestDelivery.objects.count() == len(names)
    # Each flag notified once, whichever run created it.
    keys = list(Notification.objects.values_list("user_id", "key"))
    assert len(keys) == len(set(keys)) > 0


def test_a_run_the_next_day_sends_again(smtp):
    names = _portfolio(2)
    today = timezone.localdate()
    assert [r.outcome for r in remind(today=today, usernames=names)] == ["sent", "sent"]
    assert [r.outcome for r in remind(today=today, usernames=names)] == ["already_sent"] * 2
    later = remind(today=today + dt.timedelta(days=1), usernames=names)
    assert [r.outcome for r in later] == ["sent", "sent"]
    assert len(smtp.envelopes) == 4


def test_the_unique_row_is_the_lock(smtp, monkeypatch):
    """Both runs get past the early check; the insert in the sending transaction decides."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrent connections are tested on PostgreSQL")
    from delaydesk.reminders import services

    names = _portfolio(1)
    smtp.delay = 0.3
    both_composed = threading.Barrier(2)
    compose = services.digest_compose

    def compose_then_wait(**kwargs):
        digest = compose(**kwargs)
        both_composed.wait(timeout=10)  # neither has inserted its row yet
        return digest

    monkeypatch.setattr(services, "digest_compose", compose_then_wait)
    outcomes: list[str] = []

    def run() -> None:
        try:
            outcomes.extend(r.outcome for r in remind(today=timezone.localdate(),
                                                      usernames=names))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["already_sent", "sent"]
    assert len(smtp.envelopes) == 1
