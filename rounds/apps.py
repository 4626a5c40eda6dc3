from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoundsConfig(AppConfig):
    name = "rounds"
    verbose_name = _("Rounds")

    def ready(self):
        from pmc.accounts import registry

        from . import personal_data, signals  # noqa: F401  (signals connects its receivers)

        registry.register("rounds", personal_data.export, personal_data.erase)
