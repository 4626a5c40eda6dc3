import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from consultations.models import RoleAssignment
from rounds.models import Contribution, Flag, ModerationAction, Round, Support
from rounds.services import PostingTooFast, RoundError, RoundNotOpen
from rounds.services.contributions import contribution_post, contribution_remove, support_toggle
from rounds.services.moderation import contribution_set_visibility, flag_create, participant_suspend

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from ..hostile import executable_markup
from .factories import ContributionFactory, FlagFactory, ThreadFactory


def post(thread, author, body="We need firewalls between health services and immigration enforcement.", **kw):
    return contribution_post(thread=thread, author=author, kind="recommendation", body=body, language="en", **kw)


@pytest.mark.django_db
def test_replies_to_replies_share_the_top_level_root_and_count():
    thread = ThreadFactory()
    top = post(thread, UserFactory())
    reply = post(thread, UserFactory(), parent=top)
    reply_to_reply = post(thread, UserFactory(), parent=reply)

    assert reply.root == top and reply_to_reply.root == top and reply_to_reply.parent == reply
    top.refresh_from_db()
    assert top.reply_count == 2


@pytest.mark.django_db
def test_markdown_is_rendered_safely_with_nofollow_links_and_no_images():
    body = (
        "**Bold** <script>alert(1)</script> [link](https://example.org) [bad](javascript:alert(1)) "
        '<img src="https://tracker.example/x.png" onerror="alert(1)"> <a href="#" onclick="x()">a</a>'
    )
    html = post(ThreadFactory(), UserFactory(), body=body).body_html

    assert "<strong>Bold</strong>" in html
    assert executable_markup(html) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # typed HTML is shown as typed, as text
    assert 'href="https://example.org" rel="nofollow ugc"' in html
    assert 'href="javascript:' not in html and '<a rel="nofollow ugc">bad</a>' in html


@pytest.mark.django_db
def test_words_in_angle_brackets_are_kept_as_text():
    html = post(ThreadFactory(), UserFactory(), body="<Ahmed> said: wages under 1 < 2 are <b>theft</b>").body_html
    assert html == "<p>&lt;Ahmed&gt; said: wages under 1 &lt; 2 are &lt;b&gt;theft&lt;/b&gt;</p>"


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["scheduled", "closed", "synthesised"])
def test_posting_outside_an_open_round_is_refused(state):
    thread = ThreadFactory(round__state=state)
    with pytest.raises(RoundNotOpen):
        post(thread, UserFactory())
    assert not Contribution.objects.exists()


@pytest.mark.django_db
@override_settings(POSTS_PER_MINUTE=2)
def test_posting_rate_is_limited_per_participant():
    thread, author = ThreadFactory(), UserFactory()
    post(thread, author)
    post(thread, author)
    with pytest.raises(PostingTooFast):
        post(thread, author)
    post(thread, UserFactory())  # someone else is not affected
    assert Contribution.objects.count() == 3


@pytest.mark.django_db
@override_settings(POSTS_PER_MINUTE=2)
def test_posting_rate_is_limited_across_the_turn_of_a_minute_and_refusals_do_not_count(monkeypatch):
    from rounds.services import contributions

    clock = [6_000_000 * 60 + 58.0]  # two seconds before a minute turns
    monkeypatch.setattr(contributions.time, "time", lambda: clock[0])
    thread, author = ThreadFactory(), UserFactory()
    post(thread, author)
    post(thread, author)
    clock[0] += 4  # the next minute has begun: the two posts of four seconds ago still count
    with pytest.raises(PostingTooFast):
        post(thread, author)
    clock[0] += 50  # 54 seconds after them: the earlier minute weighs less than one post
    post(thread, author)
    with pytest.raises(PostingTooFast):
        post(thread, author)
    assert Contribution.objects.count() == 3


@pytest.mark.django_db
def test_support_toggles_once_per_participant():
    contribution = ContributionFactory()
    supporter = UserFactory()

    assert support_toggle(contribution=contribution, user=supporter) is True
    contribution.refresh_from_db()
    assert contribution.support_count == 1
    assert support_toggle(contribution=contribution, user=supporter) is False
    contribution.refresh_from_db()
    assert contribution.support_count == 0
    assert not Support.objects.exists()


