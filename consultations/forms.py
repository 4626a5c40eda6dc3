from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from pmc.accounts.models import Region, User
from pmc.forms import TranslatedModelForm

from .models import Consultation, RoleAssignment

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _country_choices():
    """Country names in the reader's language, sorted for it (read at each rendering, not once at start-up)."""
    return [("", "---------"), *countries]


class ConsultationForm(TranslatedModelForm):
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


class RoleAssignmentForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of their account"),
        help_text=_(
            "The person must have an account already. Only you see the address; others see their display name."
        ),
    )
    role = forms.ChoiceField(label=_("Role"), choices=RoleAssignment.Role.choices)
    region = forms.ModelChoiceField(label=_("Region"), queryset=Region.objects.all(), required=False)
    country = LazyTypedChoiceField(label=_("Country"), choices=_country_choices, required=False)

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = User.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("No account uses this address. Ask the person to sign up first."))
        self.user = user
        return email
