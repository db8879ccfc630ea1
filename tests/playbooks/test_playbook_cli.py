"""``delaydesk check-draft`` and the playbook printout, without Django."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from delaydesk.playbooks import DraftContext, UrgencyFacts, format_date, response_plan
from delaydesk.playbooks.cli import check_draft_main, print_playbook

FACTS = UrgencyFacts(contract_end=date(2027, 3, 31), today=date(2027, 3, 1))


def test_clean_draft_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code = check_draft_main([], stdin_text="Thank you for the update, talk soon.")
    assert code == 0
    assert "No fake urgency found." in capsys.readouterr().out


def test_findings_exit_one_and_print_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code = check_draft_main(["--lang", "en"], stdin_text="Last chance: 30% off!")
    out = capsys.readouterr().out
    assert code == 1
    assert "Invented expiry" in out and "Excessive discount" in out


def test_json_output_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code = check_draft_main(["--json"], stdin_text="Mein Chef fragt schon, bitte bis Freitag.")
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert payload["clean"] is False
    assert {f["kind"] for f in payload["findings"]} == {"personal_pressure", "unbacked_deadline"}
    assert payload["findings"][0]["message"].startswith("Persönlicher Druck")  # detected German


def test_json_output_clean(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Your contract ends on 31 March 2027; please sign by 31 March 2027."
    assert check_draft_main(["--json"], stdin_text=text, facts=FACTS) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": [], "clean": True}


def test_empty_input_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_draft_main([], stdin_text="   \n") == 2
    assert "No text to check" in capsys.readouterr().err
    assert check_draft_main(["--lang", "de"], stdin_text="") == 2
    assert "Kein Text zum Prüfen" in capsys.readouterr().err


def test_bad_arguments_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_draft_main(["--lang", "fr"], stdin_text="Hallo") == 2
    assert "invalid choice" in capsys.readouterr().err


def test_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Only today: 40% off."))
    assert check_draft_main(["--json"]) == 1
    assert len(json.loads(capsys.readouterr().out)["findings"]) == 2


def _ctx(lang: str = "en") -> DraftContext:
    return DraftContext(
        lang=lang, customer_company="Globex Ltd", contact_name="Hank Scorpio",
        csm_name="Jonas Weber", csm_company="Acme Software", contract_end=date(2027, 3, 31),
        arr=Decimal("48000"), currency="EUR", today=date(2027, 1, 15),
    )


def test_response_plan_puts_dates_on_every_step_and_fills_the_drafts() -> None:
    result = response_plan("decision", "alignment", ctx=_ctx(), country="DE",
                           missing=["timeline"])
    steps = result["playbook"]["steps"]
    assert steps[0]["id"] == "ask_timeline"
    assert all(date.fromisoformat(step["due_on"]) >= date(2027, 1, 15) for step in steps)
    plan = result["mutual_plan"]
    decision = next(s for s in steps if s["id"] == "confirm_decision_date")
    assert decision["due_on"] == plan["decision_by"]
    mutual = next(d for d in result["drafts"] if d["kind"] == "mutual_plan")
    info_by = date.fromisoformat(plan["info_by"])
    assert format_date(info_by, "en") in mutual["body"]
    discovery = next(d for d in result["drafts"] if d["kind"] == "discovery")
    assert "a date or a time frame" in discovery["body"]


def test_response_plan_for_no_delay_is_empty() -> None:
    result = response_plan("none", "none", ctx=_ctx(), country="DE")
    assert result == {"playbook": result["playbook"], "mutual_plan": None, "drafts": []}
    assert result["playbook"]["steps"] == []


def test_print_playbook_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    result = response_plan("risk", "shopping", ctx=_ctx(), country="DE")
    print_playbook(result, "en", as_json=True)
    assert json.loads(capsys.readouterr().out) == result


def test_print_playbook_as_tables(capsys: pytest.CaptureFixture[str]) -> None:
    result = response_plan("administrative", "process", ctx=_ctx("de"), country="DE")
    print_playbook(result, "de", as_json=False)
    out = capsys.readouterr().out
    assert "Formalitäten bremsen" in out
    assert "Freigabeprozess skizzieren" in out
    assert "Gemeinsamer Zeitplan" in out and "Entscheidung bis" in out
    assert "Verlängerung Globex Ltd" in out  # a draft's subject


def test_print_playbook_accepts_a_bare_playbook(capsys: pytest.CaptureFixture[str]) -> None:
    from delaydesk.playbooks import playbook_for

    print_playbook(playbook_for("none", "none", lang="en").to_dict(), "en", as_json=False)
    out = capsys.readouterr().out
    assert "No delay" in out and "No steps needed." in out
