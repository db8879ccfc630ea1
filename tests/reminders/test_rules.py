"""The prevention rules as pure date logic: the right flag on the right day."""

from __future__ import annotations

import datetime as dt

import pytest

from delaydesk.reminders import rules
from delaydesk.reminders.rules import (
    BridgeFacts,
    ContactFacts,
    DelayFacts,
    ReminderSettings,
    RenewalFacts,
    StepFacts,
)

D = dt.date


def renewal(end: dt.date, **kw: object) -> RenewalFacts:
    defaults: dict = {"id": 1, "contract_start": end - dt.timedelta(days=365),
                      "contract_end": end, "stage": "upcoming"}
    defaults.update(kw)
    return RenewalFacts(**defaults)


def kinds(found: list[rules.Finding]) -> set[str]:
    return {f.kind for f in found}


def on_day(facts: RenewalFacts, today: dt.date, settings: ReminderSettings | None = None,
           ) -> list[rules.Finding]:
    return rules.renewal_findings(facts, today, settings or rules.DEFAULT_SETTINGS)


# --- the 120-day rule ---------------------------------------------------------------------

def test_no_conversation_flagged_from_exactly_120_days_before_the_end():
    facts = renewal(D(2025, 6, 30))
    assert "no_conversation" not in kinds(on_day(facts, D(2025, 3, 1)))  # 121 days
    flagged = [f for f in on_day(facts, D(2025, 3, 2)) if f.kind == "no_conversation"]
    assert flagged and flagged[0].severity == "warning" and flagged[0].on == D(2025, 6, 30)
    assert "no_conversation" in kinds(on_day(facts, D(2025, 6, 1)))


def test_no_conversation_turns_urgent_within_60_days_and_stays_after_the_end():
    facts = renewal(D(2025, 6, 30))
    soon = [f for f in on_day(facts, D(2025, 5, 1)) if f.kind == "no_conversation"]
    assert soon[0].severity == "urgent"
    assert "no_conversation" in kinds(on_day(facts, D(2025, 7, 10)))


@pytest.mark.parametrize("change", [
    {"conversation_started_on": D(2025, 2, 1)},
    {"stage": "in_conversation"},
    {"stage": "delayed"},
])
def test_a_started_conversation_clears_the_flag(change):
    assert "no_conversation" not in kinds(on_day(renewal(D(2025, 6, 30), **change),
                                                 D(2025, 5, 1)))


@pytest.mark.parametrize("stage", ["renewed", "churned", "walked_away"])
def test_closed_renewals_raise_nothing(stage):
    assert on_day(renewal(D(2025, 6, 30), stage=stage), D(2025, 6, 20)) == []


def test_leap_year_120_days_before_the_first_of_march():
    # 2024 is a leap year: 120 days before 2024-03-01 is 2023-11-02 (29 February counts).
    facts = renewal(D(2024, 3, 1))
    assert rules.milestone_dates(D(2024, 3, 1))[120] == D(2023, 11, 2)
    assert "no_conversation" not in kinds(on_day(facts, D(2023, 11, 1)))
    assert "no_conversation" in kinds(on_day(facts, D(2023, 11, 2)))
    # Without the leap day the same contract end is reached a day later in the calendar.
    assert rules.milestone_dates(D(2023, 3, 1))[120] == D(2022, 11, 1)


def test_contract_ending_on_29_february():
    dates = rules.milestone_dates(D(2028, 2, 29))
    assert dates == {120: D(2027, 11, 1), 90: D(2027, 12, 1), 60: D(2027, 12, 31),
                     30: D(2028, 1, 30), 14: D(2028, 2, 15)}


# --- milestones -----------------------------------------------------------------------------

@pytest.mark.parametrize(("today", "milestone"), [
    (D(2025, 3, 2), 120), (D(2025, 3, 31), 120), (D(2025, 4, 1), 90), (D(2025, 5, 1), 60),
    (D(2025, 5, 31), 30), (D(2025, 6, 16), 14), (D(2025, 6, 30), 14),
])
def test_the_latest_milestone_reached_is_shown(today, milestone):
    found = [f for f in on_day(renewal(D(2025, 6, 30)), today) if f.kind == "milestone"]
    assert [f.params["milestone"] for f in found] == [milestone]


