"""Command-line pieces of the playbooks engine (no Django needed).

``check_draft_main`` is ``delaydesk check-draft``; ``print_playbook`` renders the output of
``delaydesk playbook RENEWAL_ID``. The Django side wires them into the management commands
and passes the renewal's recorded dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from delaydesk.playbooks.language import check_lang, format_date
from delaydesk.playbooks.urgency import UrgencyFacts, check_text, detect_lang

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

FINDING_LABELS: dict[str, dict[str, str]] = {
    "invented_expiry": {"en": "Invented expiry", "de": "Erfundenes Ablaufdatum"},
    "personal_pressure": {"en": "Personal pressure", "de": "Persönlicher Druck"},
    "excessive_discount": {"en": "Excessive discount", "de": "Überzogener Rabatt"},
    "unbacked_deadline": {"en": "Unbacked deadline", "de": "Frist ohne Grundlage"},
}
STEP_KIND_LABELS: dict[str, dict[str, str]] = {
    "our_action": {"en": "Our action", "de": "Unsere Aufgabe"},
    "customer_commitment": {"en": "Customer commitment", "de": "Zusage des Kunden"},
    "check_in": {"en": "Check-in", "de": "Nachfassen"},
    "decision_deadline": {"en": "Decision deadline", "de": "Entscheidungsfrist"},
}

_TEXTS: dict[str, dict[str, str]] = {
    "empty": {
        "en": "No text to check: pipe a draft in, e.g. delaydesk check-draft < draft.txt",
        "de": "Kein Text zum Prüfen: Leiten Sie einen Entwurf ein, z. B. "
        "delaydesk check-draft < entwurf.txt",
    },
    "clean": {
        "en": "No fake urgency found.",
        "de": "Keine künstliche Dringlichkeit gefunden.",
    },
    "found": {
        "en": "{n} passage(s) to rework",
        "de": "{n} Stelle(n) zum Überarbeiten",
    },
    "col_kind": {"en": "Kind", "de": "Art"},
    "col_text": {"en": "Text", "de": "Text"},
    "col_why": {"en": "Why", "de": "Warum"},
    "col_better": {"en": "Better", "de": "Besser"},
    "steps": {"en": "Steps", "de": "Schritte"},
    "col_step": {"en": "Step", "de": "Schritt"},
    "col_due": {"en": "Due", "de": "Fällig"},
    "in_days": {"en": "in {n} business days", "de": "in {n} Arbeitstagen"},
    "today": {"en": "today", "de": "heute"},
    "plan": {"en": "Mutual plan", "de": "Gemeinsamer Zeitplan"},
    "bridge": {"en": "Bridge needed", "de": "Brückenlösung nötig"},
    "no_delay": {"en": "No steps needed.", "de": "Keine Schritte nötig."},
}


def _t(key: str, lang: str, **values: Any) -> str:
    return _TEXTS[key][lang].format(**values)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delaydesk check-draft",
        description="Check a draft e-mail for fake urgency (read from standard input).",
    )
    parser.add_argument("--lang", choices=("de", "en"), help="language of the messages")
    parser.add_argument("--json", action="store_true", help="print findings as JSON")
    return parser


def check_draft_main(
    argv: list[str], stdin_text: str | None = None, facts: UrgencyFacts | None = None
) -> int:
    """Run ``delaydesk check-draft``: 0 when clean, 1 with findings, 2 on bad input.

    ``stdin_text`` replaces standard input (for callers and tests); ``facts`` are the
    renewal's recorded dates when ``--renewal`` was given on the Django side.
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        # argparse has already printed the usage; bad arguments are bad input.
        return EXIT_CLEAN if exit_.code == 0 else EXIT_BAD_INPUT
    text = sys.stdin.read() if stdin_text is None else stdin_text
    lang = check_lang(args.lang) if args.lang else (detect_lang(text) if text.strip() else "en")
    if not text.strip():
        Console(file=sys.stderr).print(Text(_t("empty", lang)))
        return EXIT_BAD_INPUT
    findings = check_text(text, lang=lang, facts=facts)
    if args.json:
        payload = {"findings": [f.to_dict() for f in findings], "clean": not findings}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return EXIT_FINDINGS if findings else EXIT_CLEAN

    console = Console(file=sys.stdout)
    if not findings:
        console.print(Text(_t("clean", lang), style="green"))
        return EXIT_CLEAN
    table = Table(title=_t("found", lang, n=len(findings)), show_lines=True)
    table.add_column(_t("col_kind", lang), style="bold")
    table.add_column(_t("col_text", lang), style="yellow")
    table.add_column(_t("col_why", lang))
    table.add_column(_t("col_better", lang), style="green")
    for finding in findings:
        # Text() keeps square brackets in customer text from being read as rich markup.
        table.add_row(
            Text(FINDING_LABELS[finding.kind][lang]),
            Text(finding.excerpt),
            Text(finding.message),
            Text(finding.suggestion),
        )
    console.print(table)
    return EXIT_FINDINGS


def _due_text(step: dict[str, Any], lang: str) -> str:
    due = step.get("due_on") or step.get("due_date")
    if due:
        return format_date(dt.date.fromisoformat(str(due)), lang)
    days = int(step.get("suggested_due_in_business_days", 0))
    return _t("today", lang) if days == 0 else _t("in_days", lang, n=days)


def print_playbook(plan_dict: dict[str, Any], lang: str, as_json: bool) -> None:
    """Print a playbook (with optional mutual plan and drafts) as rich tables or as JSON.

    ``plan_dict`` is ``response_plan()``'s result, or a bare ``Playbook.to_dict()``.
    """
    if as_json:
        sys.stdout.write(json.dumps(plan_dict, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    lang = check_lang(lang)
    console = Console(file=sys.stdout)
    playbook = plan_dict["playbook"] if "playbook" in plan_dict else plan_dict
    console.print(Panel(Text(playbook["approach"]), title=Text(playbook["headline"])))

    steps = playbook.get("steps", [])
    if steps:
        table = Table(title=_t("steps", lang))
        table.add_column("#", justify="right")
        table.add_column(_t("col_step", lang), style="bold")
        table.add_column(_t("col_kind", lang))
        table.add_column(_t("col_due", lang))
        for number, step in enumerate(steps, start=1):
            title = Text(step["title"], style="bold")
            title.append("\n" + step["detail"], style="default")
            kind = STEP_KIND_LABELS.get(step["kind"], {}).get(lang, step["kind"])
            table.add_row(str(number), title, Text(kind), Text(_due_text(step, lang)))
        console.print(table)
    else:
        console.print(Text(_t("no_delay", lang)))

    plan = plan_dict.get("mutual_plan")
    if plan:
        table = Table(title=_t("plan", lang))
        table.add_column("")
        table.add_column("")
        table.add_column("")
        for milestone in plan.get("milestones", []):
            table.add_row(milestone["key"], Text(milestone["label"]), milestone["display"])
        console.print(table)
        if plan.get("bridge_needed"):
            console.print(Panel(Text(plan["bridge_reason"]), title=_t("bridge", lang),
                                border_style="red"))

    for item in plan_dict.get("drafts", []) or []:
        console.print(Panel(Text(item["body"]), title=Text(item["subject"]),
                            subtitle=item["kind"]))
