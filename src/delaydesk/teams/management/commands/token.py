"""``delaydesk token create|list|revoke``: personal API tokens."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from delaydesk.teams.models import ApiToken, User
from delaydesk.teams.services import token_create, token_revoke


class Command(BaseCommand):
    help = "Create, list or revoke a user's API tokens."

    def add_arguments(self, parser: Any) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="print a new token for USERNAME")
        create.add_argument("username")
        create.add_argument("--name", default="")
        listing = sub.add_parser("list", help="list USERNAME's tokens")
        listing.add_argument("username")
        revoke = sub.add_parser("revoke", help="revoke a token by its prefix")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **o: Any) -> None:
        if o["action"] == "revoke":
            tokens = ApiToken.objects.filter(prefix=o["prefix"], revoked_at__isnull=True)
            if not tokens:
                raise CommandError(f"No active token with prefix {o['prefix']}.")
            for token in tokens:
                token_revoke(token=token)
            self.stdout.write(f"Revoked {len(tokens)} token(s).")
            return
        user = User.objects.filter(username=o["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active user named {o['username']}.")
        if o["action"] == "create":
            _record, secret = token_create(user=user, name=o["name"])
            self.stdout.write(secret)
        else:
            for token in user.api_tokens.all():
                state = "revoked" if token.revoked_at else "active"
                created = f"{token.created_at:%Y-%m-%d}"
                self.stdout.write(f"{token.prefix}  {state}  {token.name}  {created}")