def test_no_milestone_before_120_days_or_after_the_end():
    facts = renewal(D(2025, 6, 30))
    assert "milestone" not in kinds(on_day(facts, D(2025, 3, 1)))
    assert "milestone" not in kinds(on_day(facts, D(2025, 7, 1)))


def test_each_milestone_has_its_own_key_so_each_notifies_once():
    facts = renewal(D(2025, 6, 30))
    keys = {f.key for day in (D(2025, 3, 2), D(2025, 4, 1), D(2025, 5, 1), D(2025, 5, 31),
                              D(2025, 6, 16), D(2025, 6, 20))
            for f in on_day(facts, day) if f.kind == "milestone"}
    assert len(keys) == 5


def test_month_end_contracts_count_calendar_days():
    # A contract ending on 31 May: the 90-day mark is 2 March (February has 28 days in 2025).
    assert rules.milestone_dates(D(2025, 5, 31))[90] == D(2025, 3, 2)
    assert rules.milestone_dates(D(2025, 12, 31))[30] == D(2025, 12, 1)


def test_custom_milestones_from_the_policy():
    settings = ReminderSettings(milestones=(45, 100, 10))
    assert settings.milestones == (100, 45, 10)
    found = [f for f in on_day(renewal(D(2025, 6, 30)), D(2025, 5, 20), settings)
             if f.kind == "milestone"]
    assert found[0].params["milestone"] == 45


# --- notice deadline ------------------------------------------------------------------------

def test_notice_deadline_flagged_in_the_warning_window_until_the_day_itself():
    facts = renewal(D(2025, 6, 30), auto_renew=True, notice_days=60)
    deadline = rules.notice_deadline(D(2025, 6, 30), 60)
    assert deadline == D(2025, 5, 1)
    assert "notice_deadline" not in kinds(on_day(facts, D(2025, 3, 31)))  # 31 days before
    first = [f for f in on_day(facts, D(2025, 4, 1)) if f.kind == "notice_deadline"]
    assert first[0].severity == "warning" and first[0].on == deadline
    last = [f for f in on_day(facts, deadline) if f.kind == "notice_deadline"]
    assert last[0].severity == "urgent"
    assert "notice_deadline" not in kinds(on_day(facts, D(2025, 5, 2)))  # passed


def test_notice_deadline_only_for_automatic_renewals():
    assert "notice_deadline" not in kinds(on_day(renewal(D(2025, 6, 30), notice_days=60),
                                                 D(2025, 4, 20)))


def test_notice_deadline_across_a_leap_day():
    # 90 days' notice on a contract ending 2024-03-31 -> 2024-01-01 (29 Feb counted).
    assert rules.notice_deadline(D(2024, 3, 31), 90) == D(2024, 1, 1)
    assert rules.notice_deadline(D(2025, 3, 31), 90) == D(2024, 12, 31)


# --- bridges, grace, lapsed contracts -------------------------------------------------------

def test_bridge_expiry_flagged_before_and_after_it_runs_out():
    facts = renewal(D(2025, 6, 30), stage="delayed",
                    bridges=(BridgeFacts(7, "extension_30", D(2025, 7, 30)),))
    assert "bridge_expiry" not in kinds(on_day(facts, D(2025, 7, 15)))  # 15 days left
    warn = [f for f in on_day(facts, D(2025, 7, 16)) if f.kind == "bridge_expiry"]
    assert warn[0].severity == "warning" and warn[0].params["bridge_kind"] == "extension_30"
    assert [f.severity for f in on_day(facts, D(2025, 7, 25)) if f.kind == "bridge_expiry"] == \
        ["urgent"]
    after = kinds(on_day(facts, D(2025, 8, 2)))
    assert "bridge_expiry" in after and "contract_ended" not in after


