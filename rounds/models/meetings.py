"""Meetings of a round: open-conversation virtual meetings, in-person meetings and offline consultations."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pmc.accounts.models import validate_timezone

from .discussion import Round, Thread
from .synthesis import Outcome, Reflection


class Meeting(models.Model):
    class Kind(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        OFFLINE_RECORD = "offline_record", _("Offline consultation (recorded afterwards)")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.ONLINE)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=90)
    timezone = models.CharField(
        _("organiser's time zone"), max_length=64, validators=[validate_timezone], default="UTC"
    )
    capacity = models.PositiveIntegerField(_("capacity"), default=100)
    join_link = models.URLField(
        _("join link"), blank=True, help_text=_("Shown to registered participants only, never on public pages.")
    )
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reminded_24h_at = models.DateTimeField(null=True, blank=True)
    reminded_1h_at = models.DateTimeField(null=True, blank=True)
    # The record, written after the meeting (or for an offline consultation).
    notes = models.TextField(_("notes"), blank=True)
    attendance_total = models.PositiveIntegerField(_("participants in total"), null=True, blank=True)
    attendance_women = models.PositiveIntegerField(_("of whom women"), null=True, blank=True)
    attendance_men = models.PositiveIntegerField(_("of whom men"), null=True, blank=True)
    recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(condition=models.Q(capacity__gte=1), name="meeting_capacity_positive"),
            models.CheckConstraint(
                condition=models.Q(attendance_women__isnull=True)
                | models.Q(attendance_total__isnull=True)
                | models.Q(attendance_total__gte=models.F("attendance_women")),
                name="meeting_women_within_total",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("rounds:meeting", kwargs={"pk": self.pk})

    @property
    def ends_at(self):
        from datetime import timedelta

        return self.starts_at + timedelta(minutes=self.duration_minutes)


class MeetingRegistration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.REGISTERED)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["meeting", "user"], name="registration_once_per_meeting")]

    def __str__(self):
        return f"{self.user} · {self.meeting} · {self.status}"


class SpeakRequest(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="speak_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.CharField(_("what you want to say, in one line"), max_length=200)
    thread = models.ForeignKey(Thread, verbose_name=_("thread"), on_delete=models.SET_NULL, null=True, blank=True)
    outcome = models.ForeignKey(Outcome, verbose_name=_("outcome"), on_delete=models.SET_NULL, null=True, blank=True)
    position = models.PositiveIntegerField(default=0)
    spoke_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "created_at", "pk"]

    def __str__(self):
        return self.topic


class MeetingStance(models.Model):
    """The stance a meeting took on an outcome it discussed; counts in the round's feedback like reflections."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="stances")
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="meeting_stances")
    stance = models.CharField(_("stance"), max_length=16, choices=Reflection.Stance.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "outcome"], name="meeting_stance_once")]

    def __str__(self):
        return f"{self.meeting} · {self.stance}"
