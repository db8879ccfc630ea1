"""``delaydesk playbook RENEWAL_ID --user USERNAME``: the current plan for a renewal."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from delaydesk.playbooks.cli import print_playbook
from delaydesk.responses.selectors import renewal_playbook

from ._renewal_access import readable_renewal


class Command(BaseCommand):
    help = ("Print the playbook for a renewal's latest open delay: steps with due dates, "
            "the mutual plan, e-mail drafts, escalation and incentive advice.")

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("renewal_id", type=int)
        parser.add_argument("--user", required=True, help="whose permissions apply")
        parser.add_argument("--lang", choices=["de", "en"],
                            help="language of the steps (default: the user's)")
        parser.add_argument("--du", action="store_true",
                            help="address German customers as 'du' in the drafts")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **o: Any) -> None:
        user, renewal = readable_renewal(o["user"], o["renewal_id"])
        lang = o["lang"] or (user.language or "en")[:2]
        book = renewal_playbook(renewal, user=user, lang=lang if lang in ("de", "en") else "en",
                                formal=not o["du"])
        data = book.to_dict()
        for step in data["playbook"]["steps"]:
            step["due_date"] = step["due_on"]  # the engine's printer shows this date
        print_playbook(data, book.lang, o["json"])
