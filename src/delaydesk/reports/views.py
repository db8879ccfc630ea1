"""Pages of the reports: the weekly update, the forecast, patterns and post-mortems."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from delaydesk.portfolio.selectors import can_edit_renewal, renewal_get
from delaydesk.views import form_save

from . import rendering, selectors, services
from .forms import PatternFilterForm, PostMortemForm
from .weeks import IsoWeek

FORMATS = {
    "md": ("text/markdown; charset=utf-8", "md"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "html": ("text/html; charset=utf-8", "html"),
    "pdf": ("application/pdf", "pdf"),
}


def _scope_from(request: HttpRequest) -> selectors.ReportScope:
    """The scope from ``?scope=team:3`` / ``owner:7`` / ``all``, or ``?team=`` / ``?owner=``."""
    user: Any = request.user
    value = request.GET.get("scope", "")
    kind, _sep, ident = value.partition(":")
    if kind == "owner" and ident:
        return selectors.report_scope(user, owner=ident)
    if kind == "team" and ident:
        return selectors.report_scope(user, team=ident)
    if kind == "all" and user.is_admin:
        return selectors.ReportScope("all", _("All teams"))
    return selectors.report_scope(user, team=request.GET.get("team") or None,
                                  owner=request.GET.get("owner") or None)


def _scope_value(scope: selectors.ReportScope) -> str:
    return scope.key


def _scope_choices(user: Any) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    if user.is_admin:
        choices.append(("all", _("All teams")))
    choices += [(f"team:{team.pk}", _("Team %(name)s") % {"name": team.name})
                for team in selectors.visible_teams(user)]
    choices += [(f"owner:{person.pk}", str(person))
                for person in selectors.visible_owners(user).order_by("first_name", "username")]
    return choices


def _download(body: str | bytes, fmt: str, name: str) -> HttpResponse:
    content_type, extension = FORMATS[fmt]
    response = HttpResponse(body, content_type=content_type)
    disposition = "inline" if fmt == "pdf" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}.{extension}"'
    return response


def report_file_name(report: selectors.WeeklyReport) -> str:
    """``weekly-update-2026-W48-dach``: the same name in the page and on the command line."""
    return f"weekly-update-{report.week}-{slugify(report.scope.label) or 'all'}"


def render_weekly(report: selectors.WeeklyReport, fmt: str) -> str | bytes:
    """The report in ``md``, ``csv``, ``html`` or ``pdf``."""
    if fmt == "md":
        return rendering.weekly_markdown(report)
    if fmt == "csv":
        return rendering.weekly_csv(report)
    if fmt == "html":
        return rendering.weekly_html(report)
    if fmt == "pdf":
        from .pdf import weekly_pdf

        return weekly_pdf(report)
    raise ValueError(fmt)


@login_required
def weekly(request: HttpRequest) -> HttpResponse:
    """The weekly update on screen, or as a download with ``?format=md|csv|html|pdf``."""
    tz = timezone.get_current_timezone()
    today = timezone.localdate()
    scope = _scope_from(request)
    status = 200
    try:
        week = selectors.parse_week(request.GET.get("week"), today=today)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        week, status = IsoWeek.of(today), 400
    report = selectors.weekly_report(request.user, scope, week,
                                     lang=request.LANGUAGE_CODE, tz=tz)
    fmt = request.GET.get("format", "")
    if fmt in FORMATS and status == 200:
        return _download(render_weekly(report, fmt), fmt, report_file_name(report))
    following = week.shift(1)
    context = {
        **rendering.weekly_context(report),
        "scopes": _scope_choices(request.user),
        "scope_value": _scope_value(scope),
        "previous_week": week.shift(-1),
        # Only link to the per-CSM views this reader may open (a CSM: their own).
        "linkable_owners": set(selectors.visible_owners(request.user)
                               .values_list("pk", flat=True)),
        "next_week": following if following.monday <= today else None,
    }
    return render(request, "reports/weekly.html", context, status=status)


@login_required
def forecast(request: HttpRequest) -> HttpResponse:
    """Contract ends by month: committed, likely, at risk, lost, and the bridged view."""
    scope = _scope_from(request)
    report = selectors.forecast_report(request.user, scope, lang=request.LANGUAGE_CODE,
                                       today=timezone.localdate())
    tables = [(currency, rows, rendering.forecast_chart(report, currency))
              for currency, rows in report.by_currency.items()]
    return render(request, "reports/forecast.html", {
        "report": report, "tables": tables, "scopes": _scope_choices(request.user),
        "scope_value": _scope_value(scope),
    })


@login_required
def patterns(request: HttpRequest) -> HttpResponse:
    """Patterns across accounts, for team leads and administrators."""
    user = request.user
    if not selectors.can_see_patterns(user):
        raise PermissionDenied
    today = timezone.localdate()
    filters = selectors.PatternFilters(start=today - dt.timedelta(days=365), end=today)
    form = PatternFilterForm(
        request.GET or None,
        initial={"start": filters.start, "end": filters.end},
        teams=[(team.pk, team.name) for team in selectors.visible_teams(user)],
        segments=selectors.pattern_segments(user),
    )
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = selectors.PatternFilters(
            start=data["start"] or filters.start, end=data["end"] or filters.end,
            team_id=data["team"], segment=data["segment"], language=data["language"])
    report = selectors.patterns_report(user, filters)
    return render(request, "reports/patterns.html", {
        "form": form, "report": report,
        "charts": rendering.patterns_charts(report, request.LANGUAGE_CODE),
        "types": selectors.TYPES, "categories": selectors.CATEGORIES,
        "outcomes": selectors.OUTCOMES, **_pattern_tables(report),
    })


def _pattern_tables(report: selectors.PatternsReport) -> dict[str, Any]:
    """The patterns' tables as rows of labels and numbers, ready for the template."""
    outcome_rows = [
        (rendering.category_label(key), key, rate.total,
         [(rate.counts.get(o, 0), rate.share(o)) for o in selectors.OUTCOMES])
        for key, rate in report.outcomes_by_category.items()
    ] + [
        (rendering.type_label(key), "", rate.total,
         [(rate.counts.get(o, 0), rate.share(o)) for o in selectors.OUTCOMES])
        for key, rate in report.outcomes_by_type.items()
    ]
    return {
        "duration_rows": [(rendering.type_label(kind), report.resolved_counts.get(kind, 0),
                           report.median_days.get(kind)) for kind in selectors.TYPES],
        "outcome_rows": outcome_rows,
        "matrix_rows": [
            (rendering.type_label(stated),
             [(report.stated_vs_assessed[stated].get(kind, 0), kind == stated)
              for kind in selectors.TYPES])
            for stated in selectors.TYPES if stated in report.stated_vs_assessed
        ],
        "correction_rows": [
            (rendering.category_label(before),
             [report.category_corrections[before].get(after, 0)
              for after in selectors.CATEGORIES])
            for before in selectors.CATEGORIES if before in report.category_corrections
        ],
    }


