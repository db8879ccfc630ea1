"""``delaydesk bridges --renewal ID --user USERNAME``: the bridges of a stored renewal.

Prints what the engine's command line prints for the same terms (table or ``--json``),
priced with the admin's bridge policy; without ``--renewal`` the engine runs directly.
"""

from __future__ import annotations

import io
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404
from django.utils import timezone, translation

from delaydesk.bridges.cli import print_offers
from delaydesk.bridges.terms import InvalidTerms
from delaydesk.offers import selectors
from delaydesk.offers.models import BridgePolicy
from delaydesk.portfolio.selectors import renewal_get
from delaydesk.teams.models import User


class Command(BaseCommand):
    help = "Price every bridge offer for a stored renewal (as the user may see it)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--renewal", required=True, type=int, metavar="ID",
                            help="id of the renewal")
        parser.add_argument("--user", required=True, metavar="USERNAME",
                            help="read the renewal as this user (same rights as in the app)")
        parser.add_argument("--lang", choices=["de", "en"],
                            help="language of the output (default: the user's language)")
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["user"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active user named {options['user']}.")
        lang = options["lang"] or selectors.engine_lang(user.language)
        translation.activate(lang)
        try:
            renewal = renewal_get(user, options["renewal"])
        except Http404:
            raise CommandError("No such renewal.") from None
        try:
            terms = selectors.renewal_terms(renewal, today=timezone.localdate(), lang=lang)
        except InvalidTerms as error:
            raise CommandError("; ".join(f"{k}: {v}" for k, v in error.errors.items())) from None
        except ValidationError as error:  # pragma: no cover - stored renewals are validated
            raise CommandError(" ".join(error.messages)) from None

        out = io.StringIO()
        print_offers(terms, out, as_json=options["json"],
                     settings=BridgePolicy.get().bridge_settings())
        self.stdout.write(out.getvalue(), ending="")
