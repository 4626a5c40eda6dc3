"""No account enumeration, private pages never cached, admin behind allauth, unconfirmed accounts removed."""

import datetime

import pytest
from django.utils import timezone

from pmc.accounts.models import User
from pmc.accounts.services import unverified_accounts_delete

from ..rounds.factories import ContributionFactory
from .factories import PASSWORD, UserFactory


def normalise(response) -> tuple:
    """What a visitor can observe of a response, without the per-request CSRF token."""
    import re

    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    return response.status_code, response.get("Location"), body


@pytest.mark.django_db
def test_sign_up_with_a_taken_address_looks_exactly_like_a_new_one(client):
    UserFactory(email="taken@example.org")
    taken = client.post(
        "/en/accounts/signup/", {"email": "taken@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )
    client.cookies.clear()
    fresh = client.post(
        "/en/accounts/signup/", {"email": "fresh@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert (
        (taken.status_code, taken["Location"])
        == (fresh.status_code, fresh["Location"])
        == (302, "/en/accounts/confirm-email/")
    )


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_unknown_addresses(client):
    UserFactory(email="known@example.org")
    known = client.post("/en/accounts/password/reset/", {"email": "known@example.org"})
    unknown = client.post("/en/accounts/password/reset/", {"email": "unknown@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


@pytest.mark.django_db
def test_sign_in_failure_says_the_same_for_wrong_password_and_unknown_address(client):
    UserFactory(email="known@example.org")
    wrong = normalise(client.post("/en/accounts/login/", {"login": "known@example.org", "password": "nope nope"}))
    unknown = normalise(client.post("/en/accounts/login/", {"login": "ghost@example.org", "password": "nope nope"}))
    assert wrong[0] == unknown[0] == 200
    assert wrong[2].replace("known@example.org", "X") == unknown[2].replace("ghost@example.org", "X")


@pytest.mark.django_db
def test_pages_seen_signed_in_are_never_cached(client):
    client.force_login(UserFactory())
    for url in ["/en/", "/en/themes/", "/en/accounts/profile/"]:
        assert "no-store" in client.get(url)["Cache-Control"], url


@pytest.mark.django_db
def test_public_pages_for_visitors_stay_cacheable(client):
    assert "no-store" not in client.get("/en/themes/").get("Cache-Control", "")


@pytest.mark.django_db
def test_admin_sign_in_goes_through_allauth(client):
    response = client.get("/en/admin/login/?next=/en/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_unconfirmed_accounts_are_deleted_after_the_retention_period():
    now = timezone.now()
    old = UserFactory(verified=False)
    recent = UserFactory(verified=False)
    confirmed = UserFactory()
    writer = UserFactory(verified=False)
    ContributionFactory(author=writer)  # something attached: kept (its author stays attributable)
    User.objects.filter(pk__in=[old.pk, confirmed.pk, writer.pk]).update(date_joined=now - datetime.timedelta(days=30))

    assert unverified_accounts_delete(older_than_days=14, now=now) == 1
    assert set(User.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk, writer.pk}
    assert unverified_accounts_delete(older_than_days=14, now=now) == 0


@pytest.mark.django_db
def test_powers_need_two_factor_authentication(client):
    from consultations.models import RoleAssignment

    from ..consultations.factories import RoleFactory, with_two_factor
    from ..rounds.factories import RoundFactory

    round_ = RoundFactory()
    user = UserFactory()
    RoleFactory(consultation=round_.consultation, user=user, role=RoleAssignment.Role.SECRETARIAT, two_factor=False)
    assert not user.has_perm("rounds.manage_rounds", round_)
    client.force_login(user)
    page = client.get(f"/en/rounds/{round_.pk}/edit/")
    assert page.status_code == 403 and "two-factor authentication" in page.content.decode()

    with_two_factor(user)
    user = User.objects.get(pk=user.pk)
    assert user.has_perm("rounds.manage_rounds", round_)


@pytest.mark.django_db
def test_staff_reach_the_admin_only_with_two_factor_authentication(client):
    from ..consultations.factories import with_two_factor

    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    response = client.get("/en/admin/")
    assert response.status_code == 302 and response["Location"] == "/en/accounts/2fa/"
    with_two_factor(staff)
    assert client.get("/en/admin/").status_code == 200
