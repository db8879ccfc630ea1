"""``delaydesk report weekly``: the weekly update as Markdown, HTML, PDF or CSV, or by e-mail.

    delaydesk report weekly [--week 2026-W48] [--team NAME | --owner USER]
                            [--format md|html|pdf|csv] [--output FILE] [--email [--force]]
                            [--user USERNAME] [--lang de|en]

With ``--user`` the user's permissions apply (another team is "No such team"); without it
the command acts for the operator, who holds the database anyway, and sees every team.
``--email`` sends each team's update to its lead and members once per week; without
``--team`` it does so for every team (the cron job). Safe to run on several hosts at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from delaydesk.reports import rendering, selectors, services
from delaydesk.reports.views import render_weekly
from delaydesk.reports.weeks import time_zone
from delaydesk.teams.models import Role, Team, User


class Command(BaseCommand):
    help = "The weekly update as Markdown, HTML, PDF or CSV, or e-mailed to the team."

    def add_arguments(self, parser: Any) -> None:
        sub = parser.add_subparsers(dest="report", required=True)
        weekly = sub.add_parser("weekly", help="the weekly team update",
                                description="The weekly update of a team or a CSM.")
        weekly.add_argument("--week", default="",
                            help="ISO week such as 2026-W48, or 'this' / 'last' (default: this)")
        who = weekly.add_mutually_exclusive_group()
        who.add_argument("--team", help="team name (or id)")
        who.add_argument("--owner", help="a CSM's username: their own update")
        weekly.add_argument("--format", choices=["md", "html", "pdf", "csv"], default="md")
        weekly.add_argument("--output", help="write to FILE instead of standard output")
        weekly.add_argument("--email", action="store_true",
                            help="send it to the team (lead and members) by SMTP, once per week")
        weekly.add_argument("--force", action="store_true",
                            help="with --email: send again although it was sent this week")
        weekly.add_argument("--user", help="apply this user's permissions (default: operator)")
        weekly.add_argument("--lang", choices=["de", "en"],
                            help="language (default: the user's, else the installation's)")

    def handle(self, *args: Any, **o: Any) -> None:
        user = self._user(o["user"])
        lang = o["lang"] or (user.language if o["user"] else settings.LANGUAGE_CODE)
        lang = rendering.engine_lang(lang)
        tz = time_zone(user.time_zone if o["user"] else None, settings.TIME_ZONE)
        with translation.override(lang), timezone.override(tz):
            today = timezone.localdate()
            try:
                week = selectors.parse_week(o["week"], today=today)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
            scopes = self._scopes(user, o)
            if o["email"]:
                for scope in scopes:
                    report = selectors.weekly_report(user, scope, week, lang=lang, tz=tz)
                    self._send(report, force=o["force"])
                return
            report = selectors.weekly_report(user, scopes[0], week, lang=lang, tz=tz)
            try:
                body = render_weekly(report, o["format"])
            except RuntimeError as error:  # the PDF's font is missing: say what to install
                raise CommandError(str(error)) from None
            self._write(body, o["output"])

    def _user(self, username: str | None) -> Any:
        if not username:
            # The operator: sees every team, like an administrator (not saved anywhere).
            return User(username="operator", role=Role.ADMIN, is_active=True)
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(_("No active user named %(name)s.") % {"name": username})
        return user

    def _scopes(self, user: Any, o: dict[str, Any]) -> list[selectors.ReportScope]:
        try:
            if o["owner"]:
                return [selectors.report_scope(user, owner=o["owner"])]
            if o["team"]:
                return [selectors.report_scope(user, team=o["team"])]
        except Http404:
            if o["owner"]:
                raise CommandError(_("No such CSM: %(name)s.") % {"name": o["owner"]}) from None
            raise CommandError(_("No such team: %(name)s.") % {"name": o["team"]}) from None
        if o["email"]:
            teams = selectors.visible_teams(user).order_by("name")
            if not teams:
                raise CommandError(_("There is no team to send the weekly update to."))
            return [selectors.ReportScope("team", team.name, team_id=team.pk) for team in teams]
        if user.team_id:
            team = Team.objects.get(pk=user.team_id)
            return [selectors.ReportScope("team", team.name, team_id=team.pk)]
        return [selectors.report_scope(user)]

    def _send(self, report: selectors.WeeklyReport, *, force: bool) -> None:
        recipients = selectors.recipients_for(report.scope)
        values = {"week": report.week, "scope": report.scope.label}
        if not recipients:
            self.stdout.write(_("Weekly update %(week)s for %(scope)s: nobody to send it to "
                                "(no e-mail addresses).") % values)
            return
        try:
            result = services.weekly_report_send(report=report, recipients=recipients,
                                                 force=force)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        except OSError as error:
            raise CommandError(_("Could not send the weekly update %(week)s for %(scope)s "
                                 "through %(host)s:%(port)s: %(error)s") % {
                **values, "host": settings.EMAIL_HOST, "port": settings.EMAIL_PORT,
                "error": error}) from None
        if result.sent:
            self.stdout.write(_("Weekly update %(week)s for %(scope)s sent to %(people)s.") % {
                **values, "people": ", ".join(result.recipients)})
        elif result.in_progress:
            self.stdout.write(_("Weekly update %(week)s for %(scope)s is being sent by another "
                                "run right now.") % values)
        else:
            sent_at = timezone.localtime(result.already_sent_at)
            self.stdout.write(_("Weekly update %(week)s for %(scope)s was already sent on "
                                "%(when)s; use --force to send it again.") % {
                **values, "when": sent_at.strftime("%Y-%m-%d %H:%M")})

    def _write(self, body: str | bytes, output: str | None) -> None:
        if output:
            path = Path(output)
            if isinstance(body, bytes):
                path.write_bytes(body)
            else:
                path.write_text(body, encoding="utf-8")
            self.stdout.write(_("Written to %(path)s.") % {"path": path})
            return
        if isinstance(body, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(body)
            sys.stdout.buffer.flush()
        else:
            self.stdout.write(body, ending="")
