import pytest

from consultations.models import RoleAssignment, RoleChange
from pmc.accounts.models import Region

from ..accounts.factories import UserFactory
from .factories import ConsultationFactory, RoleFactory


@pytest.fixture
def secretariat(client):
    consultation = ConsultationFactory(slug="pmc")
    user = UserFactory()
    RoleFactory(consultation=consultation, user=user, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_secretariat_assigns_a_scoped_regional_organiser_and_it_is_logged(client, secretariat):
    organiser = UserFactory(email="organiser@example.org", display_name="Stork 300300")
    region = Region.objects.get(code="ECA")

    response = client.post(
        "/en/consultations/pmc/roles/",
        {"email": "Organiser@example.org", "role": "regional_organiser", "region": region.pk},
        follow=True,
    )

    page = response.content.decode()
    assert "The role is assigned." in page and "Stork 300300" in page and "Africa" in page
    assert RoleAssignment.objects.filter(user=organiser, role="regional_organiser", region=region).exists()
    change = RoleChange.objects.get()
    assert (change.action, change.changed_by, change.scope) == ("assign", secretariat, "Africa")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "nobody@example.org", "role": "moderator"}, "No account uses this address"),
        ({"email": "someone@example.org", "role": "regional_organiser"}, "needs a region or a country"),
        ({"email": "someone@example.org", "role": "boss"}, "Select a valid choice"),
    ],
)
def test_bad_role_requests_get_a_message(client, secretariat, data, message):
    UserFactory(email="someone@example.org")
    response = client.post("/en/consultations/pmc/roles/", data)
    assert message in response.content.decode()
    assert RoleAssignment.objects.count() == 1


@pytest.mark.django_db
def test_withdrawing_a_role_is_logged_and_the_last_secretariat_stays(client, secretariat):
    moderator = RoleFactory(consultation=secretariat.role_assignments.get().consultation, role="moderator")
    client.post(f"/en/consultations/pmc/roles/{moderator.pk}/withdraw/")
    assert not RoleAssignment.objects.filter(pk=moderator.pk).exists()
    assert RoleChange.objects.get().action == "revoke"

    own = secretariat.role_assignments.get()
    response = client.post(f"/en/consultations/pmc/roles/{own.pk}/withdraw/", follow=True)
    assert "at least one secretariat member" in response.content.decode()
    assert RoleAssignment.objects.filter(pk=own.pk).exists()


@pytest.mark.django_db
def test_only_the_secretariat_manages_roles(client):
    consultation = ConsultationFactory(slug="pmc")
    RoleFactory(consultation=consultation, role="moderator", user=(user := UserFactory()))
    client.force_login(user)
    assert client.get("/en/consultations/pmc/roles/").status_code == 403
    assert client.post("/en/consultations/pmc/roles/", {"email": user.email, "role": "secretariat"}).status_code == 403
    assert not RoleAssignment.objects.filter(role="secretariat").exists()


@pytest.mark.django_db
def test_role_form_names_countries_and_languages_in_the_readers_language(client, secretariat):
    page = client.get("/fr/consultations/pmc/roles/").content.decode()
    assert '<option value="DE">Allemagne</option>' in page
    page = client.get("/en/consultations/pmc/roles/").content.decode()
    assert '<option value="DE">Germany</option>' in page


@pytest.mark.django_db
def test_texts_in_several_languages_are_labelled_by_language(client, secretariat):
    page = client.get("/fr/consultations/pmc/edit/").content.decode()
    assert "Titre (Arabe)" in page
    assert "[ar]" not in page
