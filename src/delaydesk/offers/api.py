"""API endpoints for bridges: quotes, scenario plans, walk-away advice and stored offers."""

from typing import Any

from django.http import HttpRequest
from django.utils import timezone, translation
from ninja import Router, Status

from delaydesk.api.params import RecordId
from delaydesk.bridges import scenario_timeline_svg
from delaydesk.portfolio.selectors import renewal_get

from . import selectors, services
from .schemas import (
    BridgeOfferCreate,
    BridgeOfferRead,
    BridgesRead,
    ScenarioPlanRead,
    WalkAwayRead,
)

router = Router(tags=["bridges"])


def _lang() -> str:
    return selectors.engine_lang(translation.get_language())


@router.get("/renewals/{renewal_id}/bridges", response=BridgesRead)
def get_bridges(request: HttpRequest, renewal_id: RecordId) -> Any:
    """Every bridge for the renewal, priced and assessed, in the user's language."""
    renewal = renewal_get(request.user, renewal_id)
    today = timezone.localdate()
    quotes = selectors.renewal_bridges(renewal, today=today, lang=_lang())
    return {"renewal_id": renewal.pk, "currency": renewal.currency,
            "contract_end": renewal.contract_end, "today": today,
            "offers": [quote.to_dict() for quote in quotes]}


@router.get("/renewals/{renewal_id}/scenarios", response=ScenarioPlanRead)
def get_scenarios(request: HttpRequest, renewal_id: RecordId) -> Any:
    """The scenario plan (renews, slips, does not renew, wants changes) with its SVG chart."""
    renewal = renewal_get(request.user, renewal_id)
    lang = _lang()
    plan = selectors.renewal_scenarios(renewal, today=timezone.localdate(), lang=lang)
    return {**plan.to_dict(), "renewal_id": renewal.pk,
            "timeline_svg": scenario_timeline_svg(plan, plan.lang)}


@router.get("/renewals/{renewal_id}/walk-away", response=WalkAwayRead)
def get_walk_away(request: HttpRequest, renewal_id: RecordId) -> Any:
    """The walk-away advice, and the exit e-mail in the account's language."""
    renewal = renewal_get(request.user, renewal_id)
    advice = selectors.renewal_walk_away(renewal, today=timezone.localdate(), lang=_lang())
    draft = selectors.renewal_exit_draft(renewal, user=request.user)
    return {**advice.to_dict(), "renewal_id": renewal.pk,
            "exit_draft": draft.to_dict() if draft else None}


@router.get("/renewals/{renewal_id}/bridge-offers", response=list[BridgeOfferRead])
def list_bridge_offers(request: HttpRequest, renewal_id: RecordId) -> Any:
    """The offers made on the renewal, newest first."""
    return selectors.offers_of(renewal_get(request.user, renewal_id))


@router.post("/renewals/{renewal_id}/bridge-offers", response={201: BridgeOfferRead})
def propose_bridge_offer(request: HttpRequest, renewal_id: RecordId,
                         payload: BridgeOfferCreate) -> Any:
    """Propose a bridge: stores the current quote of ``kind`` in the account's language."""
    renewal = renewal_get(request.user, renewal_id)
    return Status(201, services.bridge_offer_propose(by=request.user, renewal=renewal,
                                                     kind=payload.kind))


@router.post("/bridge-offers/{offer_id}/accept", response=BridgeOfferRead)
def accept_bridge_offer(request: HttpRequest, offer_id: RecordId) -> Any:
    """Record the customer's yes; applying it to the contract happens once, however often."""
    offer = selectors.bridge_offer_get(request.user, offer_id)
    return services.bridge_offer_accept(by=request.user, offer=offer)


@router.post("/bridge-offers/{offer_id}/decline", response=BridgeOfferRead)
def decline_bridge_offer(request: HttpRequest, offer_id: RecordId) -> Any:
    """Record the customer's no."""
    offer = selectors.bridge_offer_get(request.user, offer_id)
    return services.bridge_offer_decline(by=request.user, offer=offer)
