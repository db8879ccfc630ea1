"""Flags on the right days, with the clock moved (time-machine), through the real records."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
import time_machine

from delaydesk.offers.models import BridgeOffer
from delaydesk.reminders.models import ReminderPolicy
from delaydesk.reminders.selectors import attention_for
from factories import ContactFactory, DelayFactory, NextStepFactory, RenewalFactory

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def at(day: dt.date, hour: int = 9) -> time_machine.travel:
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN),
                               tick=False)


def kinds_for(user, renewal=None) -> set[str]:
    items = attention_for(user).items
    return {i.kind for i in items if renewal is None or i.renewal.pk == renewal.pk}


@pytest.fixture
def upcoming(roles):
    renewal = roles["renewal"]
    renewal.contract_start, renewal.contract_end = dt.date(2023, 3, 1), dt.date(2024, 3, 1)
    renewal.stage, renewal.conversation_started_on = "upcoming", None
    renewal.save()
    return renewal


@pytest.mark.parametrize(("day", "flagged"), [
    (dt.date(2023, 11, 1), False), (dt.date(2023, 11, 2), True), (dt.date(2024, 2, 29), True),
])
def test_120_day_rule_across_the_leap_day(roles, upcoming, day, flagged):
    with at(day):
        assert ("no_conversation" in kinds_for(roles["users"]["owner"], upcoming)) is flagged


def test_the_day_starts_in_the_users_time_zone(roles, upcoming):
    owner = roles["users"]["owner"]
    # 23:30 UTC on 1 November is already 2 November in Berlin: the flag is up.
    with time_machine.travel(dt.datetime(2023, 11, 1, 23, 30, tzinfo=dt.UTC), tick=False):
        assert "no_conversation" in kinds_for(owner, upcoming)
        owner.time_zone = "America/New_York"
        owner.save()
        assert "no_conversation" not in kinds_for(owner, upcoming)


def test_milestones_step_through_a_month_end_contract(roles):
    renewal = RenewalFactory(account=roles["account"], contract_end=dt.date(2025, 5, 31),
                             contract_start=dt.date(2024, 6, 1), stage="in_conversation")
    owner = roles["users"]["owner"]
    seen = {}
    for day in (dt.date(2025, 1, 30), dt.date(2025, 1, 31), dt.date(2025, 3, 1),
                dt.date(2025, 3, 2), dt.date(2025, 4, 1), dt.date(2025, 5, 1),
                dt.date(2025, 5, 17), dt.date(2025, 5, 31), dt.date(2025, 6, 1)):
        with at(day):
            items = [i for i in attention_for(owner).items
                     if i.kind == "milestone" and i.renewal.pk == renewal.pk]
            seen[day] = items[0].finding.params["milestone"] if items else None
    assert seen == {
        dt.date(2025, 1, 30): None, dt.date(2025, 1, 31): 120, dt.date(2025, 3, 1): 120,
        dt.date(2025, 3, 2): 90, dt.date(2025, 4, 1): 60, dt.date(2025, 5, 1): 30,
        dt.date(2025, 5, 17): 14, dt.date(2025, 5, 31): 14, dt.date(2025, 6, 1): None,
    }


def test_notice_deadline_until_the_day_it_passes(roles):
    renewal = RenewalFactory(account=roles["account"], contract_end=dt.date(2025, 3, 31),
                             contract_start=dt.date(2024, 4, 1), auto_renew=True,
                             notice_days=90, stage="in_conversation")
    owner = roles["users"]["owner"]
    for day, expected in ((dt.date(2024, 11, 30), False), (dt.date(2024, 12, 1), True),
                          (dt.date(2024, 12, 31), True), (dt.date(2025, 1, 1), False)):
        with at(day):
            assert ("notice_deadline" in kinds_for(owner, renewal)) is expected, day


def test_accepted_bridge_and_grace_expiry(roles):
    owner = roles["users"]["owner"]
    renewal = RenewalFactory(account=roles["account"], contract_end=dt.date(2025, 1, 31),
                             contract_start=dt.date(2024, 2, 1), stage="delayed", grace_days=15)
    with at(dt.date(2025, 2, 1)):
        assert "grace_expiry" in kinds_for(owner, renewal)  # grace ends 15 Feb
    BridgeOffer.objects.create(renewal=renewal, kind="extension_30", price=Decimal("1000"),
                               currency="EUR", start=dt.date(2025, 2, 1),
                               end=dt.date(2025, 3, 2), status="accepted")
    BridgeOffer.objects.create(renewal=renewal, kind="extension_60", price=Decimal("1000"),
                               currency="EUR", start=dt.date(2025, 2, 1),
                               end=dt.date(2025, 4, 1), status="proposed")
    with at(dt.date(2025, 2, 1)):
        assert not kinds_for(owner, renewal) & {"grace_expiry", "bridge_expiry"}
    with at(dt.date(2025, 2, 16)):
        found = [i for i in attention_for(owner).items
                 if i.kind == "bridge_expiry" and i.renewal.pk == renewal.pk]
        assert found and found[0].on == dt.date(2025, 3, 2)


def test_champion_left_links_to_the_restart_playbook(roles):
    renewal = roles["renewal"]
    ContactFactory(account=renewal.account, name="Jonas Kühn", role="champion", active=False,
                   left_on=renewal.contract_start + dt.timedelta(days=100))
    items = [i for i in attention_for(roles["users"]["owner"]).items if i.kind == "champion_left"]
    assert items[0].action_url == f"/renewals/{renewal.pk}/#playbook-panel"
    assert "Jonas Kühn" in items[0].wording.title
    DelayFactory(renewal=renewal, assessed_type="champion_change", category="decision")
    assert "champion_left" not in kinds_for(roles["users"]["owner"])


def test_quiet_risk_delay_and_delay_without_step(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    start = dt.date(2025, 5, 5)
    with at(start):
        DelayFactory(renewal=renewal, assessed_type="shopping", category="risk", risk=90,
                     communicated_on=start)
    with at(start + dt.timedelta(days=6)):
        assert kinds_for(owner, renewal) >= {"delay_without_step"}
        assert "risk_delay_quiet" not in kinds_for(owner, renewal)
    with at(start + dt.timedelta(days=7)):
        assert "risk_delay_quiet" in kinds_for(owner, renewal)
        NextStepFactory(renewal=renewal, due_on=start + dt.timedelta(days=9))
        # Planning a step is activity, and the delay now has a next step.
        assert not kinds_for(owner, renewal) & {"risk_delay_quiet", "delay_without_step"}


def test_overdue_and_due_today_steps(roles):
    renewal, owner = roles["renewal"], roles["users"]["owner"]
    with at(dt.date(2025, 2, 27)):
        NextStepFactory(renewal=renewal, due_on=dt.date(2025, 2, 28), what="Send the DPA")
    with at(dt.date(2025, 2, 28)):
        assert "step_due_today" in kinds_for(owner)
    with at(dt.date(2025, 3, 1)):
        items = [i for i in attention_for(owner).items if i.kind == "step_overdue"]
        assert items and items[0].days == -1 and "Send the DPA" in items[0].wording.title


def test_policy_thresholds_come_from_the_admin_row(roles, upcoming):
    policy = ReminderPolicy.get()
    policy.conversation_start_days = 150
    policy.full_clean()
    policy.save()
    with at(dt.date(2023, 10, 20)):  # 133 days before the end
        assert "no_conversation" in kinds_for(roles["users"]["owner"], upcoming)
