import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from pmc.accounts.models import PSEUDONYM_BIRDS, User

from .factories import PASSWORD, UserFactory

CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/\w\w/accounts/confirm-email/[^/\s]+/)")


def sign_up(client, email, language="en"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


@pytest.mark.django_db(transaction=True)
def test_sign_up_sends_verification_email_then_verified_user_can_sign_in(client, sent_mail):
    response = sign_up(client, "newcomer@example.org")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="newcomer@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    # Unverified: not signed in yet.
    assert "_auth_user_id" not in client.session

    [message] = sent_mail.wait(to="newcomer@example.org")
    link = CONFIRM_LINK.search(message["body"]).group(1)
    page = client.get(link)
    assert page.status_code == 200
    assert "newcomer@example.org" in page.content.decode()

    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert int(client.session["_auth_user_id"]) == user.pk

    client.logout()
    signed_in = client.post("/en/accounts/login/", {"login": "newcomer@example.org", "password": PASSWORD})
    assert signed_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


@pytest.mark.django_db(transaction=True)
def test_verification_email_is_written_in_the_language_of_the_sign_up_page(client, sent_mail):
    sign_up(client, "nouvelle@example.org", language="fr")

    [message] = sent_mail.wait(to="nouvelle@example.org")
    assert "Confirmez" in message["subject"] or "confirm" in message["subject"].lower()
    assert "/fr/accounts/confirm-email/" in message["body"]


@pytest.mark.django_db
def test_new_account_gets_a_pseudonym_never_its_email(client):
    sign_up(client, "maria.lopez@example.org")

    user = User.objects.get(email="maria.lopez@example.org")
    bird, number = user.display_name.rsplit(" ", 1)
    assert bird in PSEUDONYM_BIRDS and number.isdigit()
    assert "maria" not in user.display_name.lower()


@pytest.mark.django_db
def test_unverified_account_cannot_sign_in(client):
    UserFactory(email="pending@example.org", verified=False)

    response = client.post("/en/accounts/login/", {"login": "pending@example.org", "password": PASSWORD})

    assert "_auth_user_id" not in client.session
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")


@pytest.mark.django_db
def test_sign_in_takes_the_participant_to_their_preferred_language(client):
    UserFactory(email="amina@example.org", preferred_language="ar")

    response = client.post("/en/accounts/login/", {"login": "amina@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/ar/"


@pytest.mark.django_db
def test_sign_up_page_is_styled_like_the_site_and_translated(client):
    page = client.get("/es/accounts/signup/").content.decode()

    assert 'href="/static/pmc/site.css"' in page
    assert '<html lang="es" dir="ltr">' in page
    assert "Registrarse" in page  # allauth's own Spanish catalogue
    assert "Desafío de los Pueblos sobre la Migración" in page  # the site's header, from our catalogue
