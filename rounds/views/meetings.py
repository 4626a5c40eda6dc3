"""Meetings: scheduling, registration, the speakers' list, the record afterwards, calendars."""

import zoneinfo

import icalendar
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import Consultation

from ..forms import MeetingForm, MeetingRecordForm, SpeakRequestForm
from ..models import Meeting, MeetingRegistration, Outcome, Reflection, Round, SpeakRequest
from ..services import RoundError
from ..services.meetings import (
    is_registered,
    meeting_cancel,
    meeting_record,
    meeting_register,
    meeting_schedule,
    speak_request_create,
    speak_request_mark_spoken,
    speak_request_move,
)
from .common import permission_required

SMALL = 5


def _meeting(pk) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("round__consultation", "round__parent"), pk=pk)


def _visible_meeting(request, pk) -> Meeting:
    meeting = _meeting(pk)
    if not request.user.has_perm("rounds.view_round", meeting.round):
        raise Http404
    return meeting


def _in_zone(moment, zone: str):
    try:
        return moment.astimezone(zoneinfo.ZoneInfo(zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return moment


def _suppressed(count):
    if count is None:
        return None
    return "<5" if 0 < count < SMALL else str(count)


@never_cache
@permission_required("rounds.manage_meetings", lambda request, pk: get_object_or_404(Round, pk=pk))
def meeting_create(request, pk):
    round_ = get_object_or_404(Round.objects.select_related("consultation"), pk=pk)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "starts_at_local"}
        meeting = meeting_schedule(round_=round_, acting_user=request.user, **fields)
        messages.success(request, _("The meeting is scheduled."))
        return redirect(meeting)
    return render(
        request,
        "rounds/meeting_form.html",
        {"form": form, "round": round_},
        status=422 if request.method == "POST" else 200,
    )


def meeting_detail(request, pk):
    meeting = _visible_meeting(request, pk)
    registered = is_registered(meeting, request.user)
    can_manage = request.user.has_perm("rounds.manage_meetings", meeting)
    registration = (
        meeting.registrations.filter(user=request.user).exclude(status=MeetingRegistration.Status.CANCELLED).first()
        if request.user.is_authenticated
        else None
    )
    seats_taken = meeting.registrations.filter(status=MeetingRegistration.Status.REGISTERED).count()
    speakers = (
        list(meeting.speak_requests.select_related("user", "thread", "outcome")) if registered or can_manage else []
    )
    stances = list(meeting.stances.select_related("outcome"))
    return render(
        request,
        "rounds/meeting.html",
        {
            "meeting": meeting,
            "round": meeting.round,
            "registration": registration,
            "registered": registered,
            "can_manage": can_manage,
            "can_register": request.user.has_perm("rounds.register_meeting", meeting)
            and meeting.starts_at > timezone.now(),
            "seats_left": max(meeting.capacity - seats_taken, 0),
            "speakers": speakers,
            "speak_form": SpeakRequestForm(meeting=meeting) if registered else None,
            "stances": stances,
            "attendance": {
                "total": _suppressed(meeting.attendance_total),
                "women": _suppressed(meeting.attendance_women),
                "men": _suppressed(meeting.attendance_men),
            },
            "organiser_zone": meeting.timezone,
            "organiser_time": _in_zone(meeting.starts_at, meeting.timezone),
            "viewer_zone": timezone.get_current_timezone_name(),
        },
    )


@require_POST
def meeting_register_view(request, pk):
    meeting = _visible_meeting(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(meeting.get_absolute_url())
    if not request.user.has_perm("rounds.register_meeting", meeting):
        raise PermissionDenied
    try:
        status = meeting_register(meeting=meeting, user=request.user)
    except RoundError as error:
        messages.error(request, str(error))
    else:
        if status == MeetingRegistration.Status.REGISTERED:
            messages.success(request, _("You are registered. The join link is below."))
        else:
            messages.warning(
                request,
                _(
                    "The meeting is full, so you are on the waiting list. If a seat frees up, "
                    "it is yours and we e-mail you."
                ),
            )
    return redirect(meeting)


@require_POST
def meeting_cancel_view(request, pk):
    meeting = _visible_meeting(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(meeting.get_absolute_url())
    meeting_cancel(meeting=meeting, user=request.user)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(meeting)


@require_POST
def speak_request_view(request, pk):
    meeting = _visible_meeting(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(meeting.get_absolute_url())
    if not request.user.has_perm("rounds.register_meeting", meeting):
        raise PermissionDenied
    form = SpeakRequestForm(request.POST, meeting=meeting)
    if not form.is_valid():
        messages.error(request, _("Write in one line what you want to say (200 characters at most)."))
        return redirect(meeting)
    about = form.cleaned_data["about"]
    thread = meeting.round.threads.filter(pk=about[1:]).first() if about.startswith("t") else None
    outcome = (
        Outcome.objects.filter(pk=about[1:], round_id=meeting.round.parent_id, state="published").first()
        if about.startswith("o") and about[1:].isdigit()
        else None
    )
    try:
        speak_request_create(
            meeting=meeting, user=request.user, topic=form.cleaned_data["topic"], thread=thread, outcome=outcome
        )
    except RoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You are on the speakers' list."))
    return redirect(meeting)


def _speak_request_meeting(request, pk):
    return get_object_or_404(SpeakRequest.objects.select_related("meeting__round"), pk=pk).meeting


@require_POST
@permission_required("rounds.manage_meetings", _speak_request_meeting)
def speak_request_update(request, pk):
    speak = get_object_or_404(SpeakRequest, pk=pk)
    action = request.POST.get("action")
    if action in ("up", "down"):
        speak_request_move(request=speak, up=action == "up")
    elif action == "spoke":
        speak_request_mark_spoken(request=speak)
    return redirect(speak.meeting)


@never_cache
@permission_required("rounds.manage_meetings", lambda request, pk: _meeting(pk))
def meeting_record_view(request, pk):
    meeting = _meeting(pk)
    carried = list(Outcome.objects.filter(round_id=meeting.round.parent_id, state="published"))
    existing = {s.outcome_id: s for s in meeting.stances.all()}
    form = MeetingRecordForm(request.POST or None, instance=meeting)
    stance_values = [value for value, _label in Reflection.Stance.choices]
    if request.method == "POST" and form.is_valid():
        stances = {}
        for outcome in carried:
            value = request.POST.get(f"stance-{outcome.pk}", "")
            if value in stance_values:
                stances[outcome.pk] = (value, request.POST.get(f"note-{outcome.pk}", "")[:500])
        try:
            meeting_record(
                meeting=meeting,
                acting_user=request.user,
                stances=stances,
                **{k: form.cleaned_data[k] for k in form.Meta.fields},
            )
        except RoundError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The meeting's record is saved."))
            return redirect(meeting)
    for outcome in carried:
        outcome.recorded = existing.get(outcome.pk)
    return render(
        request,
        "rounds/meeting_record_form.html",
        {
            "meeting": meeting,
            "form": form,
            "carried": carried,
            "stances": Reflection.Stance.choices,
        },
        status=422 if request.method == "POST" else 200,
    )


def upcoming_meetings(request):
    meetings = (
        Meeting.objects.filter(starts_at__gte=timezone.now() - timezone.timedelta(hours=3))
        .exclude(round__state="draft")
        .exclude(kind=Meeting.Kind.OFFLINE_RECORD)
        .select_related("round__consultation")
        .order_by("starts_at")[:100]
    )
    return render(request, "rounds/meetings_upcoming.html", {"meetings": meetings})


def _event(meeting: Meeting) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"meeting-{meeting.pk}@{settings.SITE_URL.split('//')[-1]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("summary", meeting.title)
    # Never the join link: calendars are public and forwarded. The page shows it to registered people.
    event.add("description", f"{meeting.description}\n\n{settings.SITE_URL}{meeting.get_absolute_url()}".strip())
    event.add("url", f"{settings.SITE_URL}{meeting.get_absolute_url()}")
    if meeting.venue:
        event.add("location", meeting.venue)
    return event


def _calendar(name: str, meetings) -> HttpResponse:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//People's Migration Challenge//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(_event(meeting))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="meetings.ics"'
    return response


def meeting_ics(request, pk):
    meeting = _visible_meeting(request, pk)
    return _calendar(meeting.title, [meeting])


def consultation_calendar(request, slug):
    consultation = get_object_or_404(Consultation.objects.public(), slug=slug)
    meetings = (
        Meeting.objects.filter(round__consultation=consultation)
        .exclude(round__state="draft")
        .exclude(kind=Meeting.Kind.OFFLINE_RECORD)
        .order_by("starts_at")
    )
    return _calendar(consultation.title, meetings)
