"""The secretariat requests an IMRF brief, watches it finish, downloads it, publishes it; a visitor finds it."""

import pytest
from playwright.sync_api import expect

from reports.models import Brief

from ..reports.conftest import pdf_text
from .test_discussion import sign_in, sign_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_secretariat_requests_watches_downloads_and_publishes_an_imrf_brief(
    page,
    live_server,
    story,
    celery_worker_process,
    tmp_path,
):
    story["secretariat"].email = "secretariat@example.org"
    story["secretariat"].save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=story["secretariat"]).update(email="secretariat@example.org")
    sign_in(page, live_server, "secretariat@example.org")

    page.goto(f"{live_server.url}/en/consultations/pmc/")
    page.get_by_role("link", name="Request and manage briefs").click()
    page.get_by_label("International Migration Review Forum (IMRF)").check()
    page.get_by_label("Title (English):").fill("Migrants' recommendations to the IMRF")
    page.get_by_label("Executive summary (English):").fill("Regular pathways and an end to child detention.")
    page.get_by_role("button", name="Request the brief").click()

    # The page follows the compile by itself (htmx polling) until the PDF is there.
    download_link = page.get_by_role("link", name="Download the PDF (version 1")
    expect(download_link).to_be_visible(timeout=60_000)
    with page.expect_download() as download:
        download_link.click()
    path = tmp_path / "brief.pdf"
    download.value.save_as(path)
    text = pdf_text(path)
    assert "Migrants' recommendations to the IMRF" in text and "Objective 13" in text

    page.get_by_role("button", name="Publish on the consultation's page").click()
    expect(page.get_by_role("status").first).to_contain_text("published")
    assert Brief.objects.get().published_at is not None

    sign_out(page, live_server)
    page.goto(f"{live_server.url}/en/consultations/pmc/")
    page.get_by_role("link", name="Migrants' recommendations to the IMRF").click()
    expect(page.get_by_role("link", name="Download the PDF (version 1")).to_be_visible()
