import pytest

from pmc.accounts.models import User

from .factories import OrganisationFactory, UserFactory

PROFILE = "/en/accounts/profile/"


@pytest.fixture
def participant(client):
    user = UserFactory(email="kofi.mensah@example.org", display_name="Curlew 123456")
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_profile_requires_sign_in(client):
    response = client.get(PROFILE)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_participant_edits_profile_and_sees_confirmation(client, participant):
    organisation = OrganisationFactory(name="Sahel Migrant Workers' Collective")

    response = client.post(
        PROFILE,
        {
            "display_name": "  Kofi   from Accra ",
            "country": "GH",
            "stakeholder_group": "migrant",
            "organisation": organisation.pk,
            "preferred_language": "fr",
            "gender": "man",
            "age_band": "25_34",
        },
        follow=True,
    )

    assert "Your profile has been saved." in response.content.decode()
    participant.refresh_from_db()
    assert participant.display_name == "Kofi from Accra"
    assert participant.country.code == "GH"
    assert participant.organisation == organisation
    assert participant.preferred_language == "fr"


@pytest.mark.django_db
def test_profile_page_is_never_cached(client, participant):
    response = client.get(PROFILE)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("display_name", "message"),
    [
        ("kofi@example.org", "cannot contain “@”"),
        ("TERN 999999", "Someone already uses this display name"),
        ("   ", "This field is required."),
        ("Kestrel \u202eLANIGIRO", "cannot contain invisible characters"),
        ("Tern\u200b 999999", "cannot contain invisible characters"),
        ("Kestrel\u200e", "cannot contain invisible characters"),
        ("Ｔｅｒｎ 999999", "Someone already uses this display name"),  # full-width letters: the same name
    ],
)
def test_bad_display_name_is_refused_with_a_message_and_input_kept(client, participant, display_name, message):
    UserFactory(display_name="Tern 999999")

    response = client.post(PROFILE, {"display_name": display_name, "country": "GH", "preferred_language": "en"})

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert 'value="GH" selected' in page  # what the participant typed is still there
    participant.refresh_from_db()
    assert participant.display_name == "Curlew 123456"


@pytest.mark.django_db
def test_display_names_are_unique_ignoring_case_in_the_database():
    from django.db import IntegrityError, transaction

    UserFactory(display_name="Ibis 100000")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user(email="other@example.org", display_name="ibis 100000")


@pytest.mark.django_db
def test_others_never_see_an_email_address(client, participant):
    client.logout()
    for url in ["/en/", "/en/themes/", "/ar/"]:
        assert "kofi.mensah" not in client.get(url).content.decode()
