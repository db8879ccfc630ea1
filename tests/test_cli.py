import subprocess
import sys
from io import StringIO

from delaydesk.cli import COMMANDS, main
from delaydesk.delays.models import Delay
from delaydesk.portfolio.demo import load_demo
from delaydesk.portfolio.models import Account, Renewal


def test_help_lists_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert f"  {name}" in out


def test_console_script_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "delaydesk.cli", "--help"],
                            capture_output=True, text=True, check=True)
    assert "demo" in result.stdout


def test_demo_portfolio_is_realistic_and_loads_only_once(db):
    first = load_demo()
    assert first["created"]
    counts = (Account.objects.count(), Renewal.objects.count(), Delay.objects.count())
    assert counts[0] >= 60
    assert {a.language for a in Account.objects.all()} == {"de", "en"}
    assert set(Delay.objects.values_list("category", flat=True)) == {
        "administrative", "decision", "risk"}
    assert len(set(Delay.objects.values_list("assessed_type", flat=True))) >= 7
    second = load_demo()
    assert not second["created"]
    assert (Account.objects.count(), Renewal.objects.count(), Delay.objects.count()) == counts


def test_demo_command_prepares_without_serving(db, tmp_path):
    from django.core.management import call_command

    out = StringIO()
    call_command("demo", "--no-serve", stdout=out)
    assert "max.csm" in out.getvalue() and "demo-csm-pass" in out.getvalue()
