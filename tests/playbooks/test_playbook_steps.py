"""Playbooks: every situation has ordered steps in both languages, questions first."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from delaydesk.playbooks import (
    CATEGORIES,
    DELAY_TYPES,
    DISCOVERY_QUESTION_IDS,
    DRAFT_KINDS,
    STEP_KINDS,
    draft_kinds_for,
    playbook_for,
    question_text,
    suggested_due_date,
)

SITUATIONS = [(c, t) for c in CATEGORIES if c != "none" for t in DELAY_TYPES]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("category", "delay_type"), SITUATIONS)
def test_every_situation_has_steps_in_both_languages(
    category: str, delay_type: str, lang: str
) -> None:
    playbook = playbook_for(category, delay_type, lang=lang)
    assert len(playbook.steps) >= 5
    assert playbook.headline and playbook.approach
    ids = [step.id for step in playbook.steps]
    assert len(ids) == len(set(ids)), "a step appears twice"
    for step in playbook.steps:
        assert re.fullmatch(r"[a-z_]+", step.id)
        assert step.title and step.detail
        assert step.kind in STEP_KINDS
        assert step.suggested_due_in_business_days >= 0
        assert step.draft_kind is None or step.draft_kind in DRAFT_KINDS
        # One or two sentences, not an essay.
        assert 1 <= len(re.findall(r"[.?!\u201c\u201d](?=\s|$)", step.detail)) <= 3


@pytest.mark.parametrize(
    ("category", "prefix"),
    [("administrative", "Patient and helpful:"), ("decision", "Diagnostic:"),
     ("risk", "Full intervention:")],
)
def test_approach_sentence_follows_the_category(category: str, prefix: str) -> None:
    assert playbook_for(category, "unknown", lang="en").approach.startswith(prefix)


def test_german_approach_sentences() -> None:
    assert playbook_for("administrative", "budget", lang="de").approach.startswith(
        "Geduldig und hilfsbereit:"
    )
    assert playbook_for("risk", "shopping", lang="de").approach.startswith("Volle Intervention:")


def test_harmless_sounding_reason_in_a_risk_picture_says_so() -> None:
    # A budget excuse with sudden spend scrutiny is risk (domain.md).
    approach = playbook_for("risk", "budget", lang="en").approach
    assert "stated reason sounds harmless" in approach
    assert "harmlos" in playbook_for("risk", "budget", lang="de").approach


@pytest.mark.parametrize("delay_type", DELAY_TYPES)
def test_category_none_is_an_empty_no_delay_playbook(delay_type: str) -> None:
    playbook = playbook_for("none", delay_type, lang="en", missing=["timeline"])
    assert playbook.is_empty
    assert playbook.steps == ()
    assert playbook.headline.startswith("No delay")
    assert playbook.to_dict()["steps"] == []
    assert playbook_for("none", delay_type, lang="de").headline.startswith("Keine Verzögerung")
    assert draft_kinds_for("none", delay_type) == []


def test_missing_questions_come_first_in_the_given_order() -> None:
    missing = ["next_contact", "timeline", "concern"]
    playbook = playbook_for("decision", "alignment", lang="en", missing=missing)
    first = playbook.steps[:3]
    assert [s.question_id for s in first] == missing
    assert [s.id for s in first] == ["ask_next_contact", "ask_timeline", "ask_concern"]
    assert all(s.kind == "check_in" and s.draft_kind == "discovery" for s in first)
    assert all(s.question_id is None for s in playbook.steps[3:])
    assert playbook.draft_kinds[0] == "discovery"


def test_question_step_quotes_the_question_in_the_chosen_form_of_address() -> None:
    sie = playbook_for("decision", "unknown", lang="de", missing=["people"], formal=True)
    du = playbook_for("decision", "unknown", lang="de", missing=["people"], formal=False)
    assert question_text("people", "de", formal=True) in sie.steps[0].detail
    assert question_text("people", "de", formal=False) in du.steps[0].detail
    assert sie.steps[0].detail != du.steps[0].detail


@pytest.mark.parametrize("qid", DISCOVERY_QUESTION_IDS)
def test_every_question_exists_in_english_sie_and_du(qid: str) -> None:
    en = question_text(qid, "en")
    sie = question_text(qid, "de", formal=True)
    du = question_text(qid, "de", formal=False)
    assert en.endswith((".", "?")) and sie.endswith((".", "?")) and du.endswith((".", "?"))
    assert re.search(r"\b(Sie|Ihnen|Ihrer|Ihren)\b", sie)
    assert not re.search(r"\b(Sie|Ihnen|Ihrem|Ihren)\b", du)
    assert sie != du


def test_unknown_question_category_or_type_is_refused() -> None:
    with pytest.raises(ValueError):
        playbook_for("decision", "budget", lang="en", missing=["mood"])
    with pytest.raises(ValueError):
        playbook_for("panic", "budget", lang="en")
    with pytest.raises(ValueError):
        playbook_for("risk", "weather", lang="en")
    with pytest.raises(ValueError):
        playbook_for("risk", "budget", lang="fr")


def test_bureaucracy_playbook_removes_friction_and_goes_to_procurement() -> None:
    ids = [s.id for s in playbook_for("administrative", "process", lang="en").steps]
    for expected in (
        "map_approval_process", "get_procurement_contact", "send_documents_upfront",
        "remove_signing_friction", "follow_up_procurement", "confirm_signing_authority",
    ):
        assert expected in ids
    assert ids.index("map_approval_process") < ids.index("follow_up_procurement")


def test_stalled_decision_facilitates_and_arms_the_champion() -> None:
    ids = [s.id for s in playbook_for("decision", "alignment", lang="en").steps]
    assert {"map_stakeholders", "convene_stakeholders", "arm_champion", "set_mutual_plan"} <= set(
        ids
    )


def test_problem_playbook_listens_ranks_plans_bridges_and_offers_a_conditional_path() -> None:
    ids = [s.id for s in playbook_for("risk", "hidden_problem", lang="en").steps]
    expected = [
        "listening_call", "rank_concerns", "remediation_plan", "offer_bridge_while_fixing",
        "offer_conditional_path",
    ]
    positions = [ids.index(step) for step in expected]
    assert positions == sorted(positions)
    detail = playbook_for("risk", "hidden_problem", lang="en").steps[ids.index(
        "remediation_plan")].detail
    assert "48 hours" in detail and "30 days" in detail and "60 to 90 days" in detail


def test_shopping_responds_at_once_and_asks_directly() -> None:
    steps = playbook_for("risk", "shopping", lang="en").steps
    assert steps[0].id == "respond_at_once"
    assert steps[0].suggested_due_in_business_days == 0
    assert steps[1].id == "ask_about_alternatives"


def test_champion_change_restarts_with_usage_data() -> None:
    ids = [s.id for s in playbook_for("decision", "champion_change", lang="en").steps]
    assert ids.index("prepare_usage_story") < ids.index("restart_with_new_owner")


def test_priority_uses_gentle_urgency_with_a_real_deadline() -> None:
    ids = [s.id for s in playbook_for("decision", "priority", lang="en").steps]
    assert "show_impact" in ids and "set_real_deadline" in ids


def test_risk_moves_faster_than_administrative() -> None:
    admin = {s.id: s for s in playbook_for("administrative", "process", lang="en").steps}
    risk = {s.id: s for s in playbook_for("risk", "process", lang="en").steps}
    shared = set(admin) & set(risk)
    assert shared
    for step_id in shared:
        assert (risk[step_id].suggested_due_in_business_days
                <= admin[step_id].suggested_due_in_business_days)
    assert any(
        risk[s].suggested_due_in_business_days < admin[s].suggested_due_in_business_days
        for s in shared
    )


def test_to_dict_is_plain_data() -> None:
    data = playbook_for("decision", "budget", lang="de", missing=["timeline"]).to_dict()
    assert data["category"] == "decision" and data["lang"] == "de"
    assert data["steps"][0]["id"] == "ask_timeline"
    assert set(data["steps"][0]) == {
        "id", "title", "detail", "kind", "suggested_due_in_business_days", "draft_kind",
        "question_id",
    }


def test_suggested_due_date_uses_business_days_of_the_country() -> None:
    playbook = playbook_for("administrative", "process", lang="en")
    step = next(s for s in playbook.steps if s.suggested_due_in_business_days == 2)
    # Thursday 1 October 2026 + 2 business days in Germany skips the weekend and
    # German Unity Day (Saturday 3 October does not matter) -> Monday 5 October.
    assert suggested_due_date(step, date(2026, 10, 1), "DE") == date(2026, 10, 5)
    # Friday 23 October 2026 in Austria: Monday 26 October is the National Day.
    assert suggested_due_date(step, date(2026, 10, 23), "AT") == date(2026, 10, 28)
    assert suggested_due_date(step.to_dict(), date(2026, 10, 23), "AT") == date(2026, 10, 28)


def test_a_step_due_today_on_a_saturday_is_due_on_monday() -> None:
    step = playbook_for("risk", "shopping", lang="en").steps[0]
    assert suggested_due_date(step, date(2026, 11, 28), "DE") == date(2026, 11, 30)


def test_every_draft_kind_fits_some_situation() -> None:
    offered = {kind for c, t in SITUATIONS for kind in draft_kinds_for(c, t)}
    assert offered == set(DRAFT_KINDS)
    assert "bureaucracy_help" in draft_kinds_for("administrative", "process")
    assert "remediation_plan" in draft_kinds_for("risk", "hidden_problem")
    assert "new_owner_intro" in draft_kinds_for("decision", "champion_change")


def test_engine_does_not_import_django() -> None:
    # The module may be imported after Django in a full test run, so check its own imports.
    import delaydesk.playbooks as playbooks

    for name, module in list(sys.modules.items()):
        if name.startswith("delaydesk.playbooks") and module is not None:
            source = Path(module.__file__ or "").read_text(encoding="utf-8")
            assert "import django" not in source and "from django" not in source, name
    assert playbooks.playbook_for is playbook_for
