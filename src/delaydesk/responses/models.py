"""What the playbooks need beyond the portfolio: the policy, account facts, escalations."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from delaydesk.policies import Policy


class ResponsePolicy(Policy):
    """Team-wide playbook settings: one row (pk=1), edited in the admin."""

    escalation_arr_threshold = models.DecimalField(
        _("escalation ARR threshold"), max_digits=14, decimal_places=2, default=Decimal("100000"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("From this ARR on, a renewal counts as strategically important."),
    )
    escalation_min_actions_without_progress = models.PositiveSmallIntegerField(
        _("actions without progress before a renewal counts as stuck"), default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    escalation_max_open_per_team = models.PositiveSmallIntegerField(
        _("open executive escalations per team at most"), default=3,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_discount_percent = models.DecimalField(
        _("largest discount a draft may mention (percent)"), max_digits=5, decimal_places=2,
        default=Decimal("15"), validators=[MinValueValidator(Decimal("0")),
                                           MaxValueValidator(Decimal("100"))],
    )
    deadline_tolerance_days = models.PositiveSmallIntegerField(
        _("days a deadline may differ from a recorded date"), default=2,
        validators=[MaxValueValidator(14)],
    )
    early_renewal_days = models.PositiveSmallIntegerField(
        _("days before the contract end that count as early renewal"), default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    early_renewal_discount_percent = models.DecimalField(
        _("early-renewal discount (percent)"), max_digits=5, decimal_places=2,
        default=Decimal("10"), validators=[MinValueValidator(Decimal("0")),
                                           MaxValueValidator(Decimal("100"))],
    )
    multi_year_discount_percent = models.DecimalField(
        _("multi-year discount (percent)"), max_digits=5, decimal_places=2, default=Decimal("8"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    max_total_discount_percent = models.DecimalField(
        _("largest total discount (percent)"), max_digits=5, decimal_places=2,
        default=Decimal("15"), validators=[MinValueValidator(Decimal("0")),
                                           MaxValueValidator(Decimal("100"))],
    )
    reonboarding_business_days = models.PositiveSmallIntegerField(
        _("business days to set the service up again after an interruption"), default=15,
        validators=[MaxValueValidator(120)],
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("playbook policy")
        verbose_name_plural = _("playbook policy")

    def __str__(self) -> str:
        return str(_("Playbook policy"))




class AccountFacts(models.Model):
    """Dates and relationships that make urgency real for an account."""

    account = models.OneToOneField(
        "portfolio.Account", verbose_name=_("account"), on_delete=models.CASCADE,
        related_name="response_facts",
    )
    price_increase_on = models.DateField(_("price increase on"), null=True, blank=True)
    budget_cycle_closes_on = models.DateField(_("budget cycle closes on"), null=True, blank=True)
    executive_relationship = models.BooleanField(
        _("our executive knows the customer"), default=False
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("account facts")
        verbose_name_plural = _("account facts")

    def __str__(self) -> str:
        return str(self.account)


class DecisionMakerLevel(models.TextChoices):
    UNKNOWN = "", _("Unknown")
    PEER = "peer", _("Same level as the CSM")
    ABOVE_CSM = "above_csm", _("More senior than the CSM")
    EXECUTIVE = "executive", _("Executive")


class RenewalEscalation(models.Model):
    """What escalation advice needs to know about one renewal, and whether it is escalated."""

    renewal = models.OneToOneField(
        "portfolio.Renewal", verbose_name=_("renewal"), on_delete=models.CASCADE,
        related_name="escalation",
    )
    decision_maker_level = models.CharField(
        _("decision maker's level"), max_length=20, choices=DecisionMakerLevel.choices,
        blank=True, default="",
    )
    csm_authority_exhausted = models.BooleanField(
        _("my own room for terms is exhausted"), default=False
    )
    open = models.BooleanField(_("escalated to an executive (open)"), default=False)
    escalated_on = models.DateField(_("escalated on"), null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("updated by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("renewal escalation")
        verbose_name_plural = _("renewal escalations")

    def __str__(self) -> str:
        return str(self.renewal)
