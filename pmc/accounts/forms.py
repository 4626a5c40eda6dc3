from django import forms
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from ..text import has_hidden_characters, normalised_name
from .models import TIMEZONES, User


def timezone_choices(blank_label):
    return [("", blank_label), *((zone, zone) for zone in TIMEZONES)]


class ProfileForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["timezone"].widget = forms.Select(choices=timezone_choices("---------"))

    class Meta:
        model = User
        fields = [
            "display_name",
            "country",
            "stakeholder_group",
            "organisation",
            "preferred_language",
            "timezone",
            "gender",
            "age_band",
        ]

    def clean_display_name(self):
        name = normalised_name(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError(_("Please choose a display name."))
        if "@" in name:
            raise forms.ValidationError(_("A display name cannot contain “@”: it must not be an e-mail address."))
        if has_hidden_characters(name):
            raise forms.ValidationError(
                _("A display name cannot contain invisible characters that change how it reads. Please retype it.")
            )
        taken = (
            User.objects.annotate(lower_name=Lower("display_name"))
            .filter(lower_name=name.lower())
            .exclude(pk=self.instance.pk)
            .exists()
        )
        if taken:
            raise forms.ValidationError(_("Someone already uses this display name. Please choose another."))
        return name


class EraseForm(forms.Form):
    password = forms.CharField(label=_("Your password, to confirm"), widget=forms.PasswordInput, strip=False)
    understood = forms.BooleanField(
        label=_(
            "I understand: my account, e-mail address and profile are deleted for good. What I wrote stays, "
            "signed “Former participant”."
        )
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password
