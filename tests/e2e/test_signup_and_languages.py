import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils.translation import get_language_info
from playwright.sync_api import expect

from pmc.accounts.models import User

from ..accounts.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/\w\w/accounts/confirm-email/[^/\s]+/)")


def test_sign_up_verify_email_and_switch_to_arabic(page, live_server, sent_mail):
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("link", name="Sign up", exact=True).click()
    page.get_by_label("Email:").fill("e2e.newcomer@example.org")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    [message] = sent_mail.wait(to="e2e.newcomer@example.org")
    page.goto(live_server.url + CONFIRM_PATH.search(message["body"]).group(1))
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("link", name="Your profile")).to_be_visible()
    user = User.objects.get(email="e2e.newcomer@example.org")
    expect(page.get_by_role("link", name="Your profile")).to_have_attribute("href", "/en/accounts/profile/")

    page.goto(f"{live_server.url}/en/themes/climate-change/")
    arabic = get_language_info("ar")["name_local"]
    page.get_by_role("navigation", name="Language").get_by_role("link", name=arabic).click()

    expect(page).to_have_url(f"{live_server.url}/ar/themes/climate-change/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    # The page mirrors: the brand sits at the right edge, the language switcher at the left.
    brand = page.get_by_role("link", name="تحدي الشعوب بشأن الهجرة").bounding_box()
    switcher = page.get_by_role("navigation", name="اللغة").bounding_box()
    assert brand["x"] > switcher["x"]
    assert user.display_name not in ("", "e2e.newcomer@example.org")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_page_has_no_accessibility_violations(page, live_server, language):
    page.goto(f"{live_server.url}/{language}/")

    results = Axe().run(page)

    assert results.response["passes"], "axe-core did not run"
    assert results.violations_count == 0, results.generate_report()


def test_pages_work_at_320_pixels_without_horizontal_scrolling(page, live_server):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["/ar/", "/fr/themes/", "/es/accounts/signup/"]:
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