def test_the_longest_bridge_counts_and_clauses_never_expire():
    facts = renewal(D(2025, 6, 30), stage="delayed", bridges=(
        BridgeFacts(1, "extension_30", D(2025, 7, 30)),
        BridgeFacts(2, "extension_60", D(2025, 9, 28)),
        BridgeFacts(3, "auto_renewal_clause", D(2025, 7, 1)),
    ))
    assert rules.latest_bridge(facts).id == 2
    assert "bridge_expiry" not in kinds(on_day(facts, D(2025, 7, 25)))


def test_grace_period_expiry():
    facts = renewal(D(2025, 6, 30), stage="delayed", grace_days=15)
    assert rules.grace_end(D(2025, 6, 30), 15) == D(2025, 7, 15)
    assert "grace_expiry" not in kinds(on_day(facts, D(2025, 6, 30)))  # 15 days left
    flagged = [f for f in on_day(facts, D(2025, 7, 1)) if f.kind == "grace_expiry"]
    assert flagged[0].on == D(2025, 7, 15)
    assert "grace_expiry" in kinds(on_day(facts, D(2025, 7, 20)))


def test_contract_end_passed_without_bridge_or_grace():
    facts = renewal(D(2025, 6, 30), stage="delayed")
    assert "contract_ended" not in kinds(on_day(facts, D(2025, 6, 30)))
    assert "contract_ended" in kinds(on_day(facts, D(2025, 7, 1)))


# --- stakeholders ---------------------------------------------------------------------------

def people(*roles: str) -> tuple[ContactFacts, ...]:
    return tuple(ContactFacts(i + 1, f"Person {i}", role) for i, role in enumerate(roles))


def test_stakeholder_gaps_from_150_days_out():
    facts = renewal(D(2025, 6, 30), stage="in_conversation", contacts=people("champion"))
    assert not kinds(on_day(facts, D(2025, 1, 30))) & set(rules.STAKEHOLDER_KINDS)  # 151 days
    found = kinds(on_day(facts, D(2025, 1, 31)))
    assert {"missing_economic_buyer", "missing_procurement", "no_decision_process",
            "single_contact"} <= found


def test_a_complete_stakeholder_map_raises_nothing():
    facts = renewal(D(2025, 6, 30), stage="in_conversation",
                    contacts=people("champion", "economic_buyer", "procurement"),
                    decision_notes="Legal reviews in week 1, CFO signs in week 3.")
    assert not kinds(on_day(facts, D(2025, 5, 1))) & set(rules.STAKEHOLDER_KINDS)


def test_contacts_who_left_do_not_count():
    contacts = (ContactFacts(1, "A", "economic_buyer", active=False),
                ContactFacts(2, "B", "procurement"), ContactFacts(3, "C", "user"))
    facts = renewal(D(2025, 6, 30), stage="in_conversation", contacts=contacts,
                    decision_notes="x")
    assert kinds(on_day(facts, D(2025, 5, 1))) & set(rules.STAKEHOLDER_KINDS) == \
        {"missing_economic_buyer"}


def test_champion_who_left_suggests_a_champion_change_until_one_is_logged():
    champion = ContactFacts(9, "Jonas Kühn", "champion", active=False, left_on=D(2025, 2, 10))
    facts = renewal(D(2025, 6, 30), stage="in_conversation", contacts=(champion,))
    found = [f for f in on_day(facts, D(2025, 2, 11)) if f.kind == "champion_left"]
    assert found and found[0].severity == "urgent" and found[0].params["name"] == "Jonas Kühn"
    # Before the stakeholder window too: a champion change matters at any time.
    later = renewal(D(2025, 12, 31), stage="in_conversation", contacts=(champion,))
    assert "champion_left" in kinds(on_day(later, D(2025, 2, 11)))
    logged = DelayFacts(4, "champion_change", "decision", True, D(2025, 2, 12), D(2025, 2, 12))
    handled = renewal(D(2025, 6, 30), stage="delayed", contacts=(champion,), delays=(logged,),
                      steps=(StepFacts(1, "Meet the new owner", D(2025, 2, 20)),))
    assert "champion_left" not in kinds(on_day(handled, D(2025, 2, 13)))


