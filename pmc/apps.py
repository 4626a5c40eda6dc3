from django.apps import AppConfig


class PmcConfig(AppConfig):
    name = "pmc"
    verbose_name = "People's Migration Challenge"
