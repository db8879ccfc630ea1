"""The renewal portfolio: accounts, their contacts and their renewals."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from delaydesk.money import CURRENCY_DECIMALS


class Language(models.TextChoices):
    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")


class Account(models.Model):
    name = models.CharField(_("name"), max_length=200)
    external_id = models.CharField(_("external ID"), max_length=100, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="accounts",
    )
    team = models.ForeignKey(
        "teams.Team", verbose_name=_("team"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="accounts",
    )
    segment = models.CharField(_("segment"), max_length=50, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.GERMAN
    )
    country = models.CharField(
        _("country"), max_length=2, default="DE", help_text=_("ISO country code, e.g. DE, AT, CH")
    )
    strategic = models.BooleanField(_("strategic account"), default=False)
    fiscal_year_start_month = models.PositiveSmallIntegerField(
        _("fiscal year starts in month"), default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("account")
        verbose_name_plural = _("accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"], condition=~models.Q(external_id=""),
                name="account_external_id_unique",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.country = (self.country or "").strip().upper()
        if len(self.country) != 2 or not self.country.isalpha():
            raise ValidationError({"country": _("Enter a two-letter ISO country code such as DE.")})


class ContactRole(models.TextChoices):
    CHAMPION = "champion", _("Champion")
    ECONOMIC_BUYER = "economic_buyer", _("Economic buyer")
    PROCUREMENT = "procurement", _("Procurement")
    LEGAL = "legal", _("Legal")
    USER = "user", _("User")
    EXECUTIVE = "executive", _("Executive")
    OTHER = "other", _("Other")


class Contact(models.Model):
    account = models.ForeignKey(
        Account, verbose_name=_("account"), on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    role = models.CharField(
        _("role"), max_length=20, choices=ContactRole.choices, default=ContactRole.OTHER
    )
    active = models.BooleanField(_("active"), default=True)
    left_on = models.DateField(_("left on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["account", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name


class Stage(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    IN_CONVERSATION = "in_conversation", _("In conversation")
    DELAYED = "delayed", _("Delayed")
    COMMITTED = "committed", _("Committed")
    RENEWED = "renewed", _("Renewed")
    CHURNED = "churned", _("Churned")
    WALKED_AWAY = "walked_away", _("Walked away")


CLOSED_STAGES = (Stage.RENEWED, Stage.CHURNED, Stage.WALKED_AWAY)


class ForecastCategory(models.TextChoices):
    COMMIT = "commit", _("Commit")
    BEST_CASE = "best_case", _("Best case")
    PIPELINE = "pipeline", _("Pipeline")
    AT_RISK = "at_risk", _("At risk")
    OMITTED = "omitted", _("Omitted")


CURRENCY_CHOICES = [(code, code) for code in sorted(CURRENCY_DECIMALS)]


class Renewal(models.Model):
    account = models.ForeignKey(
        Account, verbose_name=_("account"), on_delete=models.CASCADE, related_name="renewals"
    )
    external_id = models.CharField(_("external ID"), max_length=100, blank=True)
    contract_start = models.DateField(_("contract start"))
    contract_end = models.DateField(_("contract end"))
    arr = models.DecimalField(
        _("ARR"), max_digits=14, decimal_places=2,
        validators=[MinValueValidator(Decimal("0"), message=_("ARR cannot be negative."))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=CURRENCY_CHOICES, default="EUR"
    )
    term_months = models.PositiveSmallIntegerField(
        _("term in months"), default=12, validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    auto_renew = models.BooleanField(_("renews automatically"), default=False)
    notice_days = models.PositiveSmallIntegerField(
        _("notice period in days"), default=60, validators=[MaxValueValidator(365)]
    )
    grace_days = models.PositiveSmallIntegerField(
        _("grace period in days"), default=0, validators=[MaxValueValidator(90)]
    )
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.UPCOMING
    )
    forecast_category = models.CharField(
        _("forecast category"), max_length=20, choices=ForecastCategory.choices,
        default=ForecastCategory.PIPELINE,
    )
    conversation_started_on = models.DateField(_("conversation started on"), null=True, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="renewals",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["contract_end", "id"]
        verbose_name = _("renewal")
        verbose_name_plural = _("renewals")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(contract_end__gt=models.F("contract_start")),
                name="renewal_end_after_start",
            ),
            models.CheckConstraint(condition=models.Q(arr__gte=0), name="renewal_arr_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.account.name} – {self.contract_end:%Y-%m-%d}"

    def clean(self) -> None:
        if self.contract_start and self.contract_end and self.contract_end <= self.contract_start:
            raise ValidationError(
                {"contract_end": _("The contract end must be after the contract start.")}
            )

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED_STAGES
