"""The delay log: delays, the actions taken on them and the next steps."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class DelayType(models.TextChoices):
    BUDGET = "budget", _("Budget timing")
    PROCESS = "process", _("Process and paperwork")
    ALIGNMENT = "alignment", _("Stakeholder alignment")
    CHAMPION_CHANGE = "champion_change", _("Champion change")
    PRIORITY = "priority", _("Other priorities")
    HIDDEN_PROBLEM = "hidden_problem", _("Hidden problem")
    SHOPPING = "shopping", _("Evaluating alternatives")
    UNKNOWN = "unknown", _("Unknown")


class Category(models.TextChoices):
    ADMINISTRATIVE = "administrative", _("Administrative")
    DECISION = "decision", _("Decision")
    RISK = "risk", _("Risk")


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    CALL = "call", _("Phone call")
    MEETING = "meeting", _("Meeting")
    CHAT = "chat", _("Chat")
    VOICEMAIL = "voicemail", _("Voicemail")
    OTHER = "other", _("Other")


class DelayStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")


class Delay(models.Model):
    """One delay log entry: what the customer said, what we think it really is."""

    renewal = models.ForeignKey(
        "portfolio.Renewal", verbose_name=_("renewal"), on_delete=models.CASCADE,
        related_name="delays",
    )
    communicated_on = models.DateField(_("communicated on"))
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices,
                               default=Channel.EMAIL)
    customer_words = models.TextField(_("the customer's words"), blank=True)
    stated_reason = models.TextField(_("stated reason"), blank=True)
    stated_type = models.CharField(_("stated type"), max_length=20, choices=DelayType.choices,
                                   blank=True)
    assessed_type = models.CharField(_("assessed type"), max_length=20,
                                     choices=DelayType.choices, default=DelayType.UNKNOWN)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices,
                                default=Category.DECISION)
    risk = models.PositiveSmallIntegerField(
        _("risk"), default=50, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    # What the diagnosis engine said, kept next to the CSM's view to learn from corrections.
    model_type = models.CharField(_("diagnosed type"), max_length=20, blank=True)
    model_category = models.CharField(_("diagnosed category"), max_length=20, blank=True)
    model_risk = models.PositiveSmallIntegerField(_("diagnosed risk"), null=True, blank=True)
    model_confidence = models.FloatField(_("diagnosis confidence"), null=True, blank=True)
    signals = models.JSONField(_("observed signals"), default=dict, blank=True)
    help_needed = models.BooleanField(_("help needed"), default=False)
    help_text = models.TextField(_("help needed from the team"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=DelayStatus.choices,
                              default=DelayStatus.OPEN)
    resolved_on = models.DateField(_("resolved on"), null=True, blank=True)
    archived_on = models.DateField(_("archived on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-communicated_on", "-id"]
        verbose_name = _("delay")
        verbose_name_plural = _("delays")
        constraints = [
            models.CheckConstraint(condition=models.Q(risk__gte=0, risk__lte=100),
                                   name="delay_risk_range"),
        ]

    def __str__(self) -> str:
        return f"{self.renewal} – {self.get_assessed_type_display()}"

    def get_model_type_display(self) -> str:
        return str(dict(DelayType.choices).get(self.model_type, self.model_type))

    def get_model_category_display(self) -> str:
        return str(dict(Category.choices).get(self.model_category, self.model_category))

    @property
    def corrected(self) -> bool:
        """Whether the CSM's view differs from the diagnosis."""
        return bool(self.model_type) and (
            self.model_type != self.assessed_type or self.model_category != self.category
        )


class Action(models.Model):
    """Something we did about a delay, and how the customer responded."""

    delay = models.ForeignKey(Delay, verbose_name=_("delay"), on_delete=models.CASCADE,
                              related_name="actions")
    taken_on = models.DateField(_("date"))
    description = models.TextField(_("what we did"))
    customer_response = models.TextField(_("how the customer responded"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-taken_on", "-id"]
        verbose_name = _("action taken")
        verbose_name_plural = _("actions taken")

    def __str__(self) -> str:
        return self.description[:60]


class NextStepKind(models.TextChoices):
    OUR_ACTION = "our_action", _("Our action")
    CUSTOMER_COMMITMENT = "customer_commitment", _("Customer commitment")
    CHECK_IN = "check_in", _("Check-in")
    DECISION_DEADLINE = "decision_deadline", _("Decision deadline")


class NextStep(models.Model):
    """A dated next step on a renewal, usually arising from a delay."""

    renewal = models.ForeignKey(
        "portfolio.Renewal", verbose_name=_("renewal"), on_delete=models.CASCADE,
        related_name="next_steps",
    )
    delay = models.ForeignKey(
        Delay, verbose_name=_("delay"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="next_steps",
    )
    what = models.CharField(_("what"), max_length=300)
    due_on = models.DateField(_("due on"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="next_steps",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=NextStepKind.choices,
                            default=NextStepKind.OUR_ACTION)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("next step")
        verbose_name_plural = _("next steps")

    def __str__(self) -> str:
        return self.what
