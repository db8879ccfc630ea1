"""Accepting a bridge moves the contract end exactly once and records why."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from delaydesk.offers import services
from delaydesk.offers.models import BridgeOffer
from delaydesk.portfolio.models import Renewal
from factories import DelayFactory


@pytest.fixture
def renewal(roles):
    DelayFactory(renewal=roles["renewal"], assessed_type="process", category="administrative")
    return roles["renewal"]


def test_accepting_moves_the_contract_end_once(roles, renewal):
    owner = roles["users"]["owner"]
    old_end = renewal.contract_end
    offer = services.bridge_offer_propose(by=owner, renewal=renewal, kind="extension_60")
    assert offer.status == "proposed"
    assert offer.start == old_end + dt.timedelta(days=1)
    assert offer.end == old_end + dt.timedelta(days=60)
    assert offer.price == Decimal("20226.03")  # 120000 x 60/365 + 500 admin fee
    assert offer.terms  # in the account's language (German)

    services.bridge_offer_accept(by=owner, offer=offer)
    services.bridge_offer_accept(by=owner, offer=offer)  # double submit
    stale = BridgeOffer.objects.get(pk=offer.pk)
    services.bridge_offer_accept(by=owner, offer=stale)

    renewal.refresh_from_db()
    assert renewal.contract_end == old_end + dt.timedelta(days=60)
    offer.refresh_from_db()
    assert (offer.status, offer.decided_by, offer.decided_on) == (
        "accepted", owner, timezone.localdate())
    moves = [h for h in Renewal.history.filter(id=renewal.pk)
             if h.history_change_reason and "accepted" in h.history_change_reason]
    assert len(moves) == 1
    assert moves[0].contract_end == offer.end
    assert moves[0].history_user == owner


def test_other_proposals_expire_and_cannot_move_the_end_again(roles, renewal):
    owner = roles["users"]["owner"]
    first = services.bridge_offer_propose(by=owner, renewal=renewal, kind="extension_30")
    second = services.bridge_offer_propose(by=owner, renewal=renewal, kind="extension_60")
    services.bridge_offer_accept(by=owner, offer=first)
    second.refresh_from_db()
    assert second.status == "expired"
    services.bridge_offer_accept(by=owner, offer=second)  # no longer proposed: nothing happens
    renewal.refresh_from_db()
    assert renewal.contract_end == first.end


def test_auto_renewal_clause_switches_on_auto_renew(roles, renewal):
    owner = roles["users"]["owner"]
    old_end = renewal.contract_end
    renewal.auto_renew, renewal.notice_days = False, 30
    renewal.save()
    offer = services.bridge_offer_propose(by=owner, renewal=renewal, kind="auto_renewal_clause")
    services.bridge_offer_accept(by=owner, offer=offer)
    renewal.refresh_from_db()
    assert (renewal.auto_renew, renewal.notice_days, renewal.contract_end) == (True, 60, old_end)


def test_declining_leaves_the_contract_alone(roles, renewal):
    owner = roles["users"]["owner"]
    old_end = renewal.contract_end
    offer = services.bridge_offer_propose(by=owner, renewal=renewal, kind="extension_30")
    services.bridge_offer_decline(by=owner, offer=offer)
    services.bridge_offer_accept(by=owner, offer=offer)  # a late accept changes nothing
    offer.refresh_from_db()
    renewal.refresh_from_db()
    assert offer.status == "declined" and offer.decided_by == owner
    assert renewal.contract_end == old_end


def test_unknown_kind_and_closed_renewal_are_refused(roles, renewal):
    owner = roles["users"]["owner"]
    with pytest.raises(ValidationError) as error:
        services.bridge_offer_propose(by=owner, renewal=renewal, kind="free_year")
    assert "kind" in error.value.message_dict
    renewal.stage = "renewed"
    renewal.save()
    with pytest.raises(ValidationError):
        services.bridge_offer_propose(by=owner, renewal=renewal, kind="extension_30")
