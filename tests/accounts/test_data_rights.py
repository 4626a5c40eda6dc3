import json
import time

import pytest
from django.apps import apps
from django.db import models

from pmc.accounts.models import PersonalDataExport, User
from rounds.models import Flag, MeetingRegistration, Reflection

from ..rounds.factories import ContributionFactory, OutcomeFactory, child_round
from .factories import PASSWORD, UserFactory

EMAIL = "fatima.real.name@example.org"
NAME = "Fatima Al-Realname"


@pytest.fixture
def person(client):
    user = UserFactory(email=EMAIL, display_name=NAME, country="LB", gender="woman")
    contribution = ContributionFactory(author=user, body="Kafala must end.")
    ContributionFactory(thread=contribution.thread, parent=contribution, author=user, body="And now.")
    Flag.objects.create(
        contribution=ContributionFactory(thread=contribution.thread),
        user=user,
        reason="other",
        note=f"Contact me at {EMAIL}",
    )
    outcome = OutcomeFactory()
    Reflection.objects.create(round=child_round(outcome.round), outcome=outcome, user=user, stance="endorse")
    client.force_login(user)
    return user


@pytest.mark.django_db(transaction=True)
def test_participant_downloads_everything_held_about_them(client, person, celery_worker_process):
    response = client.post("/en/accounts/my-data/", {"action": "export"}, follow=True)
    assert "Your download is being prepared." in response.content.decode()
    export = PersonalDataExport.objects.get()
    deadline = time.monotonic() + 30  # built by a worker (in-process when tasks run eagerly)
    while PersonalDataExport.objects.get().state != "ready" and time.monotonic() < deadline:
        time.sleep(0.1)

    download = client.get(f"/en/accounts/my-data/{export.pk}/download/")
    data = json.loads(b"".join(download.streaming_content))
    assert data["profile"]["email"] == EMAIL and data["profile"]["country"] == "LB"
    assert {c["body"] for c in data["rounds"]["contributions"]} == {"Kafala must end.", "And now."}
    assert data["rounds"]["reflections"][0]["stance"] == "endorse"
    assert data["rounds"]["flags"][0]["reason"] == "other"

    client.force_login(UserFactory())
    assert client.get(f"/en/accounts/my-data/{export.pk}/download/").status_code == 404


def text_columns():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField, models.EmailField)):
                yield model, field.attname


@pytest.mark.django_db
def test_erasure_leaves_the_writing_and_removes_the_person_from_every_text_column(client, person, caplog):
    response = client.post("/en/accounts/erase/", {"password": PASSWORD, "understood": "on"}, follow=True)
    assert "Your account is erased." in response.content.decode()

    for model, column in text_columns():
        for needle in (EMAIL, NAME, "fatima"):
            assert not model._default_manager.filter(**{f"{column}__icontains": needle}).exists(), (model, column)
    assert EMAIL not in caplog.text and NAME not in caplog.text

    user = User.objects.get(pk=person.pk)
    assert not user.is_active and user.erased_at and not user.has_usable_password()
    assert user.contributions.count() == 2 and Reflection.objects.filter(user=user).count() == 1
    thread = user.contributions.first().thread
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Former participant" in page and "Kafala must end." in page
    assert client.post("/en/accounts/login/", {"login": EMAIL, "password": PASSWORD}).status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_erasure_needs_the_password_and_a_clear_yes(client, person):
    response = client.post("/en/accounts/erase/", {"password": "wrong password", "understood": "on"})
    assert response.status_code == 422 and "This is not your password." in response.content.decode()
    assert User.objects.get(pk=person.pk).is_active


@pytest.mark.django_db
def test_meeting_registrations_go_with_the_account(client, person):
    from ..rounds.test_meetings import make_meeting

    meeting = make_meeting()
    MeetingRegistration.objects.create(meeting=meeting, user=person)
    client.post("/en/accounts/erase/", {"password": PASSWORD, "understood": "on"})
    assert not MeetingRegistration.objects.exists()
