from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Contribution, Flag, Round, Thread

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class ContributionForm(forms.ModelForm):
    class Meta:
        model = Contribution
        fields = ["kind", "body", "language", "anonymous"]
        widgets = {
            "kind": forms.RadioSelect,
            "body": forms.Textarea(attrs={"rows": 6, "dir": "auto", "maxlength": 10_000}),
        }
        error_messages = {"body": {"required": _("Please write something before posting.")}}
        help_texts = {
            "body": _("Markdown works: **bold**, *italic*, lists, links. Up to 10,000 characters."),
            "anonymous": _(
                "Others will see “Anonymous participant” instead of your display name. "
                "Moderators can still see who wrote it if it is reported for abuse."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.instance.pk:
            self.initial.setdefault("language", get_language())

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Please write something before posting."))
        return body


class ReplyForm(ContributionForm):
    class Meta(ContributionForm.Meta):
        widgets = {"body": forms.Textarea(attrs={"rows": 3, "dir": "auto", "maxlength": 10_000})}

    def __init__(self, *args, parent=None, **kwargs):
        # One reply form per contribution on a page: ids must differ.
        kwargs.setdefault("prefix", "reply")
        if parent is not None:
            kwargs.setdefault("auto_id", f"id_r{parent.pk}_%s")
        super().__init__(*args, **kwargs)
        self.initial.setdefault("kind", Contribution.Kind.OPINION)


class ContributionEditForm(forms.ModelForm):
    class Meta:
        model = Contribution
        fields = ["kind", "body"]
        widgets = {"kind": forms.RadioSelect, "body": forms.Textarea(attrs={"rows": 6, "dir": "auto"})}
        error_messages = ContributionForm.Meta.error_messages

    clean_body = ContributionForm.clean_body


class FlagForm(forms.ModelForm):
    class Meta:
        model = Flag
        fields = ["reason", "note"]
        widgets = {"reason": forms.RadioSelect}
        labels = {"note": _("Anything moderators should know (optional)")}


class ModerationForm(forms.Form):
    ACTIONS = [
        ("hide", _("Hide it")),
        ("restore", _("Restore it")),
        ("dismiss", _("Dismiss the flags and leave it visible")),
    ]
    action = forms.ChoiceField(label=_("Decision"), choices=ACTIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason (kept in the audit log)"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


class SuspensionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept in the audit log)"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


def translated_field_names(*fields: str) -> list[str]:
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES]


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class RoundForm(forms.ModelForm):
    class Meta:
        model = Round
        fields = [
            *translated_field_names("title"),
            *translated_field_names("description"),
            *translated_field_names("guiding_questions"),
            "sequence",
            "opens_at",
            "closes_at",
            "access",
        ]
        widgets = {"opens_at": DateTimeInput(), "closes_at": DateTimeInput()}
        help_texts = {
            "opens_at": _("Coordinated Universal Time (UTC)."),
            "closes_at": _("Coordinated Universal Time (UTC)."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True
        for name in ("guiding_questions_en", "guiding_questions_fr", "guiding_questions_es", "guiding_questions_ar"):
            self.fields[name].widget.attrs["rows"] = 3

    def clean(self):
        cleaned = super().clean()
        opens_at, closes_at = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error("closes_at", _("The round must close after it opens."))
        return cleaned


class ThreadForm(forms.ModelForm):
    class Meta:
        model = Thread
        fields = ["thematic_area", *translated_field_names("title"), *translated_field_names("prompt")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True
        for code in LANGUAGE_CODES:
            self.fields[f"prompt_{code}"].widget.attrs["rows"] = 3
