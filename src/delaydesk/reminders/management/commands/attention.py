"""``delaydesk attention [--user USERNAME]``: what needs attention now."""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from rich.console import Console
from rich.table import Table

from delaydesk.reminders.selectors import attention_for
from delaydesk.teams.models import User

SEVERITY_STYLE = {"urgent": "bold red", "warning": "yellow", "info": "dim"}


def parse_day(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` for --date, or a CommandError that says what is expected."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date expects YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = ("What needs attention now: renewal calendar flags, stakeholder gaps, delays "
            "without a next step, overdue and due-today next steps. Without --user: everyone's.")

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--user", help="whose list: a CSM's own, a lead's team, an admin's all")
        parser.add_argument("--date", help="as on this day (YYYY-MM-DD; default today)")
        parser.add_argument("--lang", choices=["de", "en"],
                            help="language of the texts (default: the user's)")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **o: Any) -> None:
        subject = None
        if o["user"]:
            subject = User.objects.filter(username=o["user"], is_active=True).first()
            if subject is None:
                raise CommandError(f"No active user named {o['user']}.")
        lang = o["lang"] or (subject.language if subject else "en") or "en"
        with translation.override(lang):
            listing = attention_for(subject, subject=subject, today=parse_day(o["date"]))
            if o["json"]:
                self.stdout.write(json.dumps(listing.to_dict(), ensure_ascii=False, indent=2))
                return
            self._print(listing, o["user"])

    def _print(self, listing: Any, username: str | None) -> None:
        terminal = Console()
        # Redirected output (files, cron mail) gets a wide table instead of wrapped cells.
        width = terminal.width if terminal.is_terminal else 160
        console = Console(file=cast(IO[str], self.stdout), width=max(100, width), highlight=False)
        who = username or _("everyone")
        if not listing.items:
            console.print(_("Nothing needs attention (%(who)s, %(day)s).")
                          % {"who": who, "day": listing.today.isoformat()})
            return
        table = Table(title=f"{_('Needs attention')} · {who} · {listing.today.isoformat()}",
                      show_lines=False)
        for column in ("", _("Account"), _("What"), _("Date"), _("Owner")):
            table.add_column(column, overflow="fold")
        for item in listing.items:
            wording = item.wording
            table.add_row(
                f"[{SEVERITY_STYLE[item.severity]}]{item.severity_label}[/]",
                item.account.name,
                wording.title + (f"\n[dim]{wording.hint}[/]" if wording.hint else ""),
                item.on.isoformat() if item.on else "–",
                item.renewal.owner.username if item.renewal.owner else "–",
            )
        console.print(table)
        counts = listing.to_dict()["counts"]
        console.print(", ".join(f"{key}: {value}" for key, value in counts.items()))
