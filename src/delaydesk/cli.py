"""The ``delaydesk`` command: owns configuration, then hands over to Django's management.

``delaydesk <command>`` and ``manage.py <command>`` are the same thing. The engines that need no
database (``diagnose``, ``bridges`` and ``check-draft`` without ``--renewal``) start without
Django, so they are fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

# Every command a user reaches for, with one line each, in the order of the work.
COMMANDS: dict[str, str] = {
    "demo": "Set up a demo portfolio on SQLite, print the logins and serve it",
    "serve": "Run the web app with gunicorn (127.0.0.1:8000 by default)",
    "migrate": "Create or update the database tables",
    "createuser": "Create a user with a role and a team",
    "token": "Create, list or revoke a user's API tokens",
    "diagnose": "Diagnose a customer's message (also --jsonl batches, train, evaluate)",
    "playbook": "Print the current plan for a renewal: steps, drafts, mutual dates",
    "check-draft": "Check a text for fake urgency before you send it",
    "bridges": "Price every bridge offer for a renewal or for given terms",
    "report": "The weekly update as Markdown, HTML, PDF or CSV, or e-mailed to the team",
    "attention": "What needs attention now: flags, due and overdue next steps",
    "remind": "Send the daily digest e-mails (safe to run from cron on several hosts)",
    "calendar": "Write a user's calendar feed (.ics)",
    "import": "Import accounts, contacts and renewals from CSV (all or nothing)",
    "export": "Export accounts, contacts and renewals as CSV",
}

DEMO_DIR = "delaydesk-demo"


def print_help() -> None:
    width = max(len(name) for name in COMMANDS)
    lines = [
        "usage: delaydesk <command> [options]",
        "",
        "DelayDesk: diagnose, answer, bridge and document delayed SaaS renewals.",
        "",
        "commands:",
        *(f"  {name.ljust(width)}  {text}" for name, text in COMMANDS.items()),
        "",
        "Run 'delaydesk <command> --help' for a command's options, and",
        "'delaydesk help --all' for Django's administrative commands (shell, dbshell, ...).",
        "",
        "Configuration: DELAYDESK_DATA_DIR (SQLite file, secret key), DATABASE_URL (PostgreSQL).",
    ]
    print("\n".join(lines))


def _engine(module: str, function: str = "main") -> Callable[[list[str]], int]:
    imported = __import__(module, fromlist=[function])
    return getattr(imported, function)


def run_django(argv: list[str]) -> int:
    """Configure Django and run a management command."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "delaydesk.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["delaydesk", *argv])
    return 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print_help()
        return 0
    if args[0] == "--version":
        from delaydesk import __version__

        print(__version__)
        return 0
    command, rest = args[0], args[1:]
    if command == "help" and rest == ["--all"]:
        return run_django(["help"])
    if command == "diagnose" and "--include-corrections" not in rest:
        return _engine("delaydesk.diagnosis.cli")(rest)
    if command == "bridges" and not any(a.startswith("--renewal") for a in rest):
        return _engine("delaydesk.bridges.cli")(rest)
    if command == "check-draft" and not any(a.startswith("--renewal") for a in rest):
        return _engine("delaydesk.playbooks.cli", "check_draft_main")(rest)
    if command == "demo":
        data_dir = _option(rest, "--data-dir")
        os.environ["DELAYDESK_DATA_DIR"] = str(
            Path(data_dir or os.environ.get("DELAYDESK_DATA_DIR") or DEMO_DIR).resolve()
        )
    return run_django([command.replace("-", "_"), *rest])


def _option(args: list[str], name: str) -> str | None:
    for index, arg in enumerate(args):
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


if __name__ == "__main__":
    sys.exit(main())