@pytest.mark.django_db
def test_removed_contribution_keeps_its_place_and_replies():
    top = ContributionFactory()
    reply = ContributionFactory(thread=top.thread, parent=top)
    contribution_remove(contribution=top, acting_user=top.author)
    top.refresh_from_db()
    assert top.status == Contribution.Status.REMOVED
    assert Contribution.objects.filter(pk=reply.pk, status="published").exists()


@pytest.mark.django_db(transaction=True)
def test_third_open_flag_hides_and_notifies_moderators_by_email(sent_mail):
    contribution = ContributionFactory()
    consultation = contribution.thread.round.consultation
    RoleFactory(
        consultation=consultation, user=UserFactory(email="mod@example.org"), role=RoleAssignment.Role.MODERATOR
    )
    for _ in range(2):
        flag_create(contribution=contribution, user=UserFactory(), reason=Flag.Reason.HATE_SPEECH)
    contribution.refresh_from_db()
    assert contribution.status == "published"

    flag_create(contribution=contribution, user=UserFactory(), reason=Flag.Reason.SPAM)

    contribution.refresh_from_db()
    assert contribution.status == "hidden"
    action = ModerationAction.objects.get()
    assert (action.action, action.contribution, action.moderator) == ("auto_hide", contribution, None)
    [message] = sent_mail.wait(to="mod@example.org")
    assert "hidden" in message["subject"]
    assert f"/consultations/{consultation.slug}/moderation/" in message["body"]


@pytest.mark.django_db
def test_flagging_twice_is_refused_with_a_message():
    contribution, user = ContributionFactory(), UserFactory()
    flag_create(contribution=contribution, user=user, reason="spam")
    with pytest.raises(RoundError, match="already flagged"):
        flag_create(contribution=contribution, user=user, reason="spam")
    assert len(mail.outbox) == 0


@pytest.mark.django_db
def test_hide_and_restore_are_logged_and_close_open_flags():
    contribution = ContributionFactory()
    flag = FlagFactory(contribution=contribution)
    moderator = UserFactory()

    contribution_set_visibility(contribution=contribution, moderator=moderator, hidden=True, reason="Hate speech")
    flag.refresh_from_db()
    assert flag.status == "upheld"
    contribution_set_visibility(contribution=contribution, moderator=moderator, hidden=False, reason="On review OK")

    contribution.refresh_from_db()
    assert contribution.status == "published"
    assert list(ModerationAction.objects.order_by("pk").values_list("action", "reason")) == [
        ("hide", "Hate speech"),
        ("restore", "On review OK"),
    ]


@pytest.mark.django_db
def test_suspended_participant_cannot_post_and_suspension_is_logged():
    thread = ThreadFactory()
    participant = UserFactory()
    participant_suspend(
        consultation=thread.round.consultation, participant=participant, moderator=UserFactory(), reason="Repeated spam"
    )
    participant = type(participant).objects.get(pk=participant.pk)  # fresh permission caches
    assert not participant.has_perm("rounds.post_contribution", thread.round)
    assert ModerationAction.objects.get().action == "suspend"
    with pytest.raises(RoundError):
        participant_suspend(
            consultation=thread.round.consultation, participant=participant, moderator=None, reason="again"
        )


@pytest.mark.django_db
def test_round_state_checked_under_lock_when_closed_between_form_and_post():
    thread = ThreadFactory()
    Round.objects.filter(pk=thread.round_id).update(state="closed")  # closed after the page was loaded
    with pytest.raises(RoundNotOpen):
        post(thread, UserFactory())


@pytest.mark.django_db
def test_nothing_is_taken_after_the_closing_time_even_before_the_state_moves():
    thread = ThreadFactory()
    supporter, author = UserFactory(), UserFactory()
    contribution = post(thread, author)
    Round.objects.filter(pk=thread.round_id).update(closes_at=timezone.now() - datetime.timedelta(seconds=1))
    thread.round.refresh_from_db()

    with pytest.raises(RoundNotOpen):
        post(thread, author)
    with pytest.raises(RoundNotOpen):
        support_toggle(contribution=contribution, user=supporter)
    assert Contribution.objects.count() == 1 and not Support.objects.exists()
