"""The report policy, post-mortems of closed delayed renewals, and weekly update deliveries."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from delaydesk.delays.models import DelayType
from delaydesk.policies import Policy

ZERO, ONE = Decimal("0"), Decimal("1")


def _probability(label: Any, default: str) -> models.DecimalField:
    return models.DecimalField(
        label, max_digits=4, decimal_places=3, default=Decimal(default),
        validators=[MinValueValidator(ZERO), MaxValueValidator(ONE)],
        help_text=_("A share between 0 and 1, e.g. 0.6 for 60 %."),
    )


def _adjustment(label: Any, default: str) -> models.DecimalField:
    return models.DecimalField(
        label, max_digits=4, decimal_places=3, default=Decimal(default),
        validators=[MinValueValidator(Decimal("-1")), MaxValueValidator(ONE)],
        help_text=_("Added to the stage's probability while such a delay is open, "
                    "e.g. -0.2 for 20 points less."),
    )


class ReportPolicy(Policy):
    """How likely a renewal is to renew, by stage, for the expected ARR in every report.

    One row for the installation; an administrator changes it in the admin. A renewal with an
    open delay gets the adjustment of the delay's category added (the result stays in 0..1).
    """

    upcoming = _probability(_("probability: upcoming"), "0.700")
    in_conversation = _probability(_("probability: in conversation"), "0.600")
    delayed = _probability(_("probability: delayed"), "0.400")
    committed = _probability(_("probability: committed"), "0.900")
    renewed = _probability(_("probability: renewed"), "1.000")
    churned = _probability(_("probability: churned"), "0.000")
    walked_away = _probability(_("probability: walked away"), "0.000")
    administrative_adjustment = _adjustment(_("adjustment for an administrative delay"), "0.200")
    decision_adjustment = _adjustment(_("adjustment for a decision delay"), "0.000")
    risk_adjustment = _adjustment(_("adjustment for a risk delay"), "-0.200")
    top_risks = models.PositiveSmallIntegerField(
        _("top risks in the weekly update"), default=5,
        validators=[MinValueValidator(1), MaxValueValidator(25)])
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report policy")
        verbose_name_plural = _("report policy")

    def __str__(self) -> str:
        return str(_("Report policy"))


class Lesson(models.TextChoices):
    """How a delay could have been prevented (the prevention practice in the domain notes)."""

    START_EARLY = "start_early", _("Start the renewal conversation 120 days ahead")
    RELATIONSHIP = "relationship", _("Build the relationship all year")
    DOCUMENT_VALUE = "document_value", _("Document the value continuously")
    DECISION_PROCESS = "decision_process", _(
        "Learn the decision process and the decision makers early")
    FIX_PROBLEMS = "fix_problems", _("Fix problems when they happen")
    EARLY_URGENCY = "early_urgency", _("Create real urgency early")
    FRICTIONLESS = "frictionless", _("Make the renewal itself frictionless")
    MULTI_THREAD = "multi_thread", _("Know more than one contact")
    NOTHING = "nothing", _("Nothing we could have done")


class PostMortem(models.Model):
    """What a closed delayed renewal taught us: cause, what to do differently, prevention."""

    renewal = models.OneToOneField(
        "portfolio.Renewal", verbose_name=_("renewal"), on_delete=models.CASCADE,
        related_name="postmortem",
    )
    outcome = models.CharField(_("outcome"), max_length=20)
    cause_type = models.CharField(_("real cause"), max_length=20, choices=DelayType.choices)
    cause = models.TextField(_("what caused the delay"))
    differently = models.TextField(_("what could have been done differently"))
    prevention = models.TextField(_("how to prevent it next time"))
    lessons = models.JSONField(_("lessons"), default=list, blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("written by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("post-mortem")
        verbose_name_plural = _("post-mortems")

    def __str__(self) -> str:
        return str(_("Post-mortem: %(renewal)s") % {"renewal": self.renewal})

    def get_lessons_display(self) -> list[str]:
        labels = dict(Lesson.choices)
        return [str(labels.get(code, code)) for code in self.lessons]


class WeeklyDelivery(models.Model):
    """One weekly update e-mailed for one scope and week; the unique key makes it happen once.

    ``scope`` is ``team:<id>`` or ``owner:<id>``. A run claims the row before sending, so two
    hosts starting at the same moment cannot both send.
    """

    scope = models.CharField(_("scope"), max_length=40)
    week = models.CharField(_("week"), max_length=8)
    team = models.ForeignKey("teams.Team", verbose_name=_("team"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("CSM"), null=True,
                              blank=True, on_delete=models.SET_NULL, related_name="+")
    recipients = models.TextField(_("recipients"), blank=True)
    claimed_at = models.DateTimeField(_("claimed at"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    times_sent = models.PositiveSmallIntegerField(_("times sent"), default=0)

    class Meta:
        ordering = ["-claimed_at"]
        verbose_name = _("weekly update delivery")
        verbose_name_plural = _("weekly update deliveries")
        constraints = [
            models.UniqueConstraint(fields=["scope", "week"], name="weekly_delivery_once"),
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.week}"
