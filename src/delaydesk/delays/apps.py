from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelaysConfig(AppConfig):
    name = "delaydesk.delays"
    label = "delays"
    verbose_name = _("Delay log")
