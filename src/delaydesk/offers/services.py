"""Writes for bridge offers and walking away. Pages, the API and the CLI all call these."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.bridges import KINDS, door_open_checkin_date
from delaydesk.delays.models import NextStepKind
from delaydesk.delays.services import next_step_add
from delaydesk.history import save_validated
from delaydesk.portfolio.models import Renewal, Stage
from delaydesk.portfolio.selectors import can_edit_renewal
from delaydesk.portfolio.services import renewal_update
from delaydesk.teams.permissions import require

from . import selectors
from .models import BridgeKind, BridgeOffer, BridgePolicy, OfferStatus


def bridge_offer_propose(
    *, by: Any, renewal: Renewal, kind: str, today: dt.date | None = None
) -> BridgeOffer:
    """Store the engine's current quote for ``kind`` as a proposed offer.

    The terms are written in the account's language, as they go to the customer.
    """
    require(can_edit_renewal(by, renewal))
    if kind not in KINDS:
        raise ValidationError({"kind": _("Unknown kind of bridge.")})
    if renewal.is_closed:
        raise ValidationError(_("This renewal is closed; reopen it before proposing a bridge."))
    today = today or timezone.localdate()
    quotes = selectors.renewal_bridges(renewal, today=today, lang=renewal.account.language)
    quote = next(q for q in quotes if q.kind == kind)
    offer = BridgeOffer(
        renewal=renewal, delay=selectors.open_delay(renewal), kind=kind, title=quote.title,
        price=quote.price, price_unit=quote.price_unit, currency=quote.currency,
        start=quote.start, end=quote.end, terms=quote.terms, proposed_by=by,
    )
    with transaction.atomic():
        return save_validated(offer, by=by, reason="bridge proposed")


def bridge_offer_accept(
    *, by: Any, offer: BridgeOffer, today: dt.date | None = None
) -> BridgeOffer:
    """Record that the customer accepted the offer and apply it to the renewal, once.

    Time-buying bridges move the contract end to the offer's end; the auto-renewal clause
    switches on automatic renewal with the policy's notice period. A second submit of the
    same offer changes nothing, and other open proposals expire because their dates no
    longer follow the contract end.
    """
    require(can_edit_renewal(by, offer.renewal))
    today = today or timezone.localdate()
    with transaction.atomic():
        locked = BridgeOffer.objects.select_for_update().get(pk=offer.pk)
        if locked.status != OfferStatus.PROPOSED:
            offer.refresh_from_db()
            return offer
        renewal = Renewal.objects.select_for_update().get(pk=locked.renewal_id)
        if renewal.is_closed:
            raise ValidationError(_("This renewal is closed; reopen it before accepting a bridge."))
        if locked.kind == BridgeKind.AUTO_RENEWAL_CLAUSE:
            renewal.auto_renew = True
            renewal.notice_days = BridgePolicy.get().auto_renew_notice_days
            reason = "auto-renewal clause accepted"
        else:
            if locked.start != renewal.contract_end + dt.timedelta(days=1):
                raise ValidationError(_(
                    "The contract end has changed since this bridge was proposed; "
                    "propose it again with the current dates."))
            renewal.contract_end = locked.end
            reason = (f"bridge offer {locked.pk} accepted: {locked.kind} "
                      f"until {locked.end.isoformat()}")
        save_validated(renewal, by=by, reason=reason)
        locked.status = OfferStatus.ACCEPTED
        locked.decided_by = by
        locked.decided_on = today
        save_validated(locked, by=by, reason="bridge accepted")
        if locked.kind != BridgeKind.AUTO_RENEWAL_CLAUSE:
            stale = (BridgeOffer.objects.select_for_update()
                     .filter(renewal_id=renewal.pk, status=OfferStatus.PROPOSED)
                     .exclude(kind=BridgeKind.AUTO_RENEWAL_CLAUSE))
            for other in stale:
                other.status = OfferStatus.EXPIRED
                save_validated(other, by=by, reason="contract end moved by another bridge")
    offer.refresh_from_db()
    return offer


def bridge_offer_decline(
    *, by: Any, offer: BridgeOffer, today: dt.date | None = None
) -> BridgeOffer:
    """Record that the customer declined the offer (only while it is still proposed)."""
    require(can_edit_renewal(by, offer.renewal))
    with transaction.atomic():
        locked = BridgeOffer.objects.select_for_update().get(pk=offer.pk)
        if locked.status == OfferStatus.PROPOSED:
            locked.status = OfferStatus.DECLINED
            locked.decided_by = by
            locked.decided_on = today or timezone.localdate()
            save_validated(locked, by=by, reason="bridge declined")
    offer.refresh_from_db()
    return offer


def renewal_walk_away(*, by: Any, renewal: Renewal, today: dt.date | None = None) -> Renewal:
    """Close the renewal as walked away and plan a door-open check-in six months later.

    Walking away twice plans no second check-in.
    """
    require(can_edit_renewal(by, renewal))
    today = today or timezone.localdate()
    with transaction.atomic():
        # Lock first, so a double submit cannot plan two check-ins.
        locked = Renewal.objects.select_for_update().get(pk=renewal.pk)
        if locked.stage == Stage.WALKED_AWAY:
            renewal.refresh_from_db()
            return renewal
        renewal_update(by=by, renewal=renewal, stage=Stage.WALKED_AWAY)
        next_step_add(
            by=by, renewal=renewal, kind=NextStepKind.CHECK_IN,
            due_on=door_open_checkin_date(today),
            what=_("Check in with %(account)s: has anything changed since we parted?")
            % {"account": renewal.account.name},
        )
    return renewal
