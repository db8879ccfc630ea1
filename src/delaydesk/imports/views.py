"""The import page (upload, check, import) and the CSV download."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from delaydesk.teams.models import AuthenticatedRequest

from .forms import ImportForm
from .selectors import portfolio_export
from .services import WEB_MAX_ROWS, portfolio_import


@login_required
def import_page(request: AuthenticatedRequest) -> HttpResponse:
    """Upload a file, check it (the default) or import it; htmx gets only the result panel."""
    result = None
    form = ImportForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        # "Import now" under a clean check sends commit=1 and overrides the checkbox.
        dry_run = form.cleaned_data["dry_run"] and not request.POST.get("commit")
        result = portfolio_import(by=request.user, file=form.cleaned_data["file"],
                                  dry_run=dry_run, max_rows=WEB_MAX_ROWS)
        status = 200 if result.ok else 422
        if result.saved:
            form = ImportForm()
    elif request.method == "POST":
        status = 400
    template = "imports/result.html" if request.htmx else "imports/page.html"
    # htmx swaps only 2xx responses by default; the panel shows errors, so send 200 to htmx.
    return render(request, template, {"form": form, "result": result},
                  status=200 if request.htmx else status)


@login_required
def export_download(request: AuthenticatedRequest) -> HttpResponse:
    """Everything the user may read, as portfolio CSV (UTF-8 with BOM so Excel reads umlauts)."""
    body = "\ufeff" + portfolio_export(user=request.user)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    name = f"delaydesk-portfolio-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
