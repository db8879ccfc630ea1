"""The upload form of the import page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

# Far beyond any team's portfolio; keeps one request from holding a worker for minutes.
MAX_FILE_BYTES = 10 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, separated by commas or semicolons, one row per renewal."),
    )
    dry_run = forms.BooleanField(
        label=_("Check only, do not save anything"), required=False, initial=True,
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload
