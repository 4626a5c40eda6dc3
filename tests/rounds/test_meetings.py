import datetime
import threading

import icalendar
import pytest
from django.db import connection
from django.utils import timezone

from consultations.models import RoleAssignment
from rounds.feedback import outcome_feedback
from rounds.models import Meeting, MeetingRegistration, SpeakRequest
from rounds.services.meetings import (
    meeting_cancel,
    meeting_record,
    meeting_register,
    meeting_reminders_send,
    speak_request_create,
)

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from .factories import OutcomeFactory, RoundFactory, child_round

NOW = timezone.now().replace(microsecond=0)
JOIN = "https://meet.example.org/pmc-round-2"


def make_meeting(round_=None, **fields):
    values = {
        "title": "Open conversation",
        "title_en": "Open conversation",
        "kind": "online",
        "join_link": JOIN,
        "starts_at": NOW + datetime.timedelta(days=3),
        "capacity": 2,
        "timezone": "Asia/Manila",
    }
    return Meeting.objects.create(round=round_ or RoundFactory(), **(values | fields))


@pytest.mark.django_db
def test_organiser_schedules_in_their_time_zone_and_viewers_see_theirs(client):
    round_ = RoundFactory()
    organiser = UserFactory()
    RoleFactory(consultation=round_.consultation, user=organiser, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(organiser)
    response = client.post(
        f"/en/rounds/{round_.pk}/meetings/new/",
        {
            "title_en": "Open conversation on regional feedback",
            "kind": "online",
            "join_link": JOIN,
            "starts_at_local": "2026-12-03T18:00",
            "timezone": "Asia/Manila",
            "duration_minutes": 90,
            "capacity": 50,
        },
        follow=True,
    )
    assert "The meeting is scheduled." in response.content.decode()
    meeting = Meeting.objects.get()
    assert meeting.starts_at == datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.UTC)

    viewer = UserFactory(timezone="America/Mexico_City")
    client.force_login(viewer)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "04:00</time> (America/Mexico_City)" in page and "18:00 (Asia/Manila)" in page
    assert JOIN not in page  # not registered: no join link


@pytest.mark.django_db
def test_online_meeting_without_a_join_link_is_refused_with_a_message(client):
    round_ = RoundFactory()
    user = UserFactory()
    RoleFactory(consultation=round_.consultation, user=user, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(user)
    response = client.post(
        f"/en/rounds/{round_.pk}/meetings/new/",
        {
            "title_en": "Kept",
            "kind": "online",
            "starts_at_local": "2026-12-03T18:00",
            "timezone": "UTC",
            "duration_minutes": 60,
            "capacity": 10,
        },
    )
    assert response.status_code == 422 and "needs a join link" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_capacity_waiting_list_and_promotion_with_an_email(sent_mail):
    meeting = make_meeting(capacity=1)
    first, second = UserFactory(), UserFactory(email="second@example.org")
    assert meeting_register(meeting=meeting, user=first) == "registered"
    assert meeting_register(meeting=meeting, user=second) == "waiting"
    promoted = meeting_cancel(meeting=meeting, user=first)
    assert promoted.user == second and promoted.status == "registered"
    [message] = sent_mail.wait(to="second@example.org")
    assert "seat" in message["subject"]


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_seat_at_once_one_gets_it():
    meeting = make_meeting(capacity=1)
    people = [UserFactory(), UserFactory()]
    results, barrier = [], threading.Barrier(2)

    def register(user):
        barrier.wait()
        try:
            results.append(meeting_register(meeting=meeting, user=user))
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(user,)) for user in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["registered", "waiting"]
    assert MeetingRegistration.objects.filter(status="registered").count() == 1


