"""API endpoints of the portfolio: accounts, contacts, renewals."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Status
from ninja.pagination import paginate

from delaydesk.api.params import DaysAhead, Pagination, RecordId
from delaydesk.teams.models import Team, User

from . import selectors, services
from .schemas import (
    AccountCreate,
    AccountRead,
    AccountUpdate,
    ContactCreate,
    ContactRead,
    ContactUpdate,
    RenewalCreate,
    RenewalRead,
    RenewalUpdate,
)

router = Router(tags=["portfolio"])


def resolve_references(data: dict[str, Any]) -> dict[str, Any]:
    """Turn ``owner_id`` / ``team_id`` into objects, with a field error for unknown ids."""
    resolved = dict(data)
    for key, model in (("owner_id", User), ("team_id", Team)):
        if key in resolved:
            value = resolved.pop(key)
            field = key.removesuffix("_id")
            if value is None:
                resolved[field] = None
                continue
            instance = model.objects.filter(pk=value).first()
            if instance is None:
                raise ValidationError({field: _("No such record.")})
            resolved[field] = instance
    return resolved


@router.get("/accounts", response=list[AccountRead])
@paginate(Pagination)
def list_accounts(request: HttpRequest, q: str = "") -> Any:
    accounts = selectors.accounts_for(request.user)
    return accounts.filter(name__icontains=q) if q else accounts


@router.post("/accounts", response={201: AccountRead})
def create_account(request: HttpRequest, payload: AccountCreate) -> Any:
    data = resolve_references(payload.dict())
    return Status(201, services.account_create(by=request.user, **data))


@router.get("/accounts/{account_id}", response=AccountRead)
def get_account(request: HttpRequest, account_id: RecordId) -> Any:
    return selectors.account_get(request.user, account_id)


@router.patch("/accounts/{account_id}", response=AccountRead)
def update_account(request: HttpRequest, account_id: RecordId, payload: AccountUpdate) -> Any:
    account = selectors.account_get(request.user, account_id)
    changes = resolve_references(payload.dict(exclude_unset=True))
    return services.account_update(by=request.user, account=account, **changes)


@router.get("/contacts", response=list[ContactRead])
@paginate(Pagination)
def list_contacts(request: HttpRequest, account_id: RecordId | None = None) -> Any:
    contacts = selectors.contacts_for(request.user)
    return contacts.filter(account_id=account_id) if account_id else contacts


@router.post("/contacts", response={201: ContactRead})
def create_contact(request: HttpRequest, payload: ContactCreate) -> Any:
    data = payload.dict()
    account = selectors.account_get(request.user, data.pop("account_id"))
    return Status(201, services.contact_create(by=request.user, account=account, **data))


@router.patch("/contacts/{contact_id}", response=ContactRead)
def update_contact(request: HttpRequest, contact_id: RecordId, payload: ContactUpdate) -> Any:
    contact = selectors.contact_get(request.user, contact_id)
    return services.contact_update(by=request.user, contact=contact,
                                   **payload.dict(exclude_unset=True))


@router.get("/renewals", response=list[RenewalRead])
@paginate(Pagination)
def list_renewals(request: HttpRequest, stage: str = "", owner_id: RecordId | None = None,
                  account_id: RecordId | None = None,
                  ends_within_days: DaysAhead | None = None) -> Any:
    renewals = selectors.renewals_for(request.user)
    if stage:
        renewals = renewals.filter(stage=stage)
    if owner_id:
        renewals = renewals.filter(owner_id=owner_id)
    if account_id:
        renewals = renewals.filter(account_id=account_id)
    if ends_within_days is not None:
        limit = timezone.localdate() + dt.timedelta(days=ends_within_days)
        renewals = renewals.filter(contract_end__lte=limit)
    return renewals


@router.post("/renewals", response={201: RenewalRead})
def create_renewal(request: HttpRequest, payload: RenewalCreate) -> Any:
    data = resolve_references(payload.dict())
    account = selectors.account_get(request.user, data.pop("account_id"))
    return Status(201, services.renewal_create(by=request.user, account=account, **data))


@router.get("/renewals/{renewal_id}", response=RenewalRead)
def get_renewal(request: HttpRequest, renewal_id: RecordId) -> Any:
    return selectors.renewal_get(request.user, renewal_id)


@router.patch("/renewals/{renewal_id}", response=RenewalRead)
def update_renewal(request: HttpRequest, renewal_id: RecordId, payload: RenewalUpdate) -> Any:
    renewal = selectors.renewal_get(request.user, renewal_id)
    changes = resolve_references(payload.dict(exclude_unset=True))
    return services.renewal_update(by=request.user, renewal=renewal, **changes)
