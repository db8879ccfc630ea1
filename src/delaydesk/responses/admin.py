"""Admin: the playbook policy (one row) and the facts behind urgency and escalation."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from delaydesk.policies import PolicyAdmin

from .models import AccountFacts, RenewalEscalation, ResponsePolicy


@admin.register(ResponsePolicy)
class ResponsePolicyAdmin(PolicyAdmin):
    list_display = ("__str__", "escalation_arr_threshold", "escalation_max_open_per_team",
                    "max_discount_percent", "reonboarding_business_days")


@admin.register(AccountFacts)
class AccountFactsAdmin(SimpleHistoryAdmin):
    list_display = ("account", "price_increase_on", "budget_cycle_closes_on",
                    "executive_relationship")
    search_fields = ("account__name",)
    raw_id_fields = ("account",)


@admin.register(RenewalEscalation)
class RenewalEscalationAdmin(SimpleHistoryAdmin):
    list_display = ("renewal", "decision_maker_level", "csm_authority_exhausted", "open",
                    "escalated_on")
    list_filter = ("open", "decision_maker_level")
    raw_id_fields = ("renewal",)
    exclude = ("updated_by",)
