import datetime
import zoneinfo

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pmc.accounts.models import TIMEZONES
from pmc.forms import TranslatedModelForm
from pmc.text import without_bidi_controls

from .models import Contribution, Flag, Meeting, Outcome, Reflection, Round, Thread

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class ContributionForm(forms.ModelForm):
    class Meta:
        model = Contribution
        fields = ["kind", "body", "language", "anonymous"]
        widgets = {
            "kind": forms.RadioSelect,
            "body": forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        }
        error_messages = {
            "body": {
                "required": _("Please write something before posting."),
                "max_length": _(
                    "Please shorten your text: a contribution can have up to 10,000 characters, and this one has "
                    "%(show_value)s."
                ),
            }
        }
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
        # No maxlength in the page: the browser would cut a long paste short without a word. The length is checked
        # when it is sent, and the whole text comes back with the message.
        self.fields["body"].widget.attrs.pop("maxlength", None)

    def clean_body(self):
        body = without_bidi_controls(self.cleaned_data["body"]).strip()
        if not body:
            raise forms.ValidationError(_("Please write something before posting."))
        return body


class ReplyForm(ContributionForm):
    class Meta(ContributionForm.Meta):
        widgets = {"body": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].widget.attrs.pop("maxlength", None)  # as in ContributionForm


class FlagForm(forms.ModelForm):
    class Meta:
        model = Flag
        fields = ["reason", "note"]
        widgets = {"reason": forms.RadioSelect}
        labels = {"note": _("Anything moderators should know (optional)")}

    def clean_note(self):
        return without_bidi_controls(self.cleaned_data["note"])


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


def _check_dates(form, cleaned) -> None:
    opens_at, closes_at = cleaned.get("opens_at"), cleaned.get("closes_at")
    if opens_at and closes_at and closes_at <= opens_at:
        form.add_error("closes_at", _("The round must close after it opens."))


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class UTCDateTimeField(forms.DateTimeField):
    """A date and time typed and shown in UTC, whatever the viewer's own time zone: round dates are the same
    moment for every region, and the forms say so."""

    def prepare_value(self, value):
        with timezone.override(datetime.UTC):
            return super().prepare_value(value)

    def to_python(self, value):
        with timezone.override(datetime.UTC):
            return super().to_python(value)


class RoundForm(TranslatedModelForm):
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
        field_classes = {"opens_at": UTCDateTimeField, "closes_at": UTCDateTimeField}
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
        _check_dates(self, cleaned)
        return cleaned


