"""API endpoints of imports: upload portfolio CSV, download it."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import File, Form, Router
from ninja.files import UploadedFile

from .forms import MAX_FILE_BYTES
from .schemas import ImportResultRead
from .selectors import portfolio_export
from .services import WEB_MAX_ROWS, ImportResult, portfolio_import

router = Router(tags=["imports"])


def _read(result: ImportResult) -> dict[str, Any]:
    return {
        "rows": result.rows, "created": result.created_total, "updated": result.updated_total,
        "dry_run": result.dry_run, "saved": result.saved,
        "created_by_kind": result.created, "updated_by_kind": result.updated,
        "errors": [{"row": e.row, "column": e.column, "message": e.message}
                   for e in result.errors],
    }


@router.post("/imports", response=ImportResultRead,
             summary="Import portfolio CSV (all rows or none)")
def import_portfolio(request: HttpRequest, file: File[UploadedFile],
                     dry_run: Form[bool] = False) -> Any:
    """Upload portfolio CSV as ``file``; with ``dry_run`` only check it.

    The answer lists every row error; ``saved`` says whether the import was stored (only when
    there is no error and it is not a dry run). Problems with the request itself, such as a
    missing file, get the API's usual error format.
    """
    if file.size is not None and file.size > MAX_FILE_BYTES:
        raise ValidationError({"file": _("The file is larger than 10 MB.")})
    result = portfolio_import(by=request.user, file=file,  # type: ignore[arg-type]
                              dry_run=dry_run, max_rows=WEB_MAX_ROWS)
    return _read(result)


@router.get("/exports/portfolio.csv", summary="Export the portfolio as CSV",
            response={200: str}, openapi_extra={
                "responses": {"200": {"content": {"text/csv": {"schema": {"type": "string"}}}}}})
def export_portfolio(request: HttpRequest) -> HttpResponse:
    """Everything the caller may read, in the import format."""
    response = HttpResponse(portfolio_export(user=request.user),
                            content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="portfolio.csv"'
    return response
