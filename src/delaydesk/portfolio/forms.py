from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from delaydesk.delays.models import Category

from .models import Contact, Renewal, Stage


class PipelineFilterForm(forms.Form):
    owner = forms.TypedChoiceField(label=_("Owner"), required=False, coerce=int, empty_value=None)
    team = forms.TypedChoiceField(label=_("Team"), required=False, coerce=int, empty_value=None)
    stage = forms.ChoiceField(label=_("Stage"), required=False,
                              choices=[("", _("Open stages"))] + list(Stage.choices))
    category = forms.ChoiceField(label=_("Delay category"), required=False,
                                 choices=[("", _("Any"))] + list(Category.choices))
    due = forms.IntegerField(label=_("Contract ends within (days)"), required=False, min_value=0,
                             max_value=3650)
    q = forms.CharField(label=_("Account"), required=False, max_length=100)

    def __init__(self, *args: Any, owners: list[tuple[int, str]],
                 teams: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner = cast(forms.TypedChoiceField, self.fields["owner"])
        owner.choices = [("", _("Everyone I can see")), *owners]
        team = cast(forms.TypedChoiceField, self.fields["team"])
        team.choices = [("", _("All my teams")), *teams]


class StageForm(forms.ModelForm):
    class Meta:
        model = Renewal
        fields = ["stage", "forecast_category"]


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "email", "phone", "role", "active", "left_on"]
        widgets = {"left_on": forms.DateInput(attrs={"type": "date"})}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class AccountForm(forms.ModelForm):
    class Meta:
        from .models import Account

        model = Account
        fields = ["name", "external_id", "segment", "language", "country", "strategic",
                  "fiscal_year_start_month", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}


class RenewalForm(forms.ModelForm):
    class Meta:
        model = Renewal
        fields = ["contract_start", "contract_end", "arr", "currency", "term_months",
                  "auto_renew", "notice_days", "grace_days", "stage", "forecast_category",
                  "conversation_started_on", "external_id"]
        widgets = {"contract_start": DateInput(), "contract_end": DateInput(),
                   "conversation_started_on": DateInput()}
