"""Reminder policy, in-app notifications, digest deliveries and calendar feeds."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .rules import DEFAULT_SETTINGS, InvalidPolicy, ReminderSettings, parse_milestones
from .texts import Wording, describe, link_for

_DAYS = [MinValueValidator(0), MaxValueValidator(730)]


def _installation_id() -> str:
    return uuid.uuid4().hex


class ReminderPolicy(models.Model):
    """The one set of reminder thresholds for this installation (row pk=1)."""

    conversation_start_days = models.PositiveSmallIntegerField(
        _("start the renewal conversation this many days before the contract end"),
        default=DEFAULT_SETTINGS.conversation_start_days, validators=_DAYS)
    milestones = models.CharField(
        _("milestones (days before the contract end)"), max_length=100,
        default=", ".join(str(m) for m in DEFAULT_SETTINGS.milestones),
        help_text=_("Whole numbers separated by commas, e.g. 120, 90, 60, 30, 14"))
    notice_warning_days = models.PositiveSmallIntegerField(
        _("warn this many days before a notice deadline"),
        default=DEFAULT_SETTINGS.notice_warning_days, validators=_DAYS)
    expiry_warning_days = models.PositiveSmallIntegerField(
        _("warn this many days before a bridge or grace period ends"),
        default=DEFAULT_SETTINGS.expiry_warning_days, validators=_DAYS)
    stakeholder_check_days = models.PositiveSmallIntegerField(
        _("check the stakeholders from this many days before the contract end"),
        default=DEFAULT_SETTINGS.stakeholder_check_days, validators=_DAYS)
    quiet_risk_days = models.PositiveSmallIntegerField(
        _("flag a risk delay after this many days without activity"),
        default=DEFAULT_SETTINGS.quiet_risk_days, validators=_DAYS)
    upcoming_days = models.PositiveSmallIntegerField(
        _("the digest looks ahead this many days"),
        default=DEFAULT_SETTINGS.upcoming_days, validators=_DAYS)
    # Part of every calendar event's UID, so two installations never share one.
    installation_id = models.CharField(max_length=32, default=_installation_id, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reminder policy")
        verbose_name_plural = _("reminder policy")

    def __str__(self) -> str:
        return str(_("Reminder policy"))

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.pk = 1  # one row only: the admin edits it, never adds a second
        if self._state.adding:
            # A fresh object overwrites the row; the installation's id (in every calendar
            # UID) must survive that.
            existing = (ReminderPolicy.objects.filter(pk=1)
                        .values_list("installation_id", flat=True).first())
            if existing:
                self.installation_id = existing
        super().save(*args, **kwargs)

    @classmethod
    def get(cls) -> ReminderPolicy:
        """Return the single policy row, creating it with the defaults."""
        policy, _created = cls.objects.get_or_create(pk=1)
        return policy

    def reminder_settings(self) -> ReminderSettings:
        """The rules' settings from this row."""
        return ReminderSettings(
            conversation_start_days=self.conversation_start_days,
            milestones=parse_milestones(self.milestones),
            notice_warning_days=self.notice_warning_days,
            expiry_warning_days=self.expiry_warning_days,
            stakeholder_check_days=self.stakeholder_check_days,
            quiet_risk_days=self.quiet_risk_days,
            upcoming_days=self.upcoming_days,
        )

    def clean(self) -> None:
        try:
            self.milestones = ", ".join(str(m) for m in parse_milestones(self.milestones))
        except InvalidPolicy:
            raise ValidationError({"milestones": _(
                "Enter whole numbers of days between 1 and 730, separated by commas.")}) from None


class Notification(models.Model):
    """Something a user should look at, shown on /notifications/ until read.

    The text is rendered from ``kind`` and ``params`` in the reader's language; ``key`` makes
    sure the same flag notifies a user once.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="notifications")
    renewal = models.ForeignKey("portfolio.Renewal", verbose_name=_("renewal"), null=True,
                                blank=True, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=40)
    key = models.CharField(_("key"), max_length=200)
    severity = models.CharField(_("severity"), max_length=10, default="info")
    on = models.DateField(_("date"), null=True, blank=True)
    params = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="notification_once_per_user"),
        ]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread")]

    def __str__(self) -> str:
        return f"{self.user}: {self.key}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def wording(self) -> Wording:
        """Title, hint and suggested action in the active language."""
        return describe(self.kind, self.params, self.on)

    @property
    def url(self) -> str:
        if self.renewal is None:
            return ""
        return link_for(self.kind, self.params, renewal_id=self.renewal.pk,
                        account_id=self.renewal.account_id)


class DigestDelivery(models.Model):
    """One daily digest per user and day: the row is the lock that makes ``remind`` idempotent.

    It is inserted in the same transaction that sends the e-mail, so a second run (on this or
    another host) either waits and then finds it, or finds nothing because the send failed.
    """

    class Outcome(models.TextChoices):
        SENT = "sent", _("sent")
        NOTHING = "nothing", _("nothing to send")
        NO_EMAIL = "no_email", _("no e-mail address")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="digest_deliveries")
    day = models.DateField(_("day"))
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    items = models.PositiveIntegerField(_("items"), default=0)
    host = models.CharField(_("sent from host"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-day", "user"]
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="digest_once_per_user_and_day"),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.day:%Y-%m-%d} ({self.outcome})"


def _feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A secret, revocable address of a user's calendar feed (.ics)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="calendar_feeds")
    # Shown again on the feed page (calendar apps need the whole address), hence not hashed.
    token = models.CharField(_("token"), max_length=64, unique=True, default=_feed_token)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.UniqueConstraint(fields=["user"], condition=models.Q(revoked_at__isnull=True),
                                    name="one_active_calendar_feed_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.token[:6]}…)"

    @property
    def active(self) -> bool:
        return self.revoked_at is None
