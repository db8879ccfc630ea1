"""``delaydesk calendar USERNAME [--output FILE]``: a user's calendar feed as .ics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from delaydesk.reminders.feed import feed_for
from delaydesk.teams.models import User

from .attention import parse_day


class Command(BaseCommand):
    help = ("Write USERNAME's calendar feed (.ics): next steps, mutual-plan dates, contract ends "
            "and notice deadlines; the same feed as their secret calendar address.")

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")
        parser.add_argument("--output", "-o", help="write to this file (default: stdout)")
        parser.add_argument("--date", help="as on this day (YYYY-MM-DD; default today)")

    def handle(self, *args: Any, **o: Any) -> None:
        user = User.objects.filter(username=o["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active user named {o['username']}.")
        body = feed_for(user, today=parse_day(o["date"]))
        if o["output"]:
            Path(o["output"]).write_bytes(body)
            self.stderr.write(f"Wrote {len(body)} bytes to {o['output']}.")
        else:
            # The feed's CRLF line ends pass through unchanged.
            self.stdout.write(body.decode("utf-8"), ending="")
