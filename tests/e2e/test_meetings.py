"""An organiser schedules a meeting; two participants go for the last seat; one speaks; the meeting is recorded."""

import pytest
from playwright.sync_api import expect

from consultations.models import RoleAssignment
from rounds.models import Meeting, MeetingRegistration

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from ..rounds.factories import RoundFactory
from .test_discussion import sign_in, sign_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_schedule_last_seat_speak_and_record(page, live_server):
    round_ = RoundFactory(title_en="Global round 2")
    organiser = UserFactory(email="organiser@example.org")
    RoleFactory(consultation=round_.consultation, user=organiser, role=RoleAssignment.Role.SECRETARIAT)
    UserFactory(email="first@example.org", display_name="Swift 100001")
    UserFactory(email="second@example.org", display_name="Tern 100002")

    sign_in(page, live_server, "organiser@example.org")
    page.goto(f"{live_server.url}/en/rounds/{round_.pk}/")
    page.get_by_role("link", name="Schedule a meeting").click()
    page.get_by_label("Title (English):").fill("Open conversation virtual meeting")
    page.get_by_label("Starts at (in the organiser's time zone):").fill("2030-06-15T14:00")
    page.get_by_label("Organiser's time zone:").select_option("Africa/Nairobi")
    page.get_by_label("Capacity:").fill("1")
    page.get_by_label("Join link:").fill("https://meet.example.org/open-conversation")
    page.get_by_role("button", name="Schedule").click()
    expect(page.get_by_role("status")).to_contain_text("The meeting is scheduled.")
    meeting_url = page.url
    sign_out(page, live_server)

    sign_in(page, live_server, "first@example.org")
    page.goto(meeting_url)
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("status").first).to_contain_text("You are registered.")
    expect(page.get_by_role("link", name="https://meet.example.org/open-conversation")).to_be_visible()
    page.get_by_label("What you want to say, in one line:").fill("Recruitment fees in the Gulf")
    page.get_by_role("button", name="Ask to speak").click()
    expect(page.locator(".speakers")).to_contain_text("Recruitment fees in the Gulf")
    sign_out(page, live_server)

    sign_in(page, live_server, "second@example.org")
    page.goto(meeting_url)
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("status").first).to_contain_text("The meeting is full, so you are on the waiting list.")
    expect(page.get_by_text("https://meet.example.org/open-conversation")).to_have_count(0)
    sign_out(page, live_server)

    sign_in(page, live_server, "organiser@example.org")
    page.goto(meeting_url)
    page.get_by_role("button", name="Mark as spoken").click()
    expect(page.locator(".speakers")).to_contain_text("spoke")
    page.get_by_role("link", name="Write the record").click()
    page.get_by_label("Notes:").fill("Twelve people spoke; recruitment fees came up most.")
    page.get_by_label("Participants in total:").fill("48")
    page.get_by_role("button", name="Save the record").click()
    expect(page.get_by_role("status").first).to_contain_text("The meeting's record is saved.")

    page.goto(f"{live_server.url}/en/rounds/{round_.pk}/")
    expect(page.locator(".meetings")).to_contain_text("Twelve people spoke; recruitment fees came up most.")
    meeting = Meeting.objects.get()
    assert meeting.attendance_total == 48
    assert list(MeetingRegistration.objects.order_by("pk").values_list("status", flat=True)) == [
        "registered",
        "waiting",
    ]
