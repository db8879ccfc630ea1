"""The playbook and check-draft commands: output, exit codes and permissions."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from delaydesk.dates import format_date


def _check(risk, text, *args):
    with pytest.raises(SystemExit) as exit_:
        call_command("check_draft", "--renewal", str(risk["renewal"].pk), "--user", "owner",
                     *args, stdin=StringIO(text))
        raise SystemExit(0)  # a clean draft returns normally
    return exit_.value.code


def test_check_draft_exits_1_on_an_invented_deadline(risk, capsys):
    code = _check(risk, "Dieses Angebot gilt nur noch bis Freitag.", "--lang", "de", "--json")
    assert code == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and findings[0]["kind"] == "invented_expiry"


def test_check_draft_exits_0_for_the_real_contract_end(risk, capsys):
    end = format_date(risk["renewal"].contract_end, "en")
    assert _check(risk, f"Your contract ends on {end}; please decide by {end}.") == 0
    assert "No fake urgency found." in capsys.readouterr().out


def test_check_draft_refuses_a_renewal_of_another_team(risk):
    with pytest.raises(CommandError, match="No such renewal"):
        call_command("check_draft", "--renewal", str(risk["renewal"].pk), "--user", "other",
                     stdin=StringIO("Hello"))


def test_playbook_prints_steps_plan_and_drafts(risk, capsys):
    call_command("playbook", str(risk["renewal"].pk), "--user", "owner", "--lang", "de")
    out = capsys.readouterr().out
    assert "Etwas stimmt nicht" in out
    assert "Gemeinsamer Zeitplan" in out
    assert "Petra Schmidt" in out


def test_playbook_json(risk, capsys):
    call_command("playbook", str(risk["renewal"].pk), "--user", "lead", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["playbook"]["delay_type"] == "hidden_problem"
    assert len(data["mutual_plan"]["milestones"]) == 4


@pytest.mark.parametrize("username", ["other", "nobody"])
def test_playbook_refuses_outsiders(risk, username):
    with pytest.raises(CommandError):
        call_command("playbook", str(risk["renewal"].pk), "--user", username)
