"""What the permissions read of a person (verified e-mail, two-factor, roles, suspensions) is kept between requests,
and every change to it counts from the very next request."""

from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from consultations import predicates
from consultations.models import RoleAssignment
from consultations.services import role_revoke
from rounds.models import Contribution
from rounds.services.moderation import participant_suspend, suspension_lift

from ..accounts.factories import UserFactory
from ..rounds.factories import ThreadFactory
from .factories import RoleFactory


@pytest.fixture
def thread():
    return ThreadFactory()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def post(client, thread, body="Weekly rest days for domestic workers"):
    return client.post(f"/en/threads/{thread.pk}/post/", {"kind": "insight", "body": body, "language": "en"})


def access_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    tables = ("account_emailaddress", "mfa_authenticator", "consultations_suspension", "consultations_roleassignment")
    return [q["sql"] for q in captured.captured_queries if any(f'"{table}"' in q["sql"] for table in tables)]


@pytest.mark.django_db
def test_access_facts_are_read_once_and_kept_between_requests(thread):
    client = signed_in(UserFactory())
    url = f"/en/threads/{thread.pk}/"
    assert len(access_queries(client, url)) == 3  # two-factor, e-mail verified, suspensions
    assert access_queries(client, url) == []


@pytest.mark.django_db
def test_a_suspension_and_its_lifting_count_from_the_next_request(thread):
    participant = UserFactory()
    moderator = RoleFactory(consultation=thread.round.consultation, role=RoleAssignment.Role.MODERATOR).user
    client = signed_in(participant)
    assert post(client, thread, "Before").status_code == 302  # facts kept: verified, not suspended

    suspension = participant_suspend(
        consultation=thread.round.consultation, participant=participant, moderator=moderator, reason="Spam"
    )
    response = post(client, thread, "While suspended")
    assert response.status_code == 403 and "While suspended" in response.content.decode()

    suspension_lift(suspension=suspension, moderator=moderator, reason="Appeal accepted")
    assert post(client, thread, "After").status_code == 302
    assert list(Contribution.objects.order_by("id").values_list("body", flat=True)) == ["Before", "After"]


@pytest.mark.django_db
def test_a_withdrawn_role_gives_no_powers_from_the_next_request(thread):
    consultation = thread.round.consultation
    assignment = RoleFactory(consultation=consultation, role=RoleAssignment.Role.MODERATOR)
    client = signed_in(assignment.user)
    queue = f"/en/consultations/{consultation.slug}/moderation/"
    assert client.get(queue).status_code == 200

    role_revoke(assignment=assignment, acting_user=RoleFactory(consultation=consultation).user)

    assert client.get(queue).status_code == 403


@pytest.mark.django_db
def test_a_role_given_or_two_factor_switched_off_counts_from_the_next_request(thread):
    consultation = thread.round.consultation
    moderator = UserFactory()
    client = signed_in(moderator)
    queue = f"/en/consultations/{consultation.slug}/moderation/"
    assert client.get(queue).status_code == 403

    RoleFactory(consultation=consultation, user=moderator, role=RoleAssignment.Role.MODERATOR)
    assert client.get(queue).status_code == 200

    Authenticator.objects.filter(user=moderator).delete()  # as "deactivate" in the account settings does
    assert client.get(queue).status_code == 403


@pytest.mark.django_db
def test_an_address_verified_lets_the_person_post_from_the_next_request(thread):
    newcomer = UserFactory(verified=False)
    client = signed_in(newcomer)
    assert post(client, thread).status_code == 403

    EmailAddress.objects.get(user=newcomer).set_verified()

    assert post(client, thread).status_code == 302


@pytest.mark.django_db
def test_facts_read_just_before_a_change_are_never_used_after_it(thread):
    """A request reads the facts, a suspension commits, then the request keeps what it read: the next request must
    still see the suspension."""
    participant = UserFactory()
    moderator = RoleFactory(consultation=thread.round.consultation, role=RoleAssignment.Role.MODERATOR).user
    client = signed_in(participant)
    real_load = predicates._access_load

    def load_then_suspend(user):
        facts = real_load(user)
        if user == participant and not facts.suspended_in:
            participant_suspend(
                consultation=thread.round.consultation, participant=participant, moderator=moderator, reason="Spam"
            )
        return facts

    with mock.patch.object(predicates, "_access_load", load_then_suspend):
        client.get(f"/en/threads/{thread.pk}/")

    assert post(client, thread).status_code == 403
