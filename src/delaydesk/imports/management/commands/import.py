"""``delaydesk import FILE --user USERNAME [--dry-run]``: load portfolio CSV, all or nothing.

Exit code 0 when every row is fine, 1 when any row has an error (then nothing is saved).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from delaydesk.imports.services import ImportResult, portfolio_import

from ._users import active_user


class Command(BaseCommand):
    help = "Import accounts, contacts and renewals from CSV (all or nothing)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", help="the CSV file (UTF-8, comma or semicolon separated)")
        parser.add_argument("--user", required=True,
                            help="import as this user, with their permissions")
        parser.add_argument("--dry-run", action="store_true",
                            help="only check the file, save nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        user = active_user(options["user"])
        with translation.override(user.language):
            path = Path(options["file"])
            try:
                data = path.read_bytes()
            except OSError as error:
                raise CommandError(_("Cannot read %(path)s: %(error)s") % {
                    "path": path, "error": error.strerror or error}) from None
            # OutputWrapper writes like a text stream; call_command captures it in tests.
            console = Console(file=self.stdout, highlight=False,  # type: ignore[arg-type]
                              soft_wrap=True)
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=console, transient=True) as bar:
                task = bar.add_task(_("Checking rows"), total=None)

                def progress(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                result = portfolio_import(by=user, file=data, dry_run=options["dry_run"],
                                          progress=progress)
            self._summary(console, result)
            if result.errors:
                raise CommandError(_("%(count)s problems found; nothing was saved.") % {
                    "count": len(result.errors)})

    def _summary(self, console: Console, result: ImportResult) -> None:
        table = Table(title=_("%(rows)s rows") % {"rows": result.rows})
        done = result.saved
        table.add_column("")
        table.add_column(_("Created") if done else _("Would be created"), justify="right")
        table.add_column(_("Updated") if done else _("Would be updated"), justify="right")
        for kind, label in (("accounts", _("Accounts")), ("renewals", _("Renewals")),
                            ("contacts", _("Contacts"))):
            table.add_row(label, str(result.created[kind]), str(result.updated[kind]))
        console.print(table)
        if result.errors:
            errors = Table(title=_("Problems"))
            errors.add_column(_("Row"), justify="right")
            errors.add_column(_("Column"))
            errors.add_column(_("Problem"))
            for error in result.errors:
                errors.add_row(str(error.row or "–"), error.column or "–", error.message)
            console.print(errors)
        elif result.saved:
            console.print(_("Imported. Nothing else to do."))
        else:
            console.print(_("Checked: no problems found. Nothing was saved (--dry-run)."))
