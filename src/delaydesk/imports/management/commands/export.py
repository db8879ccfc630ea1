"""``delaydesk export --user USERNAME [--output FILE]``: the portfolio as CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from delaydesk.imports.selectors import portfolio_export

from ._users import active_user


class Command(BaseCommand):
    help = "Export accounts, contacts and renewals as CSV."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--user", required=True,
                            help="export what this user may read")
        parser.add_argument("--output", help="write to FILE instead of standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        user = active_user(options["user"])
        with translation.override(user.language):
            text = portfolio_export(user=user)
            if not options["output"]:
                self.stdout.write(text, ending="")
                return
            path = Path(options["output"])
            try:
                # With a byte order mark, so Excel opens umlauts correctly.
                path.write_text(text, encoding="utf-8-sig", newline="")
            except OSError as error:
                raise CommandError(_("Cannot write %(path)s: %(error)s") % {
                    "path": path, "error": error.strerror or error}) from None
            self.stderr.write(_("Written to %(path)s.") % {"path": path})
