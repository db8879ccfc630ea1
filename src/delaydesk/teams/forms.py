from __future__ import annotations

import zoneinfo
from typing import Any, cast

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services


class ThrottledLoginForm(AuthenticationForm):
    """The login form, refusing logins after repeated failures for a name or an address."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": _("Too many failed logins. Please wait %(minutes)d minutes and try again."),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        address = self.request.META.get("REMOTE_ADDR", "") if self.request else ""
        if services.login_is_throttled(username=username, address=address):
            raise ValidationError(self.error_messages["throttled"], code="throttled",
                                  params={"minutes": settings.LOGIN_LOCKOUT_MINUTES})
        try:
            cleaned = super().clean()
        except ValidationError:
            services.login_failed(username=username, address=address)
            raise
        services.login_succeeded(username=username)
        return cleaned


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    time_zone = forms.ChoiceField(label=_("Time zone"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z)
        cast(forms.ChoiceField, self.fields["time_zone"]).choices = [(z, z) for z in zones]


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100, required=False)
