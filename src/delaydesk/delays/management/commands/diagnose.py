"""``delaydesk diagnose train --include-corrections``: retrain with the CSMs' corrections.

Every other use of ``delaydesk diagnose`` runs without Django (see delaydesk.cli); this command
only adds the corrections kept in the database as extra labelled records.
"""

from __future__ import annotations

import json
import tempfile
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from delaydesk.delays.selectors import diagnosis_corrections


class Command(BaseCommand):
    help = "Retrain the diagnosis model with the corrections CSMs made in the app."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("action", choices=["train"])
        parser.add_argument("--include-corrections", action="store_true", required=True)
        parser.add_argument("rest", nargs="*", help="further options for 'diagnose train'")

    def handle(self, *args: Any, **options: Any) -> None:
        from delaydesk.diagnosis.cli import main as diagnose_main

        records = diagnosis_corrections()
        self.stdout.write(f"{len(records)} corrections from the delay log.")
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8",
                                         delete=False) as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        status = diagnose_main(["train", "--extra", handle.name, *options["rest"]])
        if status:
            raise CommandError("Training failed.")
