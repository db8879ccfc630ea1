from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from delaydesk.delays.checklist import signal_choices

from .models import Action, Delay, NextStep


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class DelayForm(forms.ModelForm):
    class Meta:
        model = Delay
        fields = ["communicated_on", "channel", "customer_words", "stated_reason", "stated_type",
                  "assessed_type", "category", "risk", "help_needed", "help_text"]
        field_order = ["communicated_on", "channel", "customer_words", "signals"]
        widgets = {
            "communicated_on": DateInput(),
            "customer_words": forms.Textarea(attrs={"rows": 6}),
            "stated_reason": forms.Textarea(attrs={"rows": 2}),
            "help_text": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["communicated_on"].initial = timezone.localdate
        self.fields["risk"].required = False
        self.fields["risk"].initial = None
        self.fields["risk"].help_text = _("Leave empty to use the diagnosed risk.")
        # Left open, type and category come from the diagnosis; a choice is the CSM's correction.
        for name in ("assessed_type", "category"):
            field = cast(forms.ChoiceField, self.fields[name])  # a TypedChoiceField
            field.required = False
            model_choices = cast("list[tuple[str, Any]]", field.choices)  # flat, from the model
            field.choices = [("", _("Use the diagnosis"))] + [
                c for c in model_choices if c[0] != ""]
            field.initial = ""
        self.fields["signals"] = forms.MultipleChoiceField(
            label=_("What you observed"), required=False, widget=forms.CheckboxSelectMultiple,
            choices=signal_choices(),
        )

    def clean_signals(self) -> dict[str, bool]:
        return {name: True for name in self.cleaned_data.get("signals", [])}


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = ["taken_on", "description", "customer_response"]
        widgets = {
            "taken_on": DateInput(),
            "description": forms.Textarea(attrs={"rows": 2}),
            "customer_response": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["taken_on"].initial = timezone.localdate


class NextStepForm(forms.ModelForm):
    class Meta:
        model = NextStep
        fields = ["what", "due_on", "kind"]
        widgets = {"due_on": DateInput()}
