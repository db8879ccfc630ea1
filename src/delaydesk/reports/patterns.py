"""Patterns across accounts, drawn from the delay log and the post-mortems."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from delaydesk.delays.models import Delay
from delaydesk.portfolio.models import CLOSED_STAGES
from delaydesk.portfolio.selectors import renewals_for

from .book import (
    CATEGORIES,
    OUTCOMES,
    SEVERITY,
    TYPES,
    RenewalRef,
    renewal_ref,
    visible_teams,
)
from .models import Lesson, PostMortem
from .weeks import months_from

# --- patterns across accounts -------------------------------------------------------------

@dataclass(frozen=True)
class PatternFilters:
    """Which delays the patterns are drawn from."""

    start: dt.date
    end: dt.date
    team_id: int | None = None
    segment: str = ""
    language: str = ""


@dataclass(frozen=True)
class Rate:
    """How often each outcome followed, out of ``total``."""

    total: int
    counts: dict[str, int]

    def share(self, key: str) -> Decimal:
        if not self.total:
            return Decimal("0")
        return (Decimal(self.counts.get(key, 0)) * 100 / self.total).quantize(Decimal("1"))

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "counts": self.counts,
                "percent": {key: str(self.share(key)) for key in self.counts}}


@dataclass(frozen=True)
class LessonCount:
    lesson: str
    count: int


@dataclass(frozen=True)
class PreventionNote:
    renewal: RenewalRef
    outcome: str
    cause_type: str
    prevention: str
    written_on: dt.date


@dataclass(frozen=True)
class PatternsReport:
    """Patterns across the delay log: when, what, how long, how it ended, how we diagnosed."""

    filters: PatternFilters
    delays: int
    months: list[dt.date]
    by_month_category: list[dict[str, int]]
    by_month_type: list[dict[str, int]]
    median_days: dict[str, Decimal | None]
    resolved_counts: dict[str, int]
    outcomes_by_type: dict[str, Rate]
    outcomes_by_category: dict[str, Rate]
    stated_vs_assessed: dict[str, dict[str, int]]
    diagnosed: int
    corrected: int
    category_corrections: dict[str, dict[str, int]]
    type_corrections: list[tuple[str, str, int]]
    more_serious: int
    less_serious: int
    type_only: int
    lessons: list[LessonCount]
    notes: list[PreventionNote]

    @property
    def correction_rate(self) -> Decimal:
        if not self.diagnosed:
            return Decimal("0")
        return (Decimal(self.corrected) * 100 / self.diagnosed).quantize(Decimal("1"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "delays": self.delays,
            "months": [month.strftime("%Y-%m") for month in self.months],
            "by_month_category": self.by_month_category, "by_month_type": self.by_month_type,
            "median_days": {k: None if v is None else str(v) for k, v in self.median_days.items()},
            "resolved_counts": self.resolved_counts,
            "outcomes_by_type": {k: v.to_dict() for k, v in self.outcomes_by_type.items()},
            "outcomes_by_category": {k: v.to_dict() for k, v in self.outcomes_by_category.items()},
            "stated_vs_assessed": self.stated_vs_assessed,
            "diagnosed": self.diagnosed, "corrected": self.corrected,
            "correction_rate": str(self.correction_rate),
            "category_corrections": self.category_corrections,
            "type_corrections": [list(item) for item in self.type_corrections],
            "more_serious": self.more_serious, "less_serious": self.less_serious,
            "type_only": self.type_only,
            "lessons": [{"lesson": item.lesson, "count": item.count} for item in self.lessons],
        }


def can_see_patterns(user: Any) -> bool:
    """Patterns are for team leads and administrators."""
    return bool(user.is_authenticated and user.is_active and (user.is_admin or user.is_team_lead))


def pattern_segments(user: Any) -> list[str]:
    """The account segments found in what ``user`` may read, for the filter."""
    segments = renewals_for(user).exclude(account__segment="").values_list(
        "account__segment", flat=True)
    return sorted(set(segments))


def patterns_report(user: Any, filters: PatternFilters) -> PatternsReport:
    """Patterns of the delays communicated in the period, for a lead's team or any team.

    Raises PermissionDenied for CSMs and Http404 for a team the user may not read.
    """
    if not can_see_patterns(user):
        raise PermissionDenied
    if filters.team_id and not visible_teams(user).filter(pk=filters.team_id).exists():
        raise Http404(_("No such team."))
    if filters.end < filters.start:
        raise ValidationError({"end": _("The end of the period must not be before its start.")})
    renewals = renewals_for(user)
    if not user.is_admin:
        renewals = renewals.filter(account__team_id=user.team_id)
    if filters.team_id:
        renewals = renewals.filter(account__team_id=filters.team_id)
    if filters.segment:
        renewals = renewals.filter(account__segment=filters.segment)
    if filters.language:
        renewals = renewals.filter(account__language=filters.language)
    delays = list(Delay.objects.filter(
        renewal_id__in=renewals.values("pk"),
        communicated_on__gte=filters.start, communicated_on__lte=filters.end,
    ).select_related("renewal", "renewal__account", "renewal__owner").order_by("communicated_on"))

    months = [month for month in months_from(filters.start, 240) if month <= filters.end]
    by_category = [{key: 0 for key in CATEGORIES} for _month in months]
    by_type = [{key: 0 for key in TYPES} for _month in months]
    durations: dict[str, list[int]] = defaultdict(list)
    outcome_type: dict[str, Counter[str]] = defaultdict(Counter)
    outcome_category: dict[str, Counter[str]] = defaultdict(Counter)
    seen_type: set[tuple[int, str]] = set()
    seen_category: set[tuple[int, str]] = set()
    matrix: dict[str, dict[str, int]] = {}
    category_corrections: dict[str, dict[str, int]] = {}
    type_pairs: Counter[tuple[str, str]] = Counter()
    diagnosed = corrected = more = less = type_only = 0
    for delay in delays:
        index = months.index(delay.communicated_on.replace(day=1))
        by_category[index][delay.category] = by_category[index].get(delay.category, 0) + 1
        by_type[index][delay.assessed_type] = by_type[index].get(delay.assessed_type, 0) + 1
        if delay.status == "resolved" and delay.resolved_on:
            durations[delay.assessed_type].append((delay.resolved_on - delay.communicated_on).days)
        stage = delay.renewal.stage
        if stage in CLOSED_STAGES:
            if (delay.renewal_id, delay.assessed_type) not in seen_type:
                seen_type.add((delay.renewal_id, delay.assessed_type))
                outcome_type[delay.assessed_type][stage] += 1
            if (delay.renewal_id, delay.category) not in seen_category:
                seen_category.add((delay.renewal_id, delay.category))
                outcome_category[delay.category][stage] += 1
        if delay.stated_type:
            row = matrix.setdefault(delay.stated_type, {})
            row[delay.assessed_type] = row.get(delay.assessed_type, 0) + 1
        if delay.model_type and delay.model_category in SEVERITY:
            diagnosed += 1
            if delay.corrected:
                corrected += 1
                row = category_corrections.setdefault(delay.model_category, {})
                row[delay.category] = row.get(delay.category, 0) + 1
                if delay.model_type != delay.assessed_type:
                    type_pairs[(delay.model_type, delay.assessed_type)] += 1
                change = SEVERITY.get(delay.category, 0) - SEVERITY[delay.model_category]
                if change > 0:
                    more += 1
                elif change < 0:
                    less += 1
                else:
                    type_only += 1

    def rates(counter: dict[str, Counter[str]], keys: Iterable[str]) -> dict[str, Rate]:
        return {key: Rate(sum(counter[key].values()),
                          {outcome: counter[key].get(outcome, 0) for outcome in OUTCOMES})
                for key in keys if counter.get(key)}

    medians: dict[str, Decimal | None] = {}
    for kind in TYPES:
        values = durations.get(kind, [])
        medians[kind] = (Decimal(str(statistics.median(values))) if values else None)

    postmortems = list(PostMortem.objects.filter(
        renewal_id__in=renewals.values("pk"),
        created_at__date__gte=filters.start, created_at__date__lte=filters.end,
    ).select_related("renewal", "renewal__account", "renewal__owner").order_by("-created_at"))
    lesson_counts: Counter[str] = Counter()
    for postmortem in postmortems:
        lesson_counts.update(code for code in postmortem.lessons if code in Lesson.values)
    owners = {pm.renewal.owner_id: str(pm.renewal.owner) for pm in postmortems
              if pm.renewal.owner_id}
    notes = [
        PreventionNote(renewal=renewal_ref(pm.renewal, owners), outcome=pm.outcome,
                       cause_type=pm.cause_type, prevention=pm.prevention,
                       written_on=timezone.localtime(pm.created_at).date())
        for pm in postmortems[:8]
    ]
    return PatternsReport(
        filters=filters, delays=len(delays), months=months, by_month_category=by_category,
        by_month_type=by_type, median_days=medians,
        resolved_counts={kind: len(durations.get(kind, [])) for kind in TYPES},
        outcomes_by_type=rates(outcome_type, TYPES),
        outcomes_by_category=rates(outcome_category, CATEGORIES),
        stated_vs_assessed=matrix, diagnosed=diagnosed, corrected=corrected,
        category_corrections=category_corrections,
        type_corrections=[(a, b, n) for (a, b), n in type_pairs.most_common(8)],
        more_serious=more, less_serious=less, type_only=type_only,
        lessons=[LessonCount(code, count) for code, count in
                 sorted(lesson_counts.items(), key=lambda item: (-item[1], item[0]))],
        notes=notes,
    )
