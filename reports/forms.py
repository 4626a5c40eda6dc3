from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from pmc.forms import TranslatedModelForm
from rounds.models import Round

from .models import Brief

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class BriefForm(TranslatedModelForm):
    class Meta:
        model = Brief
        fields = [
            "forum",
            "region",
            "language",
            *[f"title_{code}" for code in LANGUAGE_CODES],
            *[f"executive_summary_{code}" for code in LANGUAGE_CODES],
            "rounds",
            "thematic_areas",
        ]
        widgets = {
            "forum": forms.RadioSelect,
            "rounds": forms.CheckboxSelectMultiple,
            "thematic_areas": forms.CheckboxSelectMultiple,
            **{
                f"executive_summary_{code}": forms.Textarea(attrs={"rows": 6, "dir": "auto"}) for code in LANGUAGE_CODES
            },
        }
        help_texts = {
            "rounds": _(
                "Global rounds whose outcomes the brief compiles (their regional rounds' feedback comes with "
                "them). None chosen: every synthesised global round."
            ),
            "thematic_areas": _("None chosen: all five."),
        }

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["forum"].choices = Brief.Forum.choices  # radio buttons: no empty choice
        self.fields["rounds"].queryset = Round.objects.filter(consultation=consultation, parent__isnull=True)
        self.fields["thematic_areas"].queryset = consultation.thematic_areas.all()
        self.fields["title_en"].required = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("forum") == Brief.Forum.REGIONAL and not cleaned.get("region"):
            self.add_error("region", _("A regional review is for one region: choose it."))
        if cleaned.get("forum") != Brief.Forum.REGIONAL:
            cleaned["region"] = None
        for code in LANGUAGE_CODES:
            words = len((cleaned.get(f"executive_summary_{code}") or "").split())
            if words > 600:
                self.add_error(
                    f"executive_summary_{code}",
                    _("The forums expect an executive summary of about 300–500 words; this one has %(count)s.")
                    % {"count": words},
                )
        return cleaned
