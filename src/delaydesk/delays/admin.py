from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Action, Delay, NextStep


@admin.register(Delay)
class DelayAdmin(SimpleHistoryAdmin):
    list_display = ("renewal", "communicated_on", "category", "assessed_type", "risk", "status")
    list_filter = ("category", "assessed_type", "status")


admin.site.register(Action, SimpleHistoryAdmin)
admin.site.register(NextStep, SimpleHistoryAdmin)
