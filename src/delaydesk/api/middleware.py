"""Keep the API's one error format for answers Django gives before the API sees the request
(an unknown path, a method the endpoint does not allow)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

API_PREFIX = "/api/"


class ApiErrorFormatMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (not request.path.startswith(API_PREFIX) or response.status_code < 400
                or response.get("Content-Type", "").startswith("application/json")):
            return response
        code, message = {
            404: ("not_found", _("No such record.")),
            405: ("method_not_allowed", _("This method is not allowed here.")),
        }.get(response.status_code, ("error", _("The request could not be handled.")))
        wrapped = JsonResponse(
            {"error": {"status": response.status_code, "code": code, "message": message}},
            status=response.status_code, json_dumps_params={"ensure_ascii": False})
        if response.has_header("Allow"):
            wrapped["Allow"] = response["Allow"]
        return wrapped



