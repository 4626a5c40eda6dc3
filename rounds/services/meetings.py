"""Meetings: scheduling, registration with a waiting list, requests to speak, reminders, records."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from pmc.accounts.services import email_queue

from ..models import Meeting, MeetingRegistration, MeetingStance, Outcome, Round, SpeakRequest
from . import RoundError

Status = MeetingRegistration.Status


def meeting_schedule(*, round_: Round, acting_user, **fields) -> Meeting:
    with transaction.atomic(durable=True):
        fields["title"] = fields.get("title_en") or fields.get("title", "")
        return Meeting.objects.create(round=round_, created_by=acting_user, **fields)


def meeting_register(*, meeting: Meeting, user) -> str:
    """Register for a meeting: a seat if one is free, else the waiting list. Returns the resulting status.

    The meeting row is locked, so two people taking the last seat at once cannot both get it.
    """
    with transaction.atomic(durable=True):
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if locked.starts_at <= timezone.now():
            raise RoundError(_("This meeting has already started."))
        taken = locked.registrations.filter(status=Status.REGISTERED).exclude(user=user).count()
        status = Status.REGISTERED if taken < locked.capacity else Status.WAITING
        registration, created = MeetingRegistration.objects.get_or_create(
            meeting=locked, user=user, defaults={"status": status}
        )
        if not created and registration.status == Status.CANCELLED:
            registration.status = status
            registration.save(update_fields=["status", "updated_at"])
        return registration.status


def meeting_cancel(*, meeting: Meeting, user) -> MeetingRegistration | None:
    """Give up one's seat (or waiting-list place). The first person waiting takes a freed seat and is e-mailed.
    Returns the registration promoted, if any."""
    with transaction.atomic(durable=True):
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        registration = locked.registrations.filter(user=user).exclude(status=Status.CANCELLED).first()
        if registration is None:
            return None
        freed = registration.status == Status.REGISTERED
        registration.status = Status.CANCELLED
        registration.save(update_fields=["status", "updated_at"])
        promoted = None
        if freed:
            promoted = locked.registrations.filter(status=Status.WAITING).select_related("user").first()
            if promoted:
                promoted.status = Status.REGISTERED
                promoted.save(update_fields=["status", "updated_at"])
                _email(
                    promoted.user,
                    locked,
                    gettext_noop("A seat is free for you: “%(title)s”"),
                    gettext_noop(
                        "Someone cancelled, so you now have a seat at “%(title)s”, on %(when)s (UTC). "
                        "The join link is on the meeting's page: %(url)s"
                    ),
                )
        return promoted


def _email(user, meeting: Meeting, subject: str, body: str) -> None:
    """E-mail a participant about a meeting in their own language (subject and body are untranslated msgids)."""
    with override(user.preferred_language):
        url = settings.SITE_URL + reverse("rounds:meeting", kwargs={"pk": meeting.pk})
        values = {"title": meeting.title, "when": meeting.starts_at.strftime("%Y-%m-%d %H:%M"), "url": url}
        email_queue(
            subject=_(subject) % values, body=_(body) % values, from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email]
        )


def is_registered(meeting: Meeting, user) -> bool:
    return user.is_authenticated and meeting.registrations.filter(user=user, status=Status.REGISTERED).exists()


def speak_request_create(*, meeting: Meeting, user, topic: str, thread=None, outcome=None) -> SpeakRequest:
    with transaction.atomic(durable=True):
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if not is_registered(locked, user):
            raise RoundError(_("Register for the meeting first: the speakers' list is for registered participants."))
        position = (locked.speak_requests.aggregate(n=Max("position"))["n"] or 0) + 1
        return SpeakRequest.objects.create(
            meeting=locked, user=user, topic=topic, thread=thread, outcome=outcome, position=position
        )


def speak_request_move(*, request: SpeakRequest, up: bool) -> None:
    """Swap a request with its neighbour in the speakers' list."""
    with transaction.atomic(durable=True):
        Meeting.objects.select_for_update().get(pk=request.meeting_id)
        ordered = list(SpeakRequest.objects.filter(meeting_id=request.meeting_id).order_by("position", "pk"))
        index = next(i for i, r in enumerate(ordered) if r.pk == request.pk)
        other = index - 1 if up else index + 1
        if 0 <= other < len(ordered):
            ordered[index], ordered[other] = ordered[other], ordered[index]
        for position, item in enumerate(ordered, start=1):
            if item.position != position:
                SpeakRequest.objects.filter(pk=item.pk).update(position=position)


def speak_request_mark_spoken(*, request: SpeakRequest) -> None:
    SpeakRequest.objects.filter(pk=request.pk, spoke_at__isnull=True).update(spoke_at=timezone.now())


REMINDERS = [
    ("reminded_24h_at", datetime.timedelta(hours=24), gettext_noop("Tomorrow: “%(title)s”")),
    ("reminded_1h_at", datetime.timedelta(hours=1), gettext_noop("In one hour: “%(title)s”")),
]


def meeting_reminders_send(*, now=None) -> int:
    """Beat task: e-mail registered participants 24 hours and 1 hour before a meeting, each exactly once."""
    now = now or timezone.now()
    sent = 0
    for field, ahead, subject in REMINDERS:
        due = Meeting.objects.filter(**{f"{field}__isnull": True}, starts_at__gt=now, starts_at__lte=now + ahead)
        for meeting_id in list(due.values_list("pk", flat=True)):
            with transaction.atomic(durable=True):
                meeting = Meeting.objects.select_for_update().get(pk=meeting_id)
                if getattr(meeting, field) is not None:
                    continue  # another beat run got there first
                setattr(meeting, field, now)
                meeting.save(update_fields=[field])
                for registration in meeting.registrations.filter(status=Status.REGISTERED).select_related("user"):
                    _email(
                        registration.user,
                        meeting,
                        subject,
                        gettext_noop("“%(title)s” starts on %(when)s (UTC). Join link and details: %(url)s"),
                    )
                    sent += 1
    return sent


def meeting_record(
    *,
    meeting: Meeting,
    acting_user,
    notes: str,
    attendance_total,
    attendance_women,
    attendance_men,
    stances: dict[int, tuple[str, str]],
) -> Meeting:
    """Record what happened: notes, attendance, and the meeting's stance on each outcome it discussed."""
    carried = set(
        Outcome.objects.filter(round_id=meeting.round.parent_id, state="published").values_list("pk", flat=True)
    )
    with transaction.atomic(durable=True):
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        locked.notes, locked.attendance_total = notes, attendance_total
        locked.attendance_women, locked.attendance_men = attendance_women, attendance_men
        locked.recorded_at = timezone.now()
        locked.save()
        locked.stances.exclude(outcome_id__in=stances).delete()
        for outcome_id, (stance, note) in stances.items():
            if outcome_id not in carried:
                raise RoundError(_("This outcome is not carried into this round."))
            MeetingStance.objects.update_or_create(
                meeting=locked, outcome_id=outcome_id, defaults={"stance": stance, "note": note}
            )
    return locked
