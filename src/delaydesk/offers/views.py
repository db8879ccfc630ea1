"""The bridges panel on the renewal page and its buttons (htmx, with plain POST fallback)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from delaydesk.bridges import scenario_timeline_svg
from delaydesk.portfolio.models import Renewal
from delaydesk.portfolio.selectors import can_edit_renewal, renewal_get
from delaydesk.teams.models import AuthenticatedRequest

from . import selectors, services


def _panel(request: AuthenticatedRequest, renewal: Renewal, *, error: str = "", notice: str = "",
           status: int = 200) -> HttpResponse:
    today = timezone.localdate()
    lang = selectors.engine_lang(request.LANGUAGE_CODE)
    plan = selectors.renewal_scenarios(renewal, today=today, lang=lang)
    context: dict[str, Any] = {
        "renewal": renewal,
        "can_edit": can_edit_renewal(request.user, renewal),
        "quotes": selectors.renewal_bridges(renewal, today=today, lang=lang),
        "offers": selectors.offers_of(renewal),
        "plan": plan,
        "timeline_svg": scenario_timeline_svg(plan, lang),
        "advice": selectors.renewal_walk_away(renewal, today=today, lang=lang),
        "draft": selectors.renewal_exit_draft(renewal, user=request.user),
        "error": error,
        "notice": notice,
    }
    return render(request, "offers/bridges_panel.html", context, status=status)


def _done(request: AuthenticatedRequest, renewal: Renewal, notice: str, *,
          reload_page: bool = False) -> HttpResponse:
    """Answer a successful button press: the fresh panel for htmx, else back to the page."""
    if request.htmx and not reload_page:
        return _panel(request, renewal, notice=notice)
    messages.success(request, notice)
    response: HttpResponse = redirect("renewal", pk=renewal.pk)
    if request.htmx:
        # The change shows outside the panel too (contract end, stage): reload the page.
        response = HttpResponse(status=204)
        response["HX-Redirect"] = f"/renewals/{renewal.pk}/"
    return response


def _failed(request: AuthenticatedRequest, renewal: Renewal,
            error: ValidationError) -> HttpResponse:
    text = " ".join(error.messages)
    if request.htmx:
        return _panel(request, renewal, error=text)
    messages.error(request, text)
    return redirect("renewal", pk=renewal.pk)


@login_required
@require_GET
def bridges_panel(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The bridges panel (an HTML fragment) of a renewal the user may read."""
    return _panel(request, renewal_get(request.user, pk))


@login_required
@require_POST
def bridge_offer_propose(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = renewal_get(request.user, pk)
    try:
        services.bridge_offer_propose(by=request.user, renewal=renewal,
                                      kind=request.POST.get("kind", ""))
    except ValidationError as error:
        return _failed(request, renewal, error)
    return _done(request, renewal, _("Bridge proposed. Record the customer's answer below."))


@login_required
@require_POST
def bridge_offer_accept(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    offer = selectors.bridge_offer_get(request.user, pk)
    try:
        services.bridge_offer_accept(by=request.user, offer=offer)
    except ValidationError as error:
        return _failed(request, offer.renewal, error)
    return _done(request, offer.renewal, _("Bridge accepted and applied to the contract."),
                 reload_page=True)


@login_required
@require_POST
def bridge_offer_decline(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    offer = selectors.bridge_offer_get(request.user, pk)
    services.bridge_offer_decline(by=request.user, offer=offer)
    return _done(request, offer.renewal, _("Bridge marked as declined."))


@login_required
@require_POST
def renewal_walk_away(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    renewal = renewal_get(request.user, pk)
    try:
        services.renewal_walk_away(by=request.user, renewal=renewal)
    except ValidationError as error:
        return _failed(request, renewal, error)
    return _done(request, renewal,
                 _("Renewal closed as walked away. A check-in in six months is planned."),
                 reload_page=True)
