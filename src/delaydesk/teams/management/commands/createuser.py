"""``delaydesk createuser``: a user with a role and a team."""

from __future__ import annotations

import getpass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from delaydesk.teams.models import Role
from delaydesk.teams.services import team_get_or_create, user_create


class Command(BaseCommand):
    help = "Create a user with a role (csm, team_lead, admin) and a team."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", choices=Role.values, default=Role.CSM)
        parser.add_argument("--team", help="team name; created if missing")
        parser.add_argument("--email", default="")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument("--language", choices=["de", "en"], default="en")
        parser.add_argument("--password", help="asked for when omitted")

    def handle(self, *args: Any, **o: Any) -> None:
        password = o["password"] or getpass.getpass("Password: ")
        team = team_get_or_create(name=o["team"]) if o["team"] else None
        try:
            user = user_create(username=o["username"], password=password, role=o["role"],
                               team=team, email=o["email"], first_name=o["first_name"],
                               last_name=o["last_name"], language=o["language"])
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        self.stdout.write(f"Created {user.username} ({user.get_role_display()}).")
