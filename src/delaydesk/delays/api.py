"""API endpoints of the delay log: delays, actions, next steps."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from delaydesk.api.params import Pagination, RecordId
from delaydesk.portfolio.selectors import renewal_get

from . import selectors, services
from .schemas import (
    ActionCreate,
    ActionRead,
    DelayCreate,
    DelayRead,
    DelayUpdate,
    DiagnoseRequest,
    NextStepCreate,
    NextStepRead,
)

router = Router(tags=["delay log"])


@router.get("/delays", response=list[DelayRead])
@paginate(Pagination)
def list_delays(request: HttpRequest, renewal_id: RecordId | None = None, status: str = "",
                category: str = "") -> Any:
    delays = selectors.delays_for(request.user)
    if renewal_id:
        delays = delays.filter(renewal_id=renewal_id)
    if status:
        delays = delays.filter(status=status)
    if category:
        delays = delays.filter(category=category)
    return delays


@router.post("/delays", response={201: DelayRead})
def create_delay(request: HttpRequest, payload: DelayCreate) -> Any:
    data = payload.dict()
    renewal = renewal_get(request.user, data.pop("renewal_id"))
    return Status(201, services.delay_log(by=request.user, renewal=renewal, **data))


@router.get("/delays/{delay_id}", response=DelayRead)
def get_delay(request: HttpRequest, delay_id: RecordId) -> Any:
    return selectors.delay_get(request.user, delay_id)


@router.patch("/delays/{delay_id}", response=DelayRead)
def update_delay(request: HttpRequest, delay_id: RecordId, payload: DelayUpdate) -> Any:
    delay = selectors.delay_get(request.user, delay_id)
    return services.delay_update(by=request.user, delay=delay, **payload.dict(exclude_unset=True))


@router.post("/delays/{delay_id}/resolve", response=DelayRead)
def resolve_delay(request: HttpRequest, delay_id: RecordId) -> Any:
    delay = selectors.delay_get(request.user, delay_id)
    return services.delay_resolve(by=request.user, delay=delay)


@router.get("/actions", response=list[ActionRead])
@paginate(Pagination)
def list_actions(request: HttpRequest, delay_id: RecordId | None = None) -> Any:
    actions = selectors.actions_for(request.user)
    return actions.filter(delay_id=delay_id) if delay_id else actions


@router.post("/actions", response={201: ActionRead})
def create_action(request: HttpRequest, payload: ActionCreate) -> Any:
    data = payload.dict()
    delay = selectors.delay_get(request.user, data.pop("delay_id"))
    return Status(201, services.action_record(by=request.user, delay=delay, **data))


@router.get("/next-steps", response=list[NextStepRead])
@paginate(Pagination)
def list_next_steps(request: HttpRequest, renewal_id: RecordId | None = None,
                    open_only: bool = False) -> Any:
    steps = selectors.next_steps_for(request.user)
    if renewal_id:
        steps = steps.filter(renewal_id=renewal_id)
    if open_only:
        steps = steps.filter(done_on__isnull=True)
    return steps


@router.post("/next-steps", response={201: NextStepRead})
def create_next_step(request: HttpRequest, payload: NextStepCreate) -> Any:
    data = payload.dict()
    renewal = renewal_get(request.user, data.pop("renewal_id"))
    delay_id = data.pop("delay_id")
    delay = selectors.delay_get(request.user, delay_id) if delay_id else None
    step = services.next_step_add(by=request.user, renewal=renewal, delay=delay, **data)
    return Status(201, step)


@router.post("/next-steps/{step_id}/complete", response=NextStepRead)
def complete_next_step(request: HttpRequest, step_id: RecordId,
                       done_on: dt.date | None = None) -> Any:
    """Mark a step as done (today unless ``done_on`` is given); doing it twice is harmless."""
    step = selectors.next_step_get(request.user, step_id)
    return services.next_step_complete(by=request.user, step=step, done_on=done_on)


@router.post("/diagnose", tags=["diagnosis"])
def diagnose_text(request: HttpRequest, payload: DiagnoseRequest) -> Any:
    """Diagnose a customer's message: the same result as ``delaydesk diagnose --json``."""
    from delaydesk.diagnosis import diagnose

    try:
        result = diagnose(payload.text, lang=payload.lang, signals=payload.signals,
                          account=payload.account)
    except ValueError as error:
        raise ValidationError({"text": str(error)}) from None
    return result.to_dict()
