from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Consultation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class ConsultationForm(forms.ModelForm):
    class Meta:
        model = Consultation
        fields = [
            *[f"title_{code}" for code in LANGUAGE_CODES],
            "slug",
            *[f"description_{code}" for code in LANGUAGE_CODES],
            "status",
            "starts_on",
            "ends_on",
            "thematic_areas",
        ]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
            "thematic_areas": forms.CheckboxSelectMultiple,
        }
        help_texts = {"slug": _("The short name in the page address, e.g. peoples-migration-challenge-2026.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The consultation cannot end before it starts."))
        return cleaned
