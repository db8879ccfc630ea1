"""Admin for the reminder policy, digest deliveries, notifications and calendar feeds."""

from __future__ import annotations

from django.contrib import admin

from delaydesk.policies import PolicyAdmin

from .models import CalendarFeed, DigestDelivery, Notification, ReminderPolicy


@admin.register(ReminderPolicy)
class ReminderPolicyAdmin(PolicyAdmin):
    fields = ("conversation_start_days", "milestones", "notice_warning_days",
              "expiry_warning_days", "stakeholder_check_days", "quiet_risk_days",
              "upcoming_days")


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    list_display = ("day", "user", "outcome", "items", "host", "created_at")
    list_filter = ("outcome", "day")
    search_fields = ("user__username",)
    readonly_fields = ("user", "day", "outcome", "items", "host", "created_at")


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("created_at", "user", "kind", "severity", "renewal", "read_at")
    list_filter = ("kind", "severity")
    search_fields = ("user__username", "key")
    raw_id_fields = ("user", "renewal")


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ("user", "created_at", "last_used_at", "revoked_at")
    exclude = ("token",)  # the secret address is the user's business
    readonly_fields = ("user", "created_at", "last_used_at")
