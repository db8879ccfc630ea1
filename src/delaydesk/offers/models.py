"""Bridge offers made to a renewal, and the admin's bridge and walk-away policy."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from delaydesk.bridges import (
    DEFAULT_BRIDGE_SETTINGS,
    DEFAULT_WALK_AWAY_SETTINGS,
    BridgeSettings,
    InvalidSettings,
    WalkAwaySettings,
)
from delaydesk.policies import Policy
from delaydesk.portfolio.models import CURRENCY_CHOICES


class BridgeKind(models.TextChoices):
    """The engine's bridge kinds (``delaydesk.bridges.KINDS``), with labels for the UI."""

    EXTENSION_30 = "extension_30", _("Short extension")
    EXTENSION_60 = "extension_60", _("Longer extension with admin fee")
    QUARTERLY = "quarterly", _("Extension to the next fiscal quarter")
    MONTH_TO_MONTH = "month_to_month", _("Month-to-month")
    PAID_PILOT = "paid_pilot", _("Paid pilot")
    GRACE_PERIOD = "grace_period", _("Grace period")
    ACCOUNT_HOLD = "account_hold", _("Account hold")
    AUTO_RENEWAL_CLAUSE = "auto_renewal_clause", _("Auto-renewal clause")


class PriceUnit(models.TextChoices):
    TOTAL = "total", _("in total")
    PER_MONTH = "per_month", _("per month")


class OfferStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")


class BridgeOffer(models.Model):
    """A bridge proposed to the customer, stored exactly as the engine quoted it."""

    renewal = models.ForeignKey(
        "portfolio.Renewal", verbose_name=_("renewal"), on_delete=models.CASCADE,
        related_name="bridge_offers",
    )
    delay = models.ForeignKey(
        "delays.Delay", verbose_name=_("delay"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="bridge_offers",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=BridgeKind.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    price = models.DecimalField(
        _("price"), max_digits=14, decimal_places=2,
        validators=[MinValueValidator(Decimal("0"), message=_("The price cannot be negative."))],
    )
    price_unit = models.CharField(_("price unit"), max_length=20, choices=PriceUnit.choices,
                                  default=PriceUnit.TOTAL)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    terms = models.TextField(_("terms"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=OfferStatus.choices,
                              default=OfferStatus.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("proposed by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("bridge offer")
        verbose_name_plural = _("bridge offers")
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")),
                                   name="bridge_offer_end_not_before_start"),
            models.CheckConstraint(condition=models.Q(price__gte=0),
                                   name="bridge_offer_price_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.start:%Y-%m-%d} – {self.end:%Y-%m-%d})"

    @property
    def days(self) -> int:
        """Days covered, both ends included."""
        return (self.end - self.start).days + 1


def _engine_errors(error: InvalidSettings) -> ValidationError:
    return ValidationError(error.errors_in(
        "de" if (get_language() or "en").startswith("de") else "en"))


class BridgePolicy(Policy):
    """The one set of bridge terms and walk-away thresholds for this installation.

    Amounts are in each renewal's own currency; rates are fractions (0.20 = 20%).
    """

    extension_30_days = models.PositiveSmallIntegerField(
        _("short extension (days)"), default=DEFAULT_BRIDGE_SETTINGS.extension_30_days)
    extension_60_days = models.PositiveSmallIntegerField(
        _("longer extension (days)"), default=DEFAULT_BRIDGE_SETTINGS.extension_60_days)
    admin_fee = models.DecimalField(
        _("admin fee for the longer extension"), max_digits=12, decimal_places=2,
        default=DEFAULT_BRIDGE_SETTINGS.admin_fee)
    month_to_month_premium = models.DecimalField(
        _("month-to-month premium (0.15 to 0.25)"), max_digits=4, decimal_places=3,
        default=DEFAULT_BRIDGE_SETTINGS.month_to_month_premium)
    pilot_days = models.PositiveSmallIntegerField(
        _("paid pilot (days)"), default=DEFAULT_BRIDGE_SETTINGS.pilot_days)
    pilot_discount = models.DecimalField(
        _("paid pilot discount (0 to below 1)"), max_digits=4, decimal_places=3,
        default=DEFAULT_BRIDGE_SETTINGS.pilot_discount)
    grace_days = models.PositiveSmallIntegerField(
        _("grace period (days)"), default=DEFAULT_BRIDGE_SETTINGS.grace_days)
    hold_days = models.PositiveSmallIntegerField(
        _("account hold (days)"), default=DEFAULT_BRIDGE_SETTINGS.hold_days)
    auto_renew_notice_days = models.PositiveSmallIntegerField(
        _("auto-renewal notice period (days)"),
        default=DEFAULT_BRIDGE_SETTINGS.auto_renew_notice_days)
    offboarding_lead_days = models.PositiveSmallIntegerField(
        _("offboarding starts this many days before the contract end"),
        default=DEFAULT_BRIDGE_SETTINGS.offboarding_lead_days)
    stalled_extensions_limit = models.PositiveSmallIntegerField(
        _("extensions without progress before walking away"),
        default=DEFAULT_WALK_AWAY_SETTINGS.stalled_extensions_limit)
    unanswered_outreach_limit = models.PositiveSmallIntegerField(
        _("unanswered attempts before walking away"),
        default=DEFAULT_WALK_AWAY_SETTINGS.unanswered_outreach_limit)
    longest_bridge_days = models.PositiveSmallIntegerField(
        _("longest bridge (days)"), default=DEFAULT_WALK_AWAY_SETTINGS.longest_bridge_days)
    economics_margin = models.DecimalField(
        _("share of ARR that concessions may reach"), max_digits=4, decimal_places=3,
        default=DEFAULT_WALK_AWAY_SETTINGS.economics_margin)
    low_arr_threshold = models.DecimalField(
        _("low ARR threshold"), max_digits=14, decimal_places=2,
        default=DEFAULT_WALK_AWAY_SETTINGS.low_arr_threshold)
    long_effort_actions = models.PositiveSmallIntegerField(
        _("actions that count as a long effort"),
        default=DEFAULT_WALK_AWAY_SETTINGS.long_effort_actions)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("bridge and walk-away policy")
        verbose_name_plural = _("bridge and walk-away policy")

    def __str__(self) -> str:
        return str(_("Bridge and walk-away policy"))



    def bridge_settings(self) -> BridgeSettings:
        """The engine's bridge settings from this row."""
        return BridgeSettings.from_dict(
            {name: getattr(self, name) for name in BridgeSettings().to_dict()})

    def walk_away_settings(self) -> WalkAwaySettings:
        """The engine's walk-away thresholds from this row."""
        return WalkAwaySettings.from_dict(
            {name: getattr(self, name) for name in WalkAwaySettings().to_dict()})

    def clean(self) -> None:
        # The engine owns the rules (e.g. premium 15-25%), so the admin shows its messages.
        errors: dict[str, Any] = {}
        for build in (self.bridge_settings, self.walk_away_settings):
            try:
                build()
            except InvalidSettings as error:
                errors.update(_engine_errors(error).message_dict)
        if errors:
            raise ValidationError(errors)