@login_required
@require_http_methods(["GET", "POST"])
def postmortem(request: HttpRequest, pk: int) -> HttpResponse:
    """The post-mortem of a closed delayed renewal: write it, read it, then archive."""
    renewal, existing = selectors.postmortem_get(request.user, pk)
    can_edit = can_edit_renewal(request.user, renewal)
    needed = selectors.postmortem_needed(renewal)
    initial = selectors.postmortem_defaults(renewal)
    if existing is not None:
        initial = {"cause_type": existing.cause_type, "cause": existing.cause,
                   "differently": existing.differently, "prevention": existing.prevention,
                   "lessons": existing.lessons}
    form = PostMortemForm(initial=initial)
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        form = PostMortemForm(request.POST)
        if form_save(form, lambda data: services.postmortem_save(
                by=request.user, renewal=renewal, **data)):
            messages.success(request, _("Post-mortem saved. Thank you."))
            return redirect("reports:postmortem", pk=renewal.pk)
        status = 400
    delays = list(renewal.delays.order_by("communicated_on", "id"))
    return render(request, "reports/postmortem.html", {
        "renewal": renewal, "postmortem": existing, "form": form, "can_edit": can_edit,
        "needed": needed, "delays": delays,
        "unarchived": [delay for delay in delays if delay.archived_on is None],
        "editing": request.method == "POST" or request.GET.get("edit") == "1",
    }, status=status)


@login_required
@require_GET
def postmortem_panel(request: HttpRequest, pk: int) -> HttpResponse:
    """A fragment for the renewal page: the post-mortem prompt, its summary, or nothing.

    Meant to be loaded with ``hx-get`` from the renewal page once it has a slot for it.
    """
    renewal, existing = selectors.postmortem_get(request.user, pk)
    return render(request, "reports/postmortem_panel.html", {
        "renewal": renewal, "postmortem": existing,
        "needed": selectors.postmortem_needed(renewal),
        "can_edit": can_edit_renewal(request.user, renewal),
    })


@login_required
@require_POST
def postmortem_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """Archive every delay of the renewal; refused until the post-mortem exists."""
    renewal = renewal_get(request.user, pk)
    try:
        count = services.renewal_delays_archive(by=request.user, renewal=renewal)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("reports:postmortem", pk=renewal.pk)
    messages.success(request, _("Delays archived: %(n)d.") % {"n": count})
    return redirect("reports:postmortem", pk=renewal.pk)


@login_required
def postmortems(request: HttpRequest) -> HttpResponse:
    """Post-mortems still to write and those written, for everything the user may read."""
    return render(request, "reports/postmortems.html", {
        "due": selectors.postmortems_due(request.user),
        "written": selectors.postmortems_written(request.user)[:100],
    })
