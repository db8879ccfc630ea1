"""``delaydesk remind [--dry-run] [--date YYYY-MM-DD]``: the daily digest e-mails."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from delaydesk.reminders.services import remind

from .attention import parse_day

LABELS = {
    "sent": "sent",
    "would_send": "would send",
    "nothing": "nothing to send",
    "no_email": "no e-mail address (notifications only)",
    "already_sent": "already sent today",
    "failed": "FAILED",
}


class Command(BaseCommand):
    help = ("Send every user their daily digest (due today, overdue, the coming week, new "
            "flags) and create notifications for new flags. Safe to run from cron on several "
            "hosts: each user gets one digest a day.")

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--dry-run", action="store_true",
                            help="only list what would be sent; send and store nothing")
        parser.add_argument("--date", help="the digest day (YYYY-MM-DD; default: each user's "
                                           "today in their time zone)")
        parser.add_argument("--user", action="append", dest="users", metavar="USERNAME",
                            help="only this user (repeatable)")

    def handle(self, *args: Any, **o: Any) -> None:
        results = remind(today=parse_day(o["date"]), dry_run=o["dry_run"], usernames=o["users"])
        for r in results:
            counts = r.counts
            detail = (f"{counts.get('due_today', 0)} due today, {counts.get('overdue', 0)} "
                      f"overdue, {counts.get('upcoming', 0)} coming up, "
                      f"{counts.get('new_flags', 0)} new flags") if counts else ""
            line = f"{r.day.isoformat()} {r.username:<16} {LABELS[r.outcome]}"
            if r.outcome in ("sent", "would_send"):
                line += f" to {r.email}: {detail}"
                if r.outcome == "would_send":
                    line += f"\n{'':27}subject: {r.subject}"
            elif detail and r.outcome != "already_sent":
                line += f" ({detail})"
            if r.error:
                line += f": {r.error}"
            self.stdout.write(line)
        sent = sum(r.outcome == "sent" for r in results)
        planned = sum(r.outcome == "would_send" for r in results)
        failed = [r.username for r in results if r.outcome == "failed"]
        if o["dry_run"]:
            self.stdout.write(f"Dry run: {planned} digest(s) would be sent; nothing was stored.")
        else:
            self.stdout.write(f"{sent} digest(s) sent.")
        if failed:
            raise CommandError(f"Digests failed for: {', '.join(failed)}")
