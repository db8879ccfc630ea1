"""Forms of the playbook panel."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DecisionMakerLevel


class ResponseFactsForm(forms.Form):
    """The facts behind real urgency and the escalation advice, edited in one small form."""

    price_increase_on = forms.DateField(
        label=_("Price increase on"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    budget_cycle_closes_on = forms.DateField(
        label=_("Customer's budget cycle closes on"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    executive_relationship = forms.BooleanField(
        label=_("Our executive knows the customer"), required=False
    )
    decision_maker_level = forms.ChoiceField(
        label=_("Decision maker's level"), choices=DecisionMakerLevel.choices, required=False
    )
    csm_authority_exhausted = forms.BooleanField(
        label=_("My own room for terms is exhausted"), required=False
    )
    escalated = forms.BooleanField(
        label=_("Escalated to an executive (open)"), required=False
    )