@pytest.mark.django_db
def test_join_link_only_for_registered_never_in_calendars(client):
    meeting = make_meeting()
    user = UserFactory()
    client.force_login(user)
    client.post(f"/en/meetings/{meeting.pk}/register/")
    assert JOIN in client.get(meeting.get_absolute_url()).content.decode()

    for url in [
        f"/en/meetings/{meeting.pk}/meeting.ics",
        f"/en/consultations/{meeting.round.consultation.slug}/meetings.ics",
    ]:
        ics = client.get(url).content
        assert JOIN.encode() not in ics
        event = next(iter(icalendar.Calendar.from_ical(ics).walk("VEVENT")))
        assert event.decoded("dtstart") == meeting.starts_at
        assert str(event["summary"]) == "Open conversation"
    client.logout()
    assert JOIN not in client.get(meeting.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_speakers_list_for_registered_participants_ordered_by_the_organiser(client):
    meeting = make_meeting(capacity=5)
    speaker, later, outsider = UserFactory(), UserFactory(), UserFactory()
    for user in (speaker, later):
        meeting_register(meeting=meeting, user=user)
    first = speak_request_create(meeting=meeting, user=speaker, topic="Seafarers stranded at sea")
    second = speak_request_create(meeting=meeting, user=later, topic="Domestic workers' rest days")

    client.force_login(outsider)
    assert "Seafarers stranded" not in client.get(meeting.get_absolute_url()).content.decode()
    assert client.post(f"/en/speakers/{second.pk}/", {"action": "up"}).status_code == 403

    organiser = UserFactory()
    RoleFactory(consultation=meeting.round.consultation, user=organiser, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(organiser)
    client.post(f"/en/speakers/{second.pk}/", {"action": "up"})
    client.post(f"/en/speakers/{first.pk}/", {"action": "spoke"})
    assert list(SpeakRequest.objects.values_list("topic", flat=True)) == [second.topic, first.topic]
    assert SpeakRequest.objects.get(pk=first.pk).spoke_at is not None


@pytest.mark.django_db
def test_only_registered_participants_ask_to_speak(client):
    meeting = make_meeting()
    client.force_login(UserFactory())
    response = client.post(f"/en/meetings/{meeting.pk}/speak/", {"topic": "Me first"}, follow=True)
    assert "Register for the meeting first" in response.content.decode()
    assert not SpeakRequest.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_reminders_24_hours_and_1_hour_before_are_sent_exactly_once(sent_mail):
    meeting = make_meeting(starts_at=NOW + datetime.timedelta(hours=20))
    meeting_register(meeting=meeting, user=UserFactory(email="reminded@example.org"))
    assert meeting_reminders_send(now=NOW) == 1
    assert meeting_reminders_send(now=NOW) == 0
    assert meeting_reminders_send(now=NOW + datetime.timedelta(hours=19, minutes=30)) == 1
    assert meeting_reminders_send(now=NOW + datetime.timedelta(hours=19, minutes=45)) == 0
    messages = sent_mail.wait(to="reminded@example.org", count=2)
    assert sorted(m["subject"].split(":")[0] for m in messages) == ["In one hour", "Tomorrow"]


@pytest.mark.django_db
def test_record_counts_in_the_feedback_and_shows_attendance_in_aggregate(client):
    outcome = OutcomeFactory()
    national = child_round(outcome.round, country="PH", state="closed")
    meeting = make_meeting(
        national,
        title_en="Offline national consultation, Manila",
        kind="offline_record",
        join_link="",
        starts_at=NOW - datetime.timedelta(days=2),
    )
    meeting_record(
        meeting=meeting,
        acting_user=None,
        notes="Forty people met in Manila.",
        attendance_total=40,
        attendance_women=3,
        attendance_men=37,
        stances={outcome.pk: ("amend", "Add seafarers")},
    )

    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Forty people met in Manila." in page and "Participants: 40" in page
    assert "women: &lt;5" in page and "men: 37" in page
    [feedback] = outcome_feedback([outcome])[0].regional
    assert feedback["counts"]["amend"] == 1
    assert feedback["meetings"][0]["meeting__title"] == "Offline national consultation, Manila"
    assert (
        "From the meeting “Offline national consultation, Manila”: Amend"
        in client.get(f"/en/outcomes/{outcome.pk}/").content.decode()
    )


@pytest.mark.django_db
def test_meeting_permissions(client):
    meeting = make_meeting()
    participant = UserFactory()
    assert participant.has_perm("rounds.register_meeting", meeting)
    assert not participant.has_perm("rounds.manage_meetings", meeting)
    assert not UserFactory(verified=False).has_perm("rounds.register_meeting", meeting)
    client.force_login(participant)
    assert client.get(f"/en/rounds/{meeting.round_id}/meetings/new/").status_code == 403
    assert client.get(f"/en/meetings/{meeting.pk}/record/").status_code == 403


ROLES = [
    "visitor",
    "participant",
    "unverified",
    "suspended",
    "moderator",
    "organiser_in_scope",
    "organiser_out_of_scope",
    "secretariat",
]


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["draft", "scheduled", "open", "closed"])
@pytest.mark.parametrize("role", ROLES)
def test_meeting_permission_table(role, state):
    from django.contrib.auth.models import AnonymousUser

    from consultations.models import Suspension
    from pmc.accounts.models import Region

    parent = RoundFactory(state="synthesised")
    meeting = make_meeting(child_round(parent, region_code="ESCAP", state=state))
    consultation = parent.consultation
    user = AnonymousUser() if role == "visitor" else UserFactory(verified=role != "unverified")
    if role in ("moderator", "secretariat"):
        RoleFactory(consultation=consultation, user=user, role=role)
    elif role.startswith("organiser"):
        RoleFactory(
            consultation=consultation,
            user=user,
            role="regional_organiser",
            region=Region.objects.get(code="ESCAP" if role == "organiser_in_scope" else "ECE"),
        )
    elif role == "suspended":
        Suspension.objects.create(consultation=consultation, user=user, reason="Spam")

    runs = role in ("organiser_in_scope", "secretariat")
    assert user.has_perm("rounds.manage_meetings", meeting) is runs
    may_register = role not in ("visitor", "unverified", "suspended") and state != "draft"  # drafts: not yet announced
    assert user.has_perm("rounds.register_meeting", meeting) is may_register
