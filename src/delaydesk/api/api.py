"""The JSON API at /api/v1/: token authentication, one error format, each app's router."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaValidationError
from ninja.security import HttpBearer

from delaydesk.teams.services import token_authenticate


class BearerToken(HttpBearer):
    """``Authorization: Bearer <token>``; activates the user's language and time zone."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = token_authenticate(token)
        if user is None:
            return None
        request.user = user
        translation.activate(request.headers.get("Accept-Language", "")[:2]
                             if request.headers.get("Accept-Language", "")[:2] in ("de", "en")
                             else user.language)
        try:
            timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        return user


api = NinjaAPI(
    title="DelayDesk API",
    version="1",
    urls_namespace="api",
    auth=BearerToken(),
    description="Renewals, the delay log, diagnosis, playbooks and bridges for delayed SaaS "
    "renewals. Authenticate with `Authorization: Bearer <token>` "
    "(create one with `delaydesk token create USERNAME`).",
)


def error_response(request: HttpRequest, status: int, code: str, message: str,
                   fields: dict[str, list[str]] | None = None) -> HttpResponse:
    """The one error shape of the API."""
    body: dict[str, Any] = {"error": {"status": status, "code": code, "message": message}}
    if fields:
        body["error"]["fields"] = fields
    return api.create_response(request, body, status=status)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields = ({name: [str(m) for m in messages] for name, messages in exc.message_dict.items()}
              if hasattr(exc, "error_dict") else {"__all__": [str(m) for m in exc.messages]})
    return error_response(request, 422, "invalid", _("The data is not valid."), fields)


_SOURCES = ("body", "query", "path", "header", "cookie", "form", "file")


@api.exception_handler(SchemaValidationError)
def on_schema_error(request: HttpRequest, exc: SchemaValidationError) -> HttpResponse:
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", [])]
        # ninja puts where the value came from first ("body", "query", "file", ...), then the
        # schema's parameter name for bodies ("payload"): the client wants the field alone.
        if location and location[0] in _SOURCES:
            location = location[1:]
        if location and location[0] == "payload":
            location = location[1:]
        fields.setdefault(".".join(location) or "__all__", []).append(_schema_message(error))
    return error_response(request, 422, "invalid", _("The data is not valid."), fields)


def _schema_message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return _("This field is required.")
    if kind.startswith(("date", "datetime")):
        return _("Enter a valid date (YYYY-MM-DD).")
    if kind.startswith(("int", "decimal", "float")):
        return _("Enter a number.")
    if kind.startswith("bool"):
        return _("Enter true or false.")
    if kind in ("string_type", "string_too_long"):
        return _("Enter a valid text.") if kind == "string_type" else _("This text is too long.")
    return _("This value is not valid.")


@api.exception_handler(PermissionDenied)
def on_forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(request, 403, "forbidden", _("You may not change this record."))


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, "not_found", _("No such record."))


@api.exception_handler(AuthenticationError)
def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(request, 401, "unauthenticated",
                          _("Send a valid API token: Authorization: Bearer <token>."))


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(request, exc.status_code, "error", str(exc))


def _mount() -> None:
    from delaydesk.delays.api import router as delays_router
    from delaydesk.imports.api import router as imports_router
    from delaydesk.offers.api import router as offers_router
    from delaydesk.portfolio.api import router as portfolio_router
    from delaydesk.reminders.api import router as reminders_router
    from delaydesk.reports.api import router as reports_router
    from delaydesk.responses.api import router as responses_router

    api.add_router("/", portfolio_router)
    api.add_router("/", delays_router)
    api.add_router("/", offers_router)
    api.add_router("/", responses_router)
    api.add_router("/", reports_router)
    api.add_router("/", reminders_router)
    api.add_router("/", imports_router)


_mount()
