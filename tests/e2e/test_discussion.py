"""Browser journeys through a discussion round (with htmx, and with JavaScript off)."""

import re
import time

import pytest
from playwright.sync_api import expect

from consultations.models import RoleAssignment
from rounds.models import Contribution, Flag, ModerationAction

from ..accounts.factories import PASSWORD, UserFactory
from ..consultations.factories import TOTP_SECRET, RoleFactory
from ..rounds.factories import ContributionFactory, ThreadFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/\w\w/accounts/confirm-email/[^/\s]+/)")
ACTION_POINT = "Recruitment agencies must refund every illegal placement fee within 30 days."


@pytest.fixture
def discussion():
    thread = ThreadFactory(
        title="Regular Pathways and Irregular Migration", title_en="Regular Pathways and Irregular Migration"
    )
    other = ContributionFactory(thread=thread, body="Seasonal visas tie workers to one employer.")
    return thread, other


_codes_used: dict[str, set[int]] = {}  # e-mail address -> time steps whose code was used


def authenticator_code(email: str) -> str:
    """The code an authenticator app shows for the test TOTP secret. A code works once, so each sign-in of a
    person takes a 30-second step not used yet: the current one, else the next (both accepted with the tolerance
    of one step), else it waits for a new step. The previous step is never used: it may lapse before the server
    checks it."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    used = _codes_used.setdefault(email, set())
    while True:
        step = int(time.time()) // 30
        for candidate in (step, step + 1):
            if candidate not in used:
                used.add(candidate)
                return format_hotp_value(hotp_value(TOTP_SECRET, candidate))
        time.sleep(1)


def sign_in(page, live_server, email):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email:").fill(email)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    if "/2fa/authenticate/" in page.url:  # people with a role have two-factor authentication on
        page.get_by_label("Code:").fill(authenticator_code(email))
        page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("link", name="Your profile")).to_be_visible()


def sign_out(page, live_server):
    page.goto(f"{live_server.url}/en/accounts/logout/")
    page.get_by_role("button", name="Sign Out").click()


def test_participant_posts_replies_supports_then_is_flagged_and_moderated(page, live_server, sent_mail, discussion):
    thread, other = discussion
    flagger = UserFactory(email="flagger@example.org")
    moderator = UserFactory(email="moderator@example.org")
    RoleFactory(consultation=thread.round.consultation, user=moderator, role=RoleAssignment.Role.MODERATOR)

    # A newcomer signs up and verifies their address.
    page.goto(f"{live_server.url}/en/accounts/signup/")
    page.get_by_label("Email:").fill("newcomer@example.org")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    [message] = sent_mail.wait(to="newcomer@example.org")
    page.goto(live_server.url + CONFIRM_PATH.search(message["body"]).group(1))
    page.get_by_role("button", name="Confirm").click()

    # Posts an action point in place (htmx): no page load.
    page.goto(f"{live_server.url}/en/threads/{thread.pk}/")
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Action point").check()
    page.get_by_label("Text:").fill(ACTION_POINT)
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Your contribution is posted.")
    expect(page.locator("#contributions")).to_contain_text(ACTION_POINT)
    assert page.evaluate("window.notReloaded") is True
    expect(page.get_by_label("Text:")).to_have_value("")

    # Replies to someone else's contribution, and supports it.
    other_item = page.locator(f"#c{other.pk}")
    other_item.get_by_role("link", name="Reply").click()
    other_item.get_by_label("Text:").fill("And the visa should not depend on the employer at all.")
    other_item.get_by_role("button", name="Post reply").click()
    expect(page.locator(f"#replies-{other.pk}")).to_contain_text("should not depend on the employer")
    other_item.get_by_role("button", name="Support").first.click()
    expect(other_item.get_by_role("button", name="Supported")).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("window.notReloaded") is True

    posted = Contribution.objects.get(body=ACTION_POINT)
    assert posted.kind == "action_point" and posted.author.email == "newcomer@example.org"
    other.refresh_from_db()
    assert other.support_count == 1

    # A second participant flags the action point.
    sign_out(page, live_server)
    sign_in(page, live_server, flagger.email)
    page.goto(f"{live_server.url}/en/threads/{thread.pk}/")
    page.locator(f"#c{posted.pk}").get_by_role("link", name="Flag").click()
    page.get_by_label("Spam").check()
    page.get_by_role("button", name="Send to moderators").click()
    expect(page.get_by_role("status")).to_contain_text("Moderators will review this contribution.")
    assert Flag.objects.filter(contribution=posted, user=flagger).exists()

    # The moderator hides it, then restores it, from the queue.
    sign_out(page, live_server)
    sign_in(page, live_server, moderator.email)
    page.goto(f"{live_server.url}/en/consultations/{thread.round.consultation.slug}/moderation/")
    item = page.locator(f"#q{posted.pk}")
    item.get_by_label("Hide it").check()
    item.get_by_label("Reason (kept in the audit log)").first.fill("Looks like advertising")
    item.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("status")).to_contain_text("The contribution is hidden.")
    item = page.locator(f"#q{posted.pk}")
    item.get_by_label("Restore it").check()
    item.get_by_label("Reason (kept in the audit log)").first.fill("It is a genuine demand")
    item.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("status")).to_contain_text("visible again")

    posted.refresh_from_db()
    assert posted.status == "published"
    assert list(ModerationAction.objects.order_by("pk").values_list("action", flat=True)) == ["hide", "restore"]
    sign_out(page, live_server)
    page.goto(f"{live_server.url}/en/threads/{thread.pk}/")
    expect(page.locator("#contributions")).to_contain_text(ACTION_POINT)


def test_posting_and_replying_work_with_javascript_off(browser, live_server, discussion):
    thread, other = discussion
    user = UserFactory(email="nojs@example.org")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server, user.email)

    page.goto(f"{live_server.url}/en/threads/{thread.pk}/")
    page.get_by_label("Recommendation").check()
    page.get_by_label("Text:").fill("Regularise undocumented workers who kept essential services running.")
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Your contribution is posted.")
    expect(page.locator("#contributions")).to_contain_text("kept essential services running")

    page.locator(f"#c{other.pk}").get_by_role("link", name="Reply").click()
    page.get_by_label("Text:").fill("Agreed: portable visas now.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(f"#replies-{other.pk}")).to_contain_text("portable visas now")

    page.locator(f"#c{other.pk}").get_by_role("button", name="Support").click()
    expect(page.get_by_role("status")).to_contain_text("You support this contribution.")
    assert Contribution.objects.filter(author=user).count() == 2
    context.close()
