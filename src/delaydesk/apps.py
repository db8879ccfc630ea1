from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelayDeskConfig(AppConfig):
    """The project itself: base templates, static files, translations, serve and demo."""

    name = "delaydesk"
    label = "delaydesk"
    verbose_name = _("DelayDesk")
