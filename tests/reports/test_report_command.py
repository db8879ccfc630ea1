"""``delaydesk report weekly``: every format, scopes, permissions and clear errors."""

import csv
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pypdf import PdfReader

from .conftest import at


def run(*args: str) -> str:
    out = io.StringIO()
    with at(2026, 11, 27, 12):
        call_command("report", "weekly", *args, stdout=out)
    return out.getvalue()


def test_markdown_for_a_team_on_standard_output(book):
    text = run("--team", "North", "--week", "2026-W48")
    assert text.startswith("# Weekly update 2026-W48: North")
    assert "€101,000.00" in text and "Omega" not in text


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "csv"])
def test_every_format_to_a_file(book, tmp_path, fmt):
    target = tmp_path / f"weekly.{fmt}"
    message = run("--team", "North", "--format", fmt, "--output", str(target))
    assert message.strip() == f"Written to {target}."
    data = target.read_bytes()
    if fmt == "pdf":
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        assert "Weekly update 2026-W48: North" in text and "€180,000.00" in text
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode())))
        assert [r["account"] for r in rows] == ["Gamma KG", "Alpha GmbH"]
    elif fmt == "html":
        assert b"<svg" in data and b"Gamma KG" in data
    else:
        assert data.startswith(b"# Weekly update")


def test_one_csm_in_german(book):
    text = run("--owner", "anna", "--lang", "de")
    assert text.startswith("# Wochenbericht 2026-W48: Anna Adler")
    assert "Alpha GmbH" in text and "Gamma KG" not in text


def test_with_a_user_the_permissions_apply(book):
    assert "North" in run("--user", "anna")
    with pytest.raises(CommandError, match="No such team: North."):
        run("--user", "sam", "--team", "North")
    with pytest.raises(CommandError, match="No such CSM: anna."):
        run("--user", "ben", "--owner", "anna")
    with pytest.raises(CommandError, match="No active user named ghost."):
        run("--user", "ghost")


def test_bad_weeks_are_refused(book):
    with pytest.raises(CommandError, match="ISO week such as 2026-W48"):
        run("--week", "48")
    with pytest.raises(CommandError, match="has not begun"):
        run("--week", "2027-W02")
    assert "2026-W47" in run("--team", "North", "--week", "last")


def test_team_and_owner_exclude_each_other(book):
    with pytest.raises(CommandError):
        run("--team", "North", "--owner", "anna")


def test_the_console_script_exits_with_1_for_another_team(book, capsys):
    """``delaydesk report weekly`` (the console entry point): exit code 1 and a message."""
    from delaydesk.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["report", "weekly", "--user", "sam", "--team", "North"])
    assert exit_info.value.code == 1
    assert "No such team: North." in capsys.readouterr().err