def test_champion_who_left_before_this_term_is_history():
    old = ContactFacts(9, "Old", "champion", active=False, left_on=D(2023, 1, 1))
    assert "champion_left" not in kinds(on_day(renewal(D(2025, 6, 30), contacts=(old,)),
                                               D(2025, 2, 1)))


# --- delays ---------------------------------------------------------------------------------

def test_open_delay_without_a_next_step():
    delay = DelayFacts(3, "process", "administrative", True, D(2025, 5, 2), D(2025, 5, 2))
    facts = renewal(D(2025, 6, 30), stage="delayed", delays=(delay,))
    found = [f for f in on_day(facts, D(2025, 5, 3)) if f.kind == "delay_without_step"]
    assert found[0].severity == "warning"
    planned = renewal(D(2025, 6, 30), stage="delayed", delays=(delay,),
                      steps=(StepFacts(1, "Call procurement", D(2025, 5, 9), delay_id=3),))
    assert "delay_without_step" not in kinds(on_day(planned, D(2025, 5, 3)))
    other = renewal(D(2025, 6, 30), stage="delayed", delays=(delay,),
                    steps=(StepFacts(1, "For another delay", D(2025, 5, 9), delay_id=99),))
    assert "delay_without_step" in kinds(on_day(other, D(2025, 5, 3)))


def test_risk_delay_without_activity_for_seven_days():
    def facts(last: dt.date) -> RenewalFacts:
        delay = DelayFacts(3, "shopping", "risk", True, D(2025, 5, 1), last)
        return renewal(D(2025, 6, 30), stage="delayed", delays=(delay,),
                       steps=(StepFacts(1, "x", D(2025, 6, 1)),))

    assert "risk_delay_quiet" not in kinds(on_day(facts(D(2025, 5, 4)), D(2025, 5, 10)))
    quiet = [f for f in on_day(facts(D(2025, 5, 3)), D(2025, 5, 10))
             if f.kind == "risk_delay_quiet"]
    assert quiet[0].params["quiet_days"] == 7
    resolved = DelayFacts(3, "shopping", "risk", False, D(2025, 5, 1), D(2025, 5, 1))
    assert rules.delay_findings(renewal(D(2025, 6, 30), stage="delayed", delays=(resolved,)),
                                D(2025, 5, 30)) == []


# --- next steps -----------------------------------------------------------------------------

def test_steps_overdue_due_today_and_upcoming():
    steps = [StepFacts(1, "a", D(2025, 2, 27)), StepFacts(2, "b", D(2025, 2, 28)),
             StepFacts(3, "c", D(2025, 3, 7)), StepFacts(4, "d", D(2025, 3, 8)),
             StepFacts(5, "done", D(2025, 2, 1), done_on=D(2025, 2, 2))]
    owners = {s.id: 10 for s in steps}
    today = D(2025, 2, 28)
    assert [(f.kind, f.params["step_id"]) for f in rules.step_findings(steps, owners, today)] == \
        [("step_overdue", 1), ("step_due_today", 2)]
    upcoming = rules.step_findings(steps, owners, today, upcoming=True)
    assert [f.params["step_id"] for f in upcoming if f.kind == "step_upcoming"] == [3]


# --- settings -------------------------------------------------------------------------------

def test_milestones_parse_and_invalid_settings_are_refused():
    assert rules.parse_milestones("120; 90, 60,30 ,14") == (120, 90, 60, 30, 14)
    for bad in ("", "abc", "0", "-5", "1000"):
        with pytest.raises(rules.InvalidPolicy):
            rules.parse_milestones(bad)
    with pytest.raises(rules.InvalidPolicy):
        ReminderSettings(quiet_risk_days=-1)


def test_findings_sort_most_pressing_first():
    facts = renewal(D(2025, 6, 30), auto_renew=True, notice_days=60)
    found = on_day(facts, D(2025, 4, 28))
    ranks = [rules.SEVERITY_RANK[f.severity] for f in found]
    assert ranks == sorted(ranks)
