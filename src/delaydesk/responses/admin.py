"""Admin: the playbook policy (one row) and the facts behind urgency and escalation."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from .models import AccountFacts, RenewalEscalation, ResponsePolicy


@admin.register(ResponsePolicy)
class ResponsePolicyAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "escalation_arr_threshold", "escalation_max_open_per_team",
                    "max_discount_percent", "reonboarding_business_days")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not ResponsePolicy.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> Any:
        # One row only: go straight to it.
        policy = ResponsePolicy.get()
        return HttpResponseRedirect(
            reverse("admin:responses_responsepolicy_change", args=[policy.pk])
        )


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
