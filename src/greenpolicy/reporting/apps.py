from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "greenpolicy.reporting"
    label = "reporting"
    verbose_name = _("进展报送")
