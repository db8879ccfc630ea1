"""``delaydesk demo``: migrate, load the demo portfolio once, print the logins, serve."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from delaydesk.management.commands.serve import serve
from delaydesk.portfolio.demo import load_demo


class Command(BaseCommand):
    help = "Set up a demo portfolio on SQLite, print the logins and serve it."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--data-dir", help="where the demo lives (default ./delaydesk-demo)")
        parser.add_argument("--no-serve", action="store_true", help="only prepare the demo")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        call_command("migrate", interactive=False, verbosity=0)
        result = load_demo()
        self.stdout.write("Demo portfolio loaded." if result["created"]
                          else "Demo portfolio already there; nothing duplicated.")
        self.stdout.write("\nLogins (username / password / role / team):")
        for login in result["logins"]:
            self.stdout.write(f"  {login.username:<10} {login.password:<16} {login.role:<10} "
                              f"{login.team or '-'}")
        if not options["no_serve"]:
            self.stdout.write("")
            serve(host=options["host"], port=options["port"], workers=2, threads=4,
                  stdout=self.stdout)
