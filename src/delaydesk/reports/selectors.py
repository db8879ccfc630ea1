"""Reads for the reports: the weekly update, the forecast, patterns and post-mortems due.

Every report is computed into typed dataclasses that the page, the API, the CLI, the PDF
and the e-mail render without asking the database again. Reports only read. The work is
in ``book`` (scope, policy, the record at a moment), ``weekly``, ``forecast`` and
``patterns``; this module is where views, the API and the command line find it.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet

from delaydesk.delays.models import DelayType
from delaydesk.portfolio.models import CLOSED_STAGES, Renewal
from delaydesk.portfolio.selectors import can_edit_renewal, renewal_get, renewals_for

from .book import (  # noqa: F401 - the public reads, found here
    BUCKETS,
    CATEGORIES,
    FORECAST_CATEGORIES,
    NO_DELAY,
    OUTCOMES,
    TYPES,
    Amounts,
    ForecastSettings,
    RenewalRef,
    ReportScope,
    forecast_settings,
    renewal_ref,
    report_scope,
    scoped_renewals,
    visible_owners,
    visible_teams,
)
from .forecast import (  # noqa: F401
    BridgedRenewal,
    ForecastMonth,
    ForecastReport,
    forecast_bucket,
    forecast_report,
)
from .models import PostMortem
from .patterns import (  # noqa: F401
    LessonCount,
    PatternFilters,
    PatternsReport,
    PreventionNote,
    Rate,
    can_see_patterns,
    pattern_segments,
    patterns_report,
)
from .weekly import (  # noqa: F401
    ActionRow,
    DelayedRenewal,
    DelayEvent,
    ForecastFigures,
    ForecastImpact,
    MonthSeries,
    OwnerSummary,
    PostMortemDue,
    StepRow,
    WeeklyReport,
    WeekSeries,
    parse_week,
    recipients_for,
    weekly_report,
)

# --- post-mortems -------------------------------------------------------------------------

def postmortem_needed(renewal: Renewal) -> bool:
    """Whether a post-mortem is asked for: the renewal is closed and had a delay."""
    return renewal.stage in CLOSED_STAGES and renewal.delays.exists()


def postmortem_of(renewal: Renewal) -> PostMortem | None:
    """The renewal's post-mortem, or None."""
    return PostMortem.objects.filter(renewal=renewal).select_related("written_by").first()


def postmortem_get(user: Any, renewal_pk: int) -> tuple[Renewal, PostMortem | None]:
    """A readable renewal (else Http404) and its post-mortem if written."""
    renewal = renewal_get(user, renewal_pk)
    return renewal, postmortem_of(renewal)


def postmortems_due(user: Any, *, owner: Any = None) -> list[Renewal]:
    """Closed renewals that had a delay and still lack a post-mortem, oldest contract end first.

    For the reminders: with ``owner`` only that person's renewals. Each one links to
    ``/renewals/<id>/postmortem/``.
    """
    renewals = (renewals_for(user).filter(stage__in=list(CLOSED_STAGES))
                .annotate(delay_count=Count("delays")).filter(delay_count__gt=0)
                .filter(postmortem__isnull=True))
    if owner is not None:
        renewals = renewals.filter(owner=owner)
    return list(renewals.order_by("contract_end", "id"))


def postmortems_written(user: Any) -> QuerySet[PostMortem]:
    """Post-mortems of renewals ``user`` may read, newest first."""
    return (PostMortem.objects.filter(renewal__in=renewals_for(user).values("pk"))
            .select_related("renewal", "renewal__account", "written_by")
            .order_by("-created_at"))


def postmortem_defaults(renewal: Renewal) -> dict[str, Any]:
    """A starting point for the form: the latest delay's assessed type as the cause."""
    latest = renewal.delays.order_by("-communicated_on", "-id").first()
    return {"cause_type": latest.assessed_type if latest else DelayType.UNKNOWN}


def can_write_postmortem(user: Any, renewal: Renewal) -> bool:
    """Whoever may change the renewal may write its post-mortem."""
    return can_edit_renewal(user, renewal)
