"""The contribution list is rendered once and shared; each viewer still sees their own controls and fresh content."""

import datetime
import html
import re
from unittest import mock

import pytest
from django.core.cache import cache as shared_cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pmc.accounts.services import account_erase
from rounds.models import Contribution, Support
from rounds.services.contributions import support_toggle
from rounds.services.lifecycle import round_transition

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from .factories import ContributionFactory, ThreadFactory


@pytest.fixture
def thread():
    return ThreadFactory()


def page(client, thread) -> str:
    response = client.get(f"/en/threads/{thread.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def controls(html: str, contribution) -> str:
    """The HTML of one contribution (without replies) on the page."""
    start = html.index(f'id="c{contribution.pk}"')
    return html[start : html.index("</article>", start)]


def pressed(html: str, contribution) -> str:
    return re.search(r'aria-pressed="(\w+)"', controls(html, contribution))[1]


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_viewers_share_one_list_but_each_sees_their_own_support_and_edit_controls(thread, django_assert_num_queries):
    author, reader, other = UserFactory(), UserFactory(), UserFactory()
    by_author = ContributionFactory(thread=thread, author=author)
    by_other = ContributionFactory(thread=thread, author=other)
    Support.objects.create(user=reader, contribution=by_other)

    reader_page = page(signed_in(reader), thread)  # renders the list and keeps it
    author_client = signed_in(author)
    # session, user, the author's access facts (two-factor, e-mail verified, suspensions), their supports: the
    # thread is kept too, and there are no list queries at all
    with django_assert_num_queries(6):
        author_page = page(author_client, thread)

    assert pressed(reader_page, by_other) == "true"
    assert pressed(author_page, by_other) == "false"
    assert f"/contributions/{by_author.pk}/edit/" in controls(author_page, by_author)
    assert f"/contributions/{by_author.pk}/flag/" not in controls(author_page, by_author)
    assert f"/contributions/{by_author.pk}/edit/" not in controls(reader_page, by_author)
    assert f"/contributions/{by_author.pk}/flag/" in controls(reader_page, by_author)
    assert "aria-pressed" not in controls(author_page, by_author)  # nobody supports their own


@pytest.mark.django_db
def test_the_edit_link_goes_when_the_edit_window_closes_even_on_a_kept_list(thread):
    author = UserFactory()
    contribution = ContributionFactory(thread=thread, author=author)
    client = signed_in(author)
    assert f"/contributions/{contribution.pk}/edit/" in page(client, thread)

    later = timezone.now() + datetime.timedelta(minutes=31)
    with mock.patch("django.utils.timezone.now", return_value=later):
        html = page(client, thread)

    assert f"/contributions/{contribution.pk}/edit/" not in html
    assert f"/contributions/{contribution.pk}/delete/" in html  # removing stays possible


@pytest.mark.django_db
def test_forms_in_a_kept_list_carry_the_viewers_own_csrf_token(thread):
    contribution = ContributionFactory(thread=thread)
    page(signed_in(UserFactory()), thread)  # someone else's visit fills the cache
    reader = UserFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', controls(page(client, thread), contribution))[1]
    response = client.post(f"/en/contributions/{contribution.pk}/support/", {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert Support.objects.filter(user=reader, contribution=contribution).exists()


@pytest.mark.django_db
def test_what_a_moderator_saw_is_never_served_to_the_public(thread):
    hidden = ContributionFactory(thread=thread, body="Text under review", status=Contribution.Status.HIDDEN)
    moderator = RoleFactory(consultation=thread.round.consultation, role="moderator").user
    assert "Text under review" in page(signed_in(moderator), thread)

    for client in (Client(), signed_in(UserFactory())):
        html = page(client, thread)
        assert "Text under review" not in html
        assert "Hidden by moderation." in controls(html, hidden)


@pytest.mark.django_db
def test_posts_supports_and_moderation_show_at_once_after_the_list_was_kept(thread):
    reader, writer = UserFactory(), UserFactory()
    first = ContributionFactory(thread=thread)
    reader_client, writer_client = signed_in(reader), signed_in(writer)
    page(reader_client, thread)

    writer_client.post(
        f"/en/threads/{thread.pk}/post/", {"kind": "insight", "body": "Fresh point on visas", "language": "en"}
    )
    assert "Fresh point on visas" in page(reader_client, thread)

    writer_client.post(f"/en/contributions/{first.pk}/support/")
    assert '<span class="count">1</span>' in controls(page(reader_client, thread), first)

    moderator = RoleFactory(consultation=thread.round.consultation, role="moderator").user
    signed_in(moderator).post(
        f"/en/contributions/{first.pk}/moderate/", {"action": "hide", "reason": "Personal data exposed"}
    )
    assert "Hidden by moderation." in controls(page(reader_client, thread), first)


@pytest.mark.django_db
def test_an_erased_author_is_not_named_on_a_kept_list(thread):
    author = UserFactory(display_name="Quiet Heron")
    ContributionFactory(thread=thread, author=author)
    assert "Quiet Heron" in page(Client(), thread)

    account_erase(user=author)

    html = page(Client(), thread)
    assert "Quiet Heron" not in html
    assert "Former participant" in html


@pytest.mark.django_db
def test_hole_markers_typed_by_participants_stay_text(thread):
    author = UserFactory(display_name="<!--personal:1-->")
    first = ContributionFactory(thread=thread, author=author, body="<!--personal:1--> and `<!--personal:1-->`")
    html = page(signed_in(UserFactory()), thread)

    assert "&lt;!--personal:1--&gt;" in html  # the name and the code span, escaped
    assert "<!--personal:" not in html
    assert html.count('class="contribution-actions"') == 1
    assert f"/contributions/{first.pk}/flag/" in html


@pytest.mark.django_db
def test_supporting_and_withdrawing_show_at_once_for_the_supporter(thread):
    contribution = ContributionFactory(thread=thread)
    client = signed_in(UserFactory())
    assert pressed(page(client, thread), contribution) == "false"

    client.post(f"/en/contributions/{contribution.pk}/support/")
    assert pressed(page(client, thread), contribution) == "true"

    client.post(f"/en/contributions/{contribution.pk}/support/")
    assert pressed(page(client, thread), contribution) == "false"


@pytest.mark.django_db
def test_a_renamed_thread_or_a_closed_round_shows_at_once_on_a_kept_page(thread):
    client = signed_in(UserFactory())
    assert 'name="body"' in page(client, thread)

    thread.title_en = "Decent work for migrant domestic workers"
    thread.save()  # as the admin does
    round_transition(round_id=thread.round_id, to_state="closed")  # as the secretariat or the beat task does

    html = page(client, thread)
    assert "<h1>Decent work for migrant domestic workers</h1>" in html
    assert "This round is closed" in html
    assert 'name="body"' not in html


def list_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum('"rounds_contribution"' in query["sql"] for query in captured.captured_queries)


@pytest.mark.django_db
def test_links_on_a_kept_page_never_carry_another_visitors_query_string(thread):
    ContributionFactory.create_batch(31, thread=thread)
    Client().get(f"/en/threads/{thread.pk}/?lang=Call+0900+for+help&sort=bogus")

    html = page(Client(), thread)

    assert "0900" not in html
    assert 'rel="next" href="?after=' in html


@pytest.mark.django_db
def test_only_cursors_the_site_handed_out_are_kept(thread):
    ContributionFactory.create_batch(31, thread=thread)
    client = Client()
    made_up = f"/en/threads/{thread.pk}/?after=1.2"
    list_queries(client, made_up)
    assert list_queries(client, made_up) > 0  # shown (the first page), never kept

    next_page = f"/en/threads/{thread.pk}/" + re.search(r'rel="next" href="([^"]+)"', page(client, thread))[1]
    list_queries(client, html.unescape(next_page))
    assert list_queries(client, html.unescape(next_page)) == 0


@pytest.mark.django_db
def test_an_anonymous_reader_gets_no_csrf_cookie_from_a_page_without_forms(thread):
    ContributionFactory(thread=thread)
    for _ in range(2):  # rendered, then kept
        response = Client().get(f"/en/threads/{thread.pk}/")
        assert "csrftoken" not in response.cookies
        assert b"csrfmiddlewaretoken" not in response.content


@pytest.mark.django_db
def test_a_support_given_while_the_supporters_page_is_being_built_is_not_lost(thread):
    """The supporter's set of supports is read, then their support (a second tab, a double click) commits, then
    the set is kept: the next page must still show it as supported."""
    contribution = ContributionFactory(thread=thread)
    reader = UserFactory()
    client = signed_in(reader)
    real_set = shared_cache.set

    def set_after_a_support(key, value, *args, **kwargs):
        if key.startswith("supported:") and not Support.objects.filter(user=reader).exists():
            support_toggle(contribution=contribution, user=reader)
        return real_set(key, value, *args, **kwargs)

    with mock.patch.object(shared_cache, "set", set_after_a_support):
        page(client, thread)

    assert pressed(page(client, thread), contribution) == "true"


@pytest.mark.django_db
def test_a_name_replaced_by_staff_in_the_admin_is_gone_at_once(thread):
    from django.forms import SplitDateTimeWidget

    from ..consultations.factories import with_two_factor

    author = UserFactory(display_name="Offensive Name")
    ContributionFactory(thread=thread, author=author)
    assert "Offensive Name" in page(Client(), thread)
    staff = with_two_factor(UserFactory(is_staff=True, is_superuser=True))
    admin_client = signed_in(staff)
    form = admin_client.get(f"/en/admin/accounts/user/{author.pk}/change/").context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name)
        if field.disabled or value is None:
            continue
        if isinstance(field.widget, SplitDateTimeWidget):
            data[f"{name}_0"], data[f"{name}_1"] = value.date().isoformat(), value.time().isoformat()
        elif isinstance(value, list):
            data[name] = [getattr(item, "pk", item) for item in value]
        else:
            data[name] = getattr(value, "pk", value)
    data["display_name"] = "Renamed participant"

    response = admin_client.post(f"/en/admin/accounts/user/{author.pk}/change/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    html = page(Client(), thread)
    assert "Offensive Name" not in html and "Renamed participant" in html


@pytest.mark.django_db
def test_the_kept_thread_follows_its_consultation_and_goes_when_deleted(thread, django_assert_num_queries):
    client = Client()
    page(client, thread)
    with django_assert_num_queries(0):  # the thread, its round and consultation and the list are all kept
        page(client, thread)

    consultation = thread.round.consultation
    consultation.title_en = "People's Migration Challenge 2021"
    consultation.save()
    assert "People&#x27;s Migration Challenge 2021" in page(client, thread)

    thread.delete()
    assert client.get(f"/en/threads/{thread.pk}/").status_code == 404
