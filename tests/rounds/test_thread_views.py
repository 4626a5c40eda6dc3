import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from consultations.models import RoleAssignment
from rounds.models import Contribution, Flag, Round, Support
from rounds.querysets import encode_cursor

from ..accounts.factories import PASSWORD, UserFactory
from ..consultations.factories import RoleFactory
from .factories import ContributionFactory, ThreadFactory

TEXT = "Domestic workers must be covered by labour law, including rest days and a minimum wage."


def post_url(thread):
    return f"/en/threads/{thread.pk}/post/"


def post_data(**overrides):
    return {"kind": "action_point", "body": TEXT, "language": "en", **overrides}


@pytest.fixture
def thread():
    return ThreadFactory(title="Regular pathways", title_en="Regular pathways")


@pytest.fixture
def participant(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_participant_posts_without_javascript_and_sees_it_with_a_confirmation(client, thread, participant):
    response = client.post(post_url(thread), post_data(), follow=True)

    contribution = Contribution.objects.get()
    assert response.redirect_chain[-1][0] == f"/en/threads/{thread.pk}/#c{contribution.pk}"
    page = response.content.decode()
    assert "Your contribution is posted." in page
    assert escape(TEXT) in page
    assert participant.display_name in page
    assert (contribution.author, contribution.kind, contribution.language) == (participant, "action_point", "en")


@pytest.mark.django_db
def test_post_with_htmx_returns_the_new_contribution_in_place(client, thread, participant):
    response = client.post(post_url(thread), post_data(), headers={"HX-Request": "true"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'hx-swap-oob="afterbegin:#contributions"' in html
    assert escape(TEXT) in html
    assert "<html" not in html
    assert 'name="body"' in html  # a fresh, empty form in place of the old one


@pytest.mark.django_db
def test_post_after_close_is_refused_and_text_returned(client, thread, participant):
    Round.objects.filter(pk=thread.round_id).update(state=Round.State.CLOSED)

    response = client.post(post_url(thread), post_data())

    page = response.content.decode()
    assert response.status_code == 403
    assert "This round is closed" in page
    assert escape(TEXT) in page  # nothing typed is lost
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_post_after_the_closing_time_is_refused_before_the_state_moves(client, thread, participant):
    past = timezone.now() - datetime.timedelta(seconds=5)
    Round.objects.filter(pk=thread.round_id).update(closes_at=past)  # still "open" until the periodic task runs

    response = client.post(post_url(thread), post_data())

    page = response.content.decode()
    assert response.status_code == 403
    assert "This round is closed" in page
    assert escape(TEXT) in page
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_empty_post_shows_a_message_and_keeps_the_other_fields(client, thread, participant):
    response = client.post(post_url(thread), post_data(body="   ", kind="recommendation", language="fr"))

    page = response.content.decode()
    assert response.status_code == 422
    assert "Please write something before posting." in page
    assert re.search(r'<input type="radio" name="kind" value="recommendation"[^>]* checked>', page)
    assert '<option value="fr" selected>' in page


@pytest.mark.django_db
@override_settings(POSTS_PER_MINUTE=1)
def test_posting_too_fast_gets_a_friendly_message_and_keeps_the_text(client, thread, participant):
    client.post(post_url(thread), post_data(body="First point."))
    response = client.post(post_url(thread), post_data())

    page = response.content.decode()
    assert response.status_code == 429
    assert "Please wait a moment" in page
    assert escape(TEXT) in page
    assert Contribution.objects.count() == 1


@pytest.mark.django_db
def test_expired_session_keeps_the_text_through_sign_in(client, thread):
    user = UserFactory(email="returning@example.org")

    response = client.post(post_url(thread), post_data())
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    client.post("/en/accounts/login/", {"login": "returning@example.org", "password": PASSWORD})

    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "We kept the text you wrote" in page
    assert escape(TEXT) in page
    assert not Contribution.objects.filter(author=user).exists()


@pytest.mark.django_db
def test_expired_session_keeps_the_choice_to_post_anonymously(client, thread):
    UserFactory(email="returning@example.org")

    client.post(post_url(thread), post_data(anonymous="on"))
    client.post("/en/accounts/login/", {"login": "returning@example.org", "password": PASSWORD})

    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert escape(TEXT) in page
    assert re.search(r'<input type="checkbox" name="anonymous"[^>]* checked>', page)


@pytest.mark.django_db
def test_expired_session_keeps_a_reply_through_sign_in(client, thread):
    top = ContributionFactory(thread=thread)
    UserFactory(email="returning@example.org")
    url = f"/en/contributions/{top.pk}/reply/"
    data = {"reply-kind": "insight", "reply-body": "Seafarers too, <they> say.", "reply-language": "fr"}

    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == f"/en/accounts/login/?next={url}"
    response = client.post(
        "/en/accounts/login/", {"login": "returning@example.org", "password": PASSWORD, "next": url}, follow=True
    )

    page = response.content.decode()
    assert response.redirect_chain[-1][0] == url
    assert "We kept the text you wrote" in page
    assert escape("Seafarers too, <they> say.") in page
    assert '<option value="insight" selected>' in page
    assert not top.descendants.exists()
    # given back once: the next visit shows an empty reply form
    assert "Seafarers too" not in client.get(url).content.decode()


@pytest.mark.django_db
def test_expired_session_keeps_an_edit_through_sign_in(client, thread):
    author = UserFactory(email="returning@example.org")
    contribution = ContributionFactory(thread=thread, author=author, body="First words")
    url = f"/en/contributions/{contribution.pk}/edit/"

    client.post(url, {"kind": "opinion", "body": "Better words"})
    response = client.post(
        "/en/accounts/login/", {"login": "returning@example.org", "password": PASSWORD, "next": url}, follow=True
    )

    page = response.content.decode()
    assert re.search(r'<textarea name="body"[^>]*>\s*Better words</textarea>', page)
    contribution.refresh_from_db()
    assert contribution.body == "First words"


def sign_in(client, next_url=""):
    data = {"login": "returning@example.org", "password": PASSWORD, "next": next_url}
    return client.post("/en/accounts/login/", data, follow=True)


@pytest.mark.django_db
def test_text_kept_through_sign_in_is_shown_even_when_the_round_closed_meanwhile(client, thread):
    author = UserFactory(email="returning@example.org")
    top = ContributionFactory(thread=thread)
    mine = ContributionFactory(thread=thread, author=author)
    reply_url, edit_url = f"/en/contributions/{top.pk}/reply/", f"/en/contributions/{mine.pk}/edit/"
    client.post(post_url(thread), post_data())
    client.post(reply_url, {"reply-kind": "opinion", "reply-body": "A reply kept", "reply-language": "en"})
    client.post(edit_url, {"kind": "opinion", "body": "An edit kept"})
    Round.objects.filter(pk=thread.round_id).update(state=Round.State.CLOSED)
    sign_in(client)

    for url, text in (
        (f"/en/threads/{thread.pk}/", escape(TEXT)),
        (reply_url, "A reply kept"),
        (edit_url, "An edit kept"),
    ):
        page = client.get(url).content.decode()
        assert text in page, url
        assert "Here is the text you wrote before signing in" in page, url
        assert (
            "Post reply</button>" not in page and "Save changes</button>" not in page and ">Post</button>" not in page
        )
    assert Contribution.objects.count() == 2


@pytest.mark.django_db
def test_text_kept_through_sign_in_is_given_back_only_for_an_hour(client, thread):
    UserFactory(email="returning@example.org")
    client.post(post_url(thread), post_data())
    key = f"draft-post-{thread.pk}"
    session = client.session
    session[key] = {**session[key], "kept_at": session[key]["kept_at"] - 3601}
    session.save()
    sign_in(client)

    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert escape(TEXT) not in page
    assert "We kept the text" not in page


@pytest.mark.django_db
def test_in_place_action_without_a_session_sends_the_whole_page_to_sign_in(client, thread):
    contribution = ContributionFactory(thread=thread)
    for url in (post_url(thread), f"/en/contributions/{contribution.pk}/support/"):
        response = client.post(url, post_data(), headers={"HX-Request": "true"})
        assert response.status_code == 200
        assert response["HX-Redirect"].startswith("/en/accounts/login/?next=")
        assert response.content == b""


@pytest.mark.django_db
def test_unverified_participant_is_told_to_confirm_their_email(client, thread):
    client.force_login(UserFactory(verified=False))
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Please confirm your e-mail address first" in page
    assert 'name="body"' not in page


@pytest.mark.django_db
def test_visitor_reads_without_a_form_and_is_invited_to_sign_in(client, thread):
    ContributionFactory(thread=thread, body="Visible to everyone")
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Visible to everyone" in page
    assert "Sign in to take part" in page
    assert 'name="body"' not in page


@pytest.mark.django_db
def test_reply_without_javascript_and_with_htmx(client, thread, participant):
    top = ContributionFactory(thread=thread)
    data = {"reply-kind": "opinion", "reply-body": "Agreed, and seafarers too.", "reply-language": "en"}

    response = client.post(f"/en/contributions/{top.pk}/reply/", data, follow=True)
    assert "Your reply is posted." in response.content.decode()

    data["reply-body"] = "And farm workers."
    response = client.post(f"/en/contributions/{top.pk}/reply/", data, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert f'hx-swap-oob="beforeend:#replies-{top.pk}"' in html
    assert "And farm workers." in html
    assert list(top.descendants.values_list("body", flat=True)) == ["Agreed, and seafarers too.", "And farm workers."]


@pytest.mark.django_db
def test_replies_to_replies_are_shown_flat_under_their_top_level_contribution(client, thread):
    top = ContributionFactory(thread=thread, body="Top")
    reply = ContributionFactory(thread=thread, parent=top, body="First reply")
    ContributionFactory(thread=thread, parent=reply, body="Reply to the reply")

    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    replies = page[page.index(f'id="replies-{top.pk}"') :]
    assert replies.index("First reply") < replies.index("Reply to the reply")
    assert f"in reply to {reply.author.display_name}" in replies


@pytest.mark.django_db
def test_support_toggles_in_place_with_htmx(client, thread, participant):
    contribution = ContributionFactory(thread=thread)
    url = f"/en/contributions/{contribution.pk}/support/"

    html = client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert 'aria-pressed="true"' in html and '<span class="count">1</span>' in html
    html = client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert 'aria-pressed="false"' in html and '<span class="count">0</span>' in html
    assert not Support.objects.exists()


@pytest.mark.django_db
def test_flag_page_records_the_flag_and_thanks(client, thread, participant):
    contribution = ContributionFactory(thread=thread)
    url = f"/en/contributions/{contribution.pk}/flag/"
    assert client.get(url).status_code == 200

    response = client.post(url, {"reason": "personal_data", "note": "Shows a phone number"}, follow=True)

    assert "Moderators will review this contribution." in response.content.decode()
    flag = Flag.objects.get()
    assert (flag.user, flag.reason) == (participant, "personal_data")


@pytest.mark.django_db
def test_author_edits_within_the_window_and_the_edit_is_marked(client, thread, participant):
    contribution = ContributionFactory(thread=thread, author=participant)
    response = client.post(
        f"/en/contributions/{contribution.pk}/edit/", {"kind": "insight", "body": "Better"}, follow=True
    )
    page = response.content.decode()
    assert "Your changes are saved." in page
    assert ">edited<" in page
    contribution.refresh_from_db()
    assert contribution.body == "Better" and contribution.edited_at is not None


@pytest.mark.django_db
def test_someone_else_cannot_edit_or_remove(client, thread, participant):
    contribution = ContributionFactory(thread=thread)
    assert (
        client.post(f"/en/contributions/{contribution.pk}/edit/", {"kind": "insight", "body": "x"}).status_code == 403
    )
    assert client.post(f"/en/contributions/{contribution.pk}/delete/").status_code == 403
    contribution.refresh_from_db()
    assert contribution.status == "published" and contribution.body != "x"


@pytest.mark.django_db
def test_removed_with_replies_shows_a_placeholder_and_keeps_replies(client, thread, participant):
    contribution = ContributionFactory(thread=thread, author=participant, body="Regret this")
    ContributionFactory(thread=thread, parent=contribution, body="A reply that stays")
    client.post(f"/en/contributions/{contribution.pk}/delete/")

    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Removed by its author." in page
    assert "Regret this" not in page
    assert "A reply that stays" in page


@pytest.mark.django_db
def test_hidden_contribution_is_a_placeholder_for_the_public_but_readable_by_moderators(client, thread):
    ContributionFactory(thread=thread, body="Offensive words", status="hidden")
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Hidden by moderation." in page and "Offensive words" not in page

    moderator = UserFactory()
    RoleFactory(consultation=thread.round.consultation, user=moderator, role=RoleAssignment.Role.MODERATOR)
    client.force_login(moderator)
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Offensive words" in page


@pytest.mark.django_db
def test_filters_by_kind_and_language_and_counts_per_kind(client, thread):
    ContributionFactory(thread=thread, kind="recommendation", language="es", body="Regularización ya")
    insight = ContributionFactory(thread=thread, kind="insight", language="en", body="An insight")
    ContributionFactory(thread=thread, parent=insight, kind="recommendation", body="A reply")  # counted with its post

    page = client.get(f"/en/threads/{thread.pk}/?kind=recommendation&lang=es").content.decode()
    assert "Regularización ya" in page and "An insight" not in page
    assert "Recommendation: 1" in page and "Insight: 1" in page  # each number is what its link lists

    page = client.get(
        f"/en/threads/{thread.pk}/?kind=nonsense&lang=xx&sort=%3Cscript%3E&after=garbage"
    ).content.decode()
    assert "Regularización ya" in page and "An insight" in page


@pytest.mark.django_db
def test_keyset_pages_have_30_contributions_and_reach_the_oldest(client, thread):
    contributions = ContributionFactory.create_batch(65, thread=thread)
    seen, url = [], f"/en/threads/{thread.pk}/"
    while url:
        response = client.get(url)
        items = [c for c in response.context["items"]]
        seen.extend(items)
        cursor = response.context["next_cursor"]
        url = f"/en/threads/{thread.pk}/?after={cursor}" if cursor else None
    assert [len(seen)] == [65]
    assert [c.pk for c in seen] == sorted((c.pk for c in contributions), reverse=True)


@pytest.mark.django_db
def test_most_supported_sort(client, thread):
    low = ContributionFactory(thread=thread, support_count=1, body="Low")
    high = ContributionFactory(thread=thread, support_count=9, body="High")
    items = client.get(f"/en/threads/{thread.pk}/?sort=supported").context["items"]
    assert [c.pk for c in items] == [high.pk, low.pk]


def _bulk_thread(thread, count):
    users = [UserFactory() for _ in range(5)]
    tops = Contribution.objects.bulk_create(
        Contribution(
            thread=thread, author=users[i % 5], body=f"Point {i}", body_html=f"<p>Point {i}</p>", language="en"
        )
        for i in range(count)
    )
    Contribution.objects.bulk_create(
        Contribution(
            thread=thread,
            author=users[(i + 1) % 5],
            parent=top,
            root=top,
            body="Reply",
            body_html="<p>Reply</p>",
            language="en",
        )
        for i, top in enumerate(tops)
    )
    Support.objects.bulk_create(Support(user=users[0], contribution=top) for top in tops[::2])


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 1000])
def test_thread_page_query_count_does_not_grow(client, thread, participant, count, django_assert_num_queries):
    _bulk_thread(thread, count)
    first = f"/en/threads/{thread.pk}/"
    boundary = Contribution.objects.filter(thread=thread, parent=None).order_by("-support_count", "-id")[5]
    later = f"{first}?sort=supported&after={encode_cursor('supported', boundary)}"  # as the site links to it
    # session, user, thread, the viewer's access facts (two-factor, e-mail verified, suspensions), page, replies,
    # kind counts, supports
    with django_assert_num_queries(10):
        client.get(first)
    # the thread and the list rendered once are kept, and so are what the viewer supports here and their access
    # facts: session and user
    with django_assert_num_queries(2):
        client.get(first)
    with django_assert_num_queries(5):  # page, replies, kind counts
        client.get(later)
    with django_assert_num_queries(2):
        client.get(later)


@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["newest", "supported"])
def test_a_later_page_is_read_from_the_index_without_sorting_the_thread(client, thread, sort):
    _bulk_thread(thread, 300)
    boundary = Contribution.objects.filter(thread=thread, parent=None).order_by("-support_count", "-id")[100]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A few hundred rows are read faster by sorting them: ask whether an index gives them in order.
            cursor.execute("ANALYZE rounds_contribution")
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute("SET LOCAL enable_incremental_sort = off")
    with CaptureQueriesContext(connection) as queries:
        client.get(f"/en/threads/{thread.pk}/?sort={sort}&after={encode_cursor(sort, boundary)}")

    page_query = next(q["sql"] for q in queries if "LIMIT 31" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {'QUERY PLAN ' if connection.vendor == 'sqlite' else ''}{page_query}")
        plan = " ".join(str(column) for row in cursor.fetchall() for column in row)
    assert "contribution_thread_" in plan  # one of the thread's two indexes
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


@pytest.mark.django_db
def test_permalink_shows_the_contribution_in_its_conversation(client, thread):
    top = ContributionFactory(thread=thread, body="The top post")
    reply = ContributionFactory(thread=thread, parent=top, body="The reply")
    page = client.get(f"/en/contributions/{reply.pk}/").content.decode()
    assert "The top post" in page and "The reply" in page
    assert f'class="contribution is-highlighted" id="c{reply.pk}"' in page


@pytest.mark.django_db
def test_draft_rounds_are_not_public(client):
    thread = ThreadFactory(round__state="draft")
    assert client.get(f"/en/threads/{thread.pk}/").status_code == 404
    assert client.get(f"/en/rounds/{thread.round_id}/").status_code == 404


@pytest.mark.django_db
def test_anonymous_posts_show_anonymous_participant(client, thread, participant):
    client.post(post_url(thread), post_data(anonymous="on"))
    client.logout()
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "Anonymous participant" in page
    assert participant.display_name not in page


@pytest.mark.django_db
def test_a_refusal_in_place_is_a_notice_not_a_whole_page(client, thread, participant):
    contribution = ContributionFactory(thread=thread)
    Round.objects.filter(pk=thread.round_id).update(state=Round.State.CLOSED)

    response = client.post(f"/en/contributions/{contribution.pk}/support/", headers={"HX-Request": "true"})

    html = response.content.decode()
    assert response.status_code == 403
    assert "You are not allowed to do this." in html
    assert "<html" not in html
    assert "<html" in client.post(f"/en/contributions/{contribution.pk}/support/").content.decode()


@pytest.mark.django_db
def test_an_expired_form_sent_in_place_gives_the_text_back_where_the_form_was(thread, participant):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)

    response = client.post(post_url(thread), post_data(), headers={"HX-Request": "true", "X-CSRFToken": "stale"})

    html = response.content.decode()
    assert response.status_code == 403
    assert "for your safety nothing was saved" in html
    assert f">{escape(TEXT)}</textarea>" in html
    assert "<html" not in html
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_direction_overrides_are_taken_out_of_a_post(client, thread, participant):
    client.post(post_url(thread), post_data(body="This is \u202eevil\u202c, and عربي \u2067stays\u2069 readable"))
    assert Contribution.objects.get().body == "This is evil, and عربي stays readable"


@pytest.mark.django_db
def test_a_text_over_the_limit_comes_back_whole_with_a_message(client, thread, participant):
    page = client.get(f"/en/threads/{thread.pk}/").content.decode()
    assert "maxlength" not in page[page.index('name="body"') - 200 : page.index('name="body"') + 200]

    long_text = "Fair recruitment. " * 1200  # 21,600 characters
    response = client.post(post_url(thread), post_data(body=long_text))

    page = response.content.decode()
    assert response.status_code == 422
    assert "a contribution can have up to 10,000 characters, and this one has 21599." in page
    assert escape(long_text.strip()) in page


@pytest.mark.django_db
def test_an_expired_form_gives_back_what_was_typed_not_the_choices_made(thread, participant):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)

    response = client.post(post_url(thread), post_data(kind="opinion", anonymous="on"))

    page = response.content.decode()
    assert response.status_code == 403
    assert "Please send the form again" in page
    assert f">{escape(TEXT)}</textarea>" in page
    assert page.count("<textarea") == 1  # the text to copy; the choices made are listed apart
    assert "Also in the form: opinion, en, on" in page


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["hidden", "removed"])
def test_the_reply_page_never_quotes_what_the_public_may_not_read(client, thread, status):
    hidden = ContributionFactory(thread=thread, body="Words taken down", status=status)
    UserFactory(email="returning@example.org")
    url = f"/en/contributions/{hidden.pk}/reply/"
    client.post(url, {"reply-kind": "opinion", "reply-body": "My reply", "reply-language": "en"})  # signed out
    sign_in(client)

    for response in (client.get(url), client.post(url, {"reply-kind": "opinion", "reply-body": "Again"})):
        page = response.content.decode()
        assert response.status_code == 403
        assert "Words taken down" not in page
    moderator = UserFactory()
    RoleFactory(consultation=thread.round.consultation, user=moderator, role=RoleAssignment.Role.MODERATOR)
    client.force_login(moderator)
    # as on the thread page: moderators read what they hid, nobody reads what its author removed
    assert ("Words taken down" in client.post(url, {"reply-body": "x"}).content.decode()) is (status == "hidden")


@pytest.mark.django_db
def test_a_session_keeps_few_drafts_and_no_more_than_a_long_text(client, thread):
    tops = ContributionFactory.create_batch(5, thread=thread)
    for top in tops:
        client.post(f"/en/contributions/{top.pk}/reply/", {"reply-body": "x" * 50_000, "reply-language": "en"})

    drafts = {key: value for key, value in client.session.items() if key.startswith("draft-")}
    assert sorted(drafts) == [f"draft-reply-{top.pk}" for top in tops[-3:]]
    assert all(len(draft["fields"]["body"]) == 20_000 for draft in drafts.values())
