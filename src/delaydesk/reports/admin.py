from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from delaydesk.policies import PolicyAdmin

from .models import PostMortem, ReportPolicy, WeeklyDelivery


@admin.register(ReportPolicy)
class ReportPolicyAdmin(PolicyAdmin):
    fieldsets = [
        (None, {"fields": ["upcoming", "in_conversation", "delayed", "committed", "renewed",
                           "churned", "walked_away"]}),
        (None, {"fields": ["administrative_adjustment", "decision_adjustment",
                           "risk_adjustment", "top_risks"]}),
    ]


@admin.register(PostMortem)
class PostMortemAdmin(SimpleHistoryAdmin):
    list_display = ["renewal", "outcome", "cause_type", "written_by", "created_at"]
    list_filter = ["outcome", "cause_type"]
    search_fields = ["renewal__account__name", "cause", "prevention"]
    raw_id_fields = ["renewal"]


@admin.register(WeeklyDelivery)
class WeeklyDeliveryAdmin(admin.ModelAdmin):
    list_display = ["week", "scope", "team", "owner", "sent_at", "times_sent"]
    list_filter = ["week"]
    readonly_fields = ["scope", "week", "team", "owner", "recipients", "claimed_at", "sent_at",
                       "times_sent"]