class ThreadForm(TranslatedModelForm):
    class Meta:
        model = Thread
        fields = ["thematic_area", *translated_field_names("title"), *translated_field_names("prompt")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True
        for code in LANGUAGE_CODES:
            self.fields[f"prompt_{code}"].widget.attrs["rows"] = 3


class OutcomeForm(TranslatedModelForm):
    """An outcome with its tags; sources are chosen from the round's contributions (see ``source_choices``)."""

    sources = forms.ModelMultipleChoiceField(
        label=_("Sources"), queryset=Contribution.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Outcome
        fields = [
            "kind",
            "addressee",
            "thematic_area",
            *translated_field_names("text"),
            "gcm_objectives",
            "guiding_principles",
            "sdg_targets",
            "derived_from",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "gcm_objectives": forms.CheckboxSelectMultiple,
            "guiding_principles": forms.CheckboxSelectMultiple,
            "sdg_targets": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, round_, **kwargs):
        super().__init__(*args, **kwargs)
        self.round = round_
        self.fields["text_en"].required = True
        for code in LANGUAGE_CODES:
            self.fields[f"text_{code}"].widget.attrs.update({"rows": 3, "dir": "auto"})
        self.fields["derived_from"].queryset = (
            Outcome.objects.published()
            .filter(round__consultation_id=round_.consultation_id, round__opens_at__lt=round_.opens_at)
            .select_related("round")
        )
        self.fields["derived_from"].label_from_instance = lambda o: f"{o.round.title} · #{o.pk} · {o.text[:80]}"
        self.fields["sources"].queryset = Contribution.objects.filter(thread__round=round_)


class ChildRoundForm(TranslatedModelForm):
    invite_emails = forms.CharField(
        label=_("Invite by e-mail"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For invitation-only rounds: one address per line. Each gets a single-use link."),
    )

    class Meta:
        model = Round
        fields = [
            "scope",
            "region",
            "country",
            *translated_field_names("title"),
            *translated_field_names("description"),
            "opens_at",
            "closes_at",
            "access",
        ]
        widgets = {"opens_at": DateTimeInput(), "closes_at": DateTimeInput()}
        field_classes = {"opens_at": UTCDateTimeField, "closes_at": UTCDateTimeField}
        help_texts = {
            "opens_at": _("Coordinated Universal Time (UTC)."),
            "closes_at": _("Coordinated Universal Time (UTC). Regional rounds usually last two weeks."),
        }

    def __init__(self, *args, regions, countries=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope"].choices = [c for c in Round.Scope.choices if c[0] != Round.Scope.GLOBAL]
        self.fields["region"].queryset = regions
        if countries is not None:  # an organiser sees only the countries of their scope
            self.fields["country"].choices = [("", "---------")] + [
                (code, name) for code, name in self.fields["country"].choices if code in countries
            ]
        self.fields["title_en"].required = True

    def clean_invite_emails(self):
        addresses = [line.strip() for line in self.cleaned_data["invite_emails"].splitlines() if line.strip()]
        validator = forms.EmailField()
        bad = []
        for address in addresses:
            try:
                validator.clean(address)
            except forms.ValidationError:
                bad.append(address)
        if bad:
            raise forms.ValidationError(_("These are not e-mail addresses: %(list)s") % {"list": ", ".join(bad[:5])})
        return addresses

    def clean(self):
        cleaned = super().clean()
        scope, region, country = cleaned.get("scope"), cleaned.get("region"), cleaned.get("country")
        if scope == Round.Scope.REGIONAL:
            if not region:
                self.add_error("region", _("Choose the region of a regional round."))
            cleaned["country"] = ""
        elif scope == Round.Scope.NATIONAL:
            if not country:
                self.add_error("country", _("Choose the country of a national round."))
            cleaned["region"] = None
        _check_dates(self, cleaned)
        return cleaned


class ReflectionForm(forms.ModelForm):
    class Meta:
        model = Reflection
        fields = ["stance", "comment", "amendment", "language"]
        widgets = {
            "stance": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "amendment": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        }

    def __init__(self, *args, outcome, **kwargs):
        kwargs.setdefault("prefix", f"o{outcome.pk}")
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.instance.pk:
            self.initial.setdefault("language", get_language())

    def clean_comment(self):
        return without_bidi_controls(self.cleaned_data["comment"])

    def clean_amendment(self):
        return without_bidi_controls(self.cleaned_data["amendment"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("stance") == Reflection.Stance.AMEND and not (cleaned.get("amendment") or "").strip():
            self.add_error("amendment", _("To propose an amendment, write the wording you propose."))
        return cleaned


class FeedbackForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary of your round's feedback"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class MeetingForm(TranslatedModelForm):
    starts_at_local = forms.DateTimeField(
        label=_("Starts at (in the organiser's time zone)"), widget=DateTimeInput(), input_formats=["%Y-%m-%dT%H:%M"]
    )

    class Meta:
        model = Meeting
        fields = [
            *translated_field_names("title"),
            *translated_field_names("description"),
            "kind",
            "timezone",
            "duration_minutes",
            "capacity",
            "join_link",
            "venue",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True
        self.fields["timezone"].widget = forms.Select(choices=[(zone, zone) for zone in TIMEZONES])
        self.order_fields(["title_en", "title_fr", "title_es", "title_ar", "kind", "starts_at_local", "timezone"])

    def clean(self):
        cleaned = super().clean()
        local, zone = cleaned.get("starts_at_local"), cleaned.get("timezone")
        if local and zone:
            cleaned["starts_at"] = local.replace(tzinfo=None).replace(tzinfo=zoneinfo.ZoneInfo(zone))
        if cleaned.get("kind") == Meeting.Kind.ONLINE and not cleaned.get("join_link"):
            self.add_error("join_link", _("An online meeting needs a join link."))
        if cleaned.get("kind") == Meeting.Kind.IN_PERSON and not cleaned.get("venue"):
            self.add_error("venue", _("An in-person meeting needs a venue."))
        return cleaned


class SpeakRequestForm(forms.Form):
    topic = forms.CharField(label=_("What you want to say, in one line"), max_length=200)
    about = forms.ChoiceField(label=_("About"), required=False)

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("The meeting in general"))]
        choices += [(f"t{t.pk}", t.title) for t in meeting.round.threads.all()]
        if meeting.round.parent_id:
            carried = Outcome.objects.filter(round_id=meeting.round.parent_id, state="published")
            choices += [(f"o{o.pk}", f"#{o.pk} {o.text[:60]}") for o in carried]
        self.fields["about"].choices = choices


class MeetingRecordForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["notes", "attendance_total", "attendance_women", "attendance_men"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 6, "dir": "auto"})}

    def clean(self):
        cleaned = super().clean()
        total = cleaned.get("attendance_total")
        counted = (cleaned.get("attendance_women") or 0) + (cleaned.get("attendance_men") or 0)
        if total is not None and counted > total:
            self.add_error("attendance_total", _("Women and men together cannot be more than the total."))
        return cleaned
