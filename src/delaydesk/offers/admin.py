"""Admin for bridge offers and the bridge and walk-away policy."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from delaydesk.policies import PolicyAdmin

from .models import BridgeOffer, BridgePolicy


@admin.register(BridgeOffer)
class BridgeOfferAdmin(SimpleHistoryAdmin):
    list_display = ("renewal", "kind", "price", "currency", "start", "end", "status",
                    "decided_on")
    list_filter = ("status", "kind")
    search_fields = ("renewal__account__name",)
    raw_id_fields = ("renewal", "delay", "proposed_by", "decided_by")


@admin.register(BridgePolicy)
class BridgePolicyAdmin(PolicyAdmin):
    fieldsets = (
        (None, {"fields": (
            "extension_30_days", "extension_60_days", "admin_fee", "month_to_month_premium",
            "pilot_days", "pilot_discount", "grace_days", "hold_days",
            "auto_renew_notice_days", "offboarding_lead_days",
        )}),
        (_("Walk away"), {"fields": (
            "stalled_extensions_limit", "unanswered_outreach_limit", "longest_bridge_days",
            "economics_margin", "low_arr_threshold", "long_effort_actions",
        )}),
    )
