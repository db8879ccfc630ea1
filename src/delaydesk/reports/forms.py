"""Forms of the reports app: the post-mortem and the patterns filter."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from delaydesk.delays.forms import DateInput
from delaydesk.delays.models import DelayType
from delaydesk.portfolio.models import Language

from .models import Lesson


class PostMortemForm(forms.Form):
    """Three short answers and the lessons, after a delayed renewal closed."""

    cause_type = forms.ChoiceField(
        label=_("What was the real cause, looking back?"), choices=DelayType.choices)
    cause = forms.CharField(
        label=_("What caused the delay?"), max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The real reason, not only what the customer said."))
    differently = forms.CharField(
        label=_("What could we have done differently?"), max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}))
    prevention = forms.CharField(
        label=_("How do we prevent it next time?"), max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}))
    lessons = forms.MultipleChoiceField(
        label=_("Lessons"), required=False, choices=Lesson.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick what applies; the patterns page counts them across accounts."))


class PatternFilterForm(forms.Form):
    """Which delays the patterns page looks at."""

    team = forms.TypedChoiceField(label=_("Team"), required=False, coerce=int, empty_value=None)
    segment = forms.ChoiceField(label=_("Segment"), required=False)
    language = forms.ChoiceField(
        label=_("Language"), required=False,
        choices=[("", _("All languages")), *Language.choices])
    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("To"), required=False, widget=DateInput())

    def __init__(self, *args: Any, teams: list[tuple[int, str]], segments: list[str],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        team = cast(forms.ChoiceField, self.fields["team"])
        segment = cast(forms.ChoiceField, self.fields["segment"])
        team.choices = [("", _("All my teams")), *teams]
        segment.choices = [("", _("All segments"))] + [(s, s) for s in segments]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end of the period must not be before its start."))
        return data
