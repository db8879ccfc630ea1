"""API endpoints of the reports: the weekly update as JSON, post-mortems, archiving delays."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import get_language
from ninja import Router

from delaydesk.delays.selectors import delay_get

from . import rendering, selectors, services
from .schemas import (
    ArchivedDelayRead,
    PostMortemDueRead,
    PostMortemRead,
    PostMortemWrite,
    WeeklyReportRead,
)

router = Router(tags=["reports"])


@router.get("/reports/weekly", response=WeeklyReportRead)
def weekly_report(request: HttpRequest, week: str = "", team: str = "", owner: str = "") -> Any:
    """The weekly update of a team (name or id) or a CSM (username or id) for an ISO week.

    ``week`` is ``2026-W48``, ``this`` or ``last`` (default: this week, in the user's time
    zone). Without ``team`` and ``owner``: the user's own team.
    """
    scope = selectors.report_scope(request.user, team=team or None, owner=owner or None)
    today = timezone.localdate()
    parsed = selectors.parse_week(week, today=today)
    lang = rendering.engine_lang(get_language())
    report = selectors.weekly_report(request.user, scope, parsed, lang=lang,
                                     tz=timezone.get_current_timezone())
    data = report.to_dict()
    with rendering.language(lang) as engine:
        for item, row in zip(data["risks"], report.risks, strict=True):
            item["reason"] = rendering.risk_sentence(row, engine)
    return data


@router.get("/reports/postmortems-due", response=list[PostMortemDueRead])
def postmortems_due(request: HttpRequest, owner: str = "") -> Any:
    """Closed renewals that had a delay and have no post-mortem yet (for reminders)."""
    person = None
    if owner:
        scope = selectors.report_scope(request.user, owner=owner)
        person = scope.owner_id
    renewals = selectors.postmortems_due(request.user, owner=person)
    return [{"renewal": selectors.renewal_ref(renewal).to_dict(),
             "delays": getattr(renewal, "delay_count", 0),
             "url": f"/renewals/{renewal.pk}/postmortem/"}
            for renewal in renewals]


@router.get("/renewals/{renewal_id}/postmortem", response=PostMortemRead)
def get_postmortem(request: HttpRequest, renewal_id: int) -> Any:
    _renewal, postmortem = selectors.postmortem_get(request.user, renewal_id)
    if postmortem is None:
        raise Http404
    return postmortem


@router.put("/renewals/{renewal_id}/postmortem", response=PostMortemRead)
def put_postmortem(request: HttpRequest, renewal_id: int, payload: PostMortemWrite) -> Any:
    """Write or rewrite the post-mortem of a closed renewal that had a delay."""
    renewal, _existing = selectors.postmortem_get(request.user, renewal_id)
    return services.postmortem_save(by=request.user, renewal=renewal, **payload.dict())


@router.post("/delays/{delay_id}/archive", response=ArchivedDelayRead)
def archive_delay(request: HttpRequest, delay_id: int) -> Any:
    """Archive a delay; refused (422) until its renewal has a post-mortem."""
    delay = delay_get(request.user, delay_id)
    return services.delay_archive(by=request.user, delay=delay)
