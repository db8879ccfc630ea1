from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Account, Contact, Renewal


@admin.register(Account)
class AccountAdmin(SimpleHistoryAdmin):
    list_display = ("name", "team", "owner", "segment", "country", "strategic")
    list_filter = ("team", "segment", "country", "strategic")
    search_fields = ("name", "external_id")


@admin.register(Contact)
class ContactAdmin(SimpleHistoryAdmin):
    list_display = ("name", "account", "role", "active")
    search_fields = ("name", "email")


@admin.register(Renewal)
class RenewalAdmin(SimpleHistoryAdmin):
    list_display = ("account", "contract_end", "arr", "currency", "stage", "owner")
    list_filter = ("stage", "forecast_category", "currency")
