"""``delaydesk import`` and ``delaydesk export``: exit codes, summary, nothing saved on errors."""

import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from delaydesk.portfolio.models import Account

from .conftest import EXAMPLE, make_csv


def test_import_prints_summary_and_saves(example_users, capsys):
    call_command("import", str(EXAMPLE), "--user", "root")
    out = capsys.readouterr().out
    assert "Accounts" in out and "Imported" in out
    assert Account.objects.filter(external_id__startswith="ACC-").count() == 5


def test_dry_run_saves_nothing(example_users, capsys):
    call_command("import", str(EXAMPLE), "--user", "root", "--dry-run")
    assert "Would be created" in capsys.readouterr().out
    assert not Account.objects.filter(external_id="ACC-1001").exists()


def test_errors_table_and_exit_code(roles, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_bytes(make_csv([{"arr": "-5"}, {"renewal_external_id": "REN-2", "stage": "x"}]))
    with pytest.raises(CommandError):
        call_command("import", str(path), "--user", "lead")
    out = capsys.readouterr().out
    assert "arr" in out and "stage" in out
    assert not Account.objects.filter(external_id="ACC-1").exists()


def test_unknown_user_and_missing_file(roles, tmp_path):
    with pytest.raises(CommandError, match="No active user"):
        call_command("import", str(EXAMPLE), "--user", "ghost")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import", str(tmp_path / "missing.csv"), "--user", "lead")


def test_export_to_file_and_stdout(roles, tmp_path, capsys):
    call_command("export", "--user", "lead")
    assert roles["account"].name in capsys.readouterr().out
    target = tmp_path / "out.csv"
    call_command("export", "--user", "other", "--output", str(target))
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode()) and roles["account"].name.encode() not in data


def test_exit_codes_of_the_console_script(tmp_path):
    """The real ``delaydesk`` entry point, on its own SQLite database."""
    env_dir = tmp_path / "data"
    env = {"DELAYDESK_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin",
           "DELAYDESK_SECRET_KEY": "test-secret-key-not-for-production-0123456789"}
    run = [sys.executable, "-m", "delaydesk.cli"]

    def delaydesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*run, *args], env=env, capture_output=True, text=True,
                              timeout=120)

    assert delaydesk("migrate", "-v", "0").returncode == 0
    assert delaydesk("createuser", "root", "--role", "admin", "--password",
                     "a-long-test-password-1").returncode == 0, "createuser"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"account_name,arr\r\nX,abc\r\n")
    failed = delaydesk("import", str(bad), "--user", "root")
    assert failed.returncode == 1
    assert "abc" in failed.stdout
    good = tmp_path / "good.csv"
    good.write_bytes(b"account_name,segment\r\nSolo GmbH,SMB\r\n")
    assert delaydesk("import", str(good), "--user", "root").returncode == 0
    exported = delaydesk("export", "--user", "root")
    assert exported.returncode == 0 and "Solo GmbH" in exported.stdout
