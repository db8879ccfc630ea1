"""Reads of the delay log, restricted to what the user may see."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from delaydesk.teams.permissions import Scope, scoped

from .models import Action, Delay, NextStep

_SCOPE: Scope = {
    "team_path": "renewal__account__team",
    "owner_paths": ("renewal__owner", "renewal__account__owner"),
}


def delays_for(user: Any) -> QuerySet[Delay]:
    return scoped(
        Delay.objects.select_related("renewal", "renewal__account", "created_by"), user, **_SCOPE
    )


def delay_get(user: Any, pk: int | str) -> Delay:
    try:
        return delays_for(user).get(pk=pk)
    except (Delay.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def actions_for(user: Any) -> QuerySet[Action]:
    return scoped(
        Action.objects.select_related("delay", "delay__renewal"),
        user,
        team_path="delay__renewal__account__team",
        owner_paths=("delay__renewal__owner", "delay__renewal__account__owner"),
    )


def next_steps_for(user: Any) -> QuerySet[NextStep]:
    return scoped(
        NextStep.objects.select_related("renewal", "renewal__account", "owner", "delay"),
        user,
        **_SCOPE,
    )


def next_step_get(user: Any, pk: int) -> NextStep:
    try:
        return next_steps_for(user).get(pk=pk)
    except (NextStep.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def diagnosis_account_facts(renewal: Any) -> dict[str, Any]:
    """What the record knows about the account, in the shape the diagnosis engine weighs."""
    from django.utils import timezone

    contacts = renewal.account.contacts.all()
    champion_left = any(c.role == "champion" and (c.left_on or not c.active) for c in contacts)
    accepted = 0
    offers = getattr(renewal, "bridge_offers", None)
    if offers is not None:
        accepted = offers.filter(status="accepted").count()
    return {
        "champion_left": champion_left,
        "extensions_granted": accepted,
        "days_to_contract_end": (renewal.contract_end - timezone.localdate()).days,
        "arr": float(renewal.arr),
    }


def diagnosis_for(renewal: Any, text: str, *, signals: dict[str, bool] | None = None,
                  lang: str | None = None) -> dict[str, Any]:
    """Diagnose the customer's words in the light of the renewal's record.

    Raises ValueError (from the engine) for empty text or unknown signals.
    """
    from delaydesk.diagnosis import diagnose

    result = diagnose(text, lang=lang, signals=signals or None,
                      account=diagnosis_account_facts(renewal))
    return result.to_dict()


def diagnosis_corrections() -> list[dict[str, Any]]:
    """Delays whose diagnosis the CSM corrected, as labelled records for retraining."""
    records = []
    delays = Delay.objects.exclude(customer_words="").exclude(model_type="").select_related(
        "renewal__account")
    for delay in delays.order_by("pk"):
        if not delay.corrected:
            continue
        records.append({
            "id": f"correction-{delay.pk}",
            "lang": delay.renewal.account.language,
            "text": delay.customer_words,
            "delay_type": delay.assessed_type,
            "category": delay.category,
        })
    return records
