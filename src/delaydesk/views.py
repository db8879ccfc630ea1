"""Project-wide views: the health check, the error pages, and saving a form through a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render


def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers, 503 otherwise (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means unhealthy
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


T = TypeVar("T")


def form_save(form: forms.BaseForm, save: Callable[[dict[str, Any]], T]) -> T | None:
    """Validate a bound form and hand its data to a service.

    The service's own validation errors (permissions aside) are shown on the form: on their
    field, or above the form for fields it does not have. Returns what the service returned,
    or None when nothing was saved (an unbound form, invalid data, a refused save).
    """
    if not form.is_bound or not form.is_valid():
        return None
    try:
        return save(form.cleaned_data)
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return None
