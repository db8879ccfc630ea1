"""``delaydesk check-draft --renewal ID --user USERNAME < draft.txt``: the urgency guard.

Deadlines are checked against the renewal's recorded dates (contract end, price increase,
budget cycle). Exit code 0 when the draft is clean, 1 with findings (or no access), 2 on bad
input.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand

from delaydesk.playbooks.cli import check_draft_main
from delaydesk.responses.selectors import urgency_facts

from ._renewal_access import readable_renewal


class Command(BaseCommand):
    help = "Check a draft read from standard input for fake urgency, against a renewal's dates."
    # Lets callers (and tests) hand in the draft instead of standard input.
    stealth_options = ("stdin",)

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--renewal", type=int, required=True)
        parser.add_argument("--user", required=True, help="whose permissions apply")
        parser.add_argument("--lang", choices=["de", "en"], help="language of the messages")
        parser.add_argument("--json", action="store_true", help="print findings as JSON")

    def handle(self, *args: Any, **o: Any) -> None:
        _user, renewal = readable_renewal(o["user"], o["renewal"])
        argv = [*(["--lang", o["lang"]] if o["lang"] else []), *(["--json"] if o["json"] else [])]
        text = (o.get("stdin") or sys.stdin).read()
        code = check_draft_main(argv, stdin_text=text, facts=urgency_facts(renewal))
        if code:
            raise SystemExit(code)
