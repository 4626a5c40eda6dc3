import time

import pytest
from django.contrib.auth.models import AnonymousUser

from reports.models import Brief

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from .conftest import make_brief


@pytest.mark.django_db(transaction=True)
def test_secretariat_requests_a_brief_downloads_publishes_and_a_visitor_finds_it(client, story, celery_worker_process):
    client.force_login(story["secretariat"])
    response = client.post(
        "/en/consultations/pmc/briefs/",
        {
            "forum": "imrf",
            "language": "en",
            "title_en": "Voices of migrants for the IMRF",
            "executive_summary_en": "Rights first.",
            "rounds": [story["round"].pk],
        },
        follow=True,
    )
    page = response.content.decode()
    brief = Brief.objects.get()
    assert response.redirect_chain[-1][0] == f"/en/briefs/{brief.pk}/"
    assert "compiles in the background" in page or "The brief is compiled" in page  # eager: done at once
    deadline = time.monotonic() + 60  # a worker compiles it (in-process when tasks run eagerly)
    while Brief.objects.get().state != "ready" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "Download the PDF (version 1" in client.get(f"/en/briefs/{brief.pk}/").content.decode()

    pdf = client.get(f"/en/briefs/{brief.pk}/v1.pdf")
    assert pdf["Content-Type"] == "application/pdf" and b"".join(pdf.streaming_content).startswith(b"%PDF")
    preview = client.get(f"/en/briefs/{brief.pk}/v1.html")
    assert b"Voices of migrants for the IMRF" in b"".join(preview.streaming_content)

    client.post(f"/en/briefs/{brief.pk}/publish/")
    client.logout()
    consultation_page = client.get("/en/consultations/pmc/").content.decode()
    assert "Voices of migrants for the IMRF" in consultation_page
    assert client.get(f"/en/briefs/{brief.pk}/").status_code == 200
    assert client.get(f"/en/briefs/{brief.pk}/v1.pdf").status_code == 200


@pytest.mark.django_db
def test_htmx_polling_returns_only_the_status(client, story):
    client.force_login(story["secretariat"])
    brief = make_brief(story, "gfmd")
    html = client.get(f"/en/briefs/{brief.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert html.startswith('<div id="brief-status"') and "<html" not in html
    assert 'hx-trigger="every 2s"' in html  # still queued: keeps polling


@pytest.mark.django_db
def test_bad_brief_request_keeps_input_and_says_why(client, story):
    client.force_login(story["secretariat"])
    response = client.post(
        "/en/consultations/pmc/briefs/",
        {
            "forum": "regional",
            "language": "fr",
            "title_en": "Kept title",
            "executive_summary_en": "word " * 700,
        },
    )
    page = response.content.decode()
    assert response.status_code == 422
    assert "A regional review is for one region" in page
    assert "about 300–500 words; this one has 700" in page
    assert 'value="Kept title"' in page
    assert not Brief.objects.exists()


@pytest.mark.django_db
def test_unpublished_briefs_are_invisible_to_the_public(client, story):
    brief = make_brief(story, "imrf")
    client.force_login(UserFactory())
    assert client.get(f"/en/briefs/{brief.pk}/").status_code == 404
    assert client.get("/en/consultations/pmc/briefs/").status_code == 403
    assert client.post(f"/en/briefs/{brief.pk}/publish/").status_code == 403


ROLES = ["visitor", "participant", "moderator", "regional_organiser", "secretariat"]


@pytest.mark.django_db
@pytest.mark.parametrize("published", [False, True])
@pytest.mark.parametrize("role", ROLES)
def test_brief_permission_table(story, role, published):
    brief = make_brief(story, "imrf")
    if published:
        Brief.objects.filter(pk=brief.pk).update(published_at="2026-01-01T00:00Z")
        brief.refresh_from_db()
    if role == "visitor":
        user = AnonymousUser()
    else:
        user = UserFactory()
        if role != "participant":
            extra = {"region": story["africa"].region} if role == "regional_organiser" else {}
            RoleFactory(consultation=story["consultation"], user=user, role=role, **extra)
    assert user.has_perm("reports.request_brief", story["consultation"]) is (role == "secretariat")
    assert user.has_perm("reports.publish_brief", brief) is (role == "secretariat")
    assert user.has_perm("reports.view_brief", brief) is (published or role == "secretariat")
