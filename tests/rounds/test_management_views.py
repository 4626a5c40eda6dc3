import datetime

import pytest
from django.utils import timezone

from consultations.models import Consultation, RoleAssignment
from rounds.models import ModerationAction, Round

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory, RoleFactory
from .factories import ContributionFactory, FlagFactory, RoundFactory


@pytest.fixture
def secretariat(client):
    consultation = ConsultationFactory(slug="pmc-2021")
    user = UserFactory()
    RoleFactory(consultation=consultation, user=user, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(user)
    return user


@pytest.fixture
def moderator(client):
    consultation = ConsultationFactory(slug="pmc-2021")
    user = UserFactory()
    RoleFactory(consultation=consultation, user=user, role=RoleAssignment.Role.MODERATOR)
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_secretariat_creates_a_consultation_in_the_site_and_becomes_its_secretariat(client, secretariat):
    response = client.post(
        "/en/consultations/new/",
        {
            "title_en": "People's Migration Challenge 2026",
            "title_fr": "Défi 2026",
            "slug": "pmc-2026",
            "description_en": "Five themes.",
            "status": "active",
            "starts_on": "2026-04-13",
            "ends_on": "2026-09-30",
            "thematic_areas": [1, 2],
        },
        follow=True,
    )

    assert "The consultation has been created." in response.content.decode()
    consultation = Consultation.objects.get(slug="pmc-2026")
    assert consultation.title_fr == "Défi 2026"
    assert consultation.role_assignments.get().user == secretariat


@pytest.mark.django_db
def test_consultation_form_errors_keep_input(client, secretariat):
    response = client.post(
        "/en/consultations/new/",
        {
            "title_en": "Kept title",
            "slug": "bad slug!",
            "status": "active",
            "starts_on": "2026-05-01",
            "ends_on": "2026-04-01",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The consultation cannot end before it starts." in page
    assert 'value="Kept title"' in page


@pytest.mark.django_db
def test_participants_cannot_create_consultations_or_rounds(client):
    ConsultationFactory(slug="pmc-2021")
    client.force_login(UserFactory())
    assert client.get("/en/consultations/new/").status_code == 403
    assert client.get("/en/consultations/pmc-2021/rounds/new/").status_code == 403


@pytest.mark.django_db
def test_secretariat_creates_a_round_with_threads_and_opens_and_closes_it(client, secretariat):
    now = timezone.now().replace(second=0, microsecond=0)
    response = client.post(
        "/en/consultations/pmc-2021/rounds/new/",
        {
            "title_en": "Global round 1",
            "title_ar": "الجولة العالمية الأولى",
            "sequence": 1,
            "opens_at": (now + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now + datetime.timedelta(days=15)).strftime("%Y-%m-%dT%H:%M"),
            "access": "open",
            "schedule": "1",
        },
        follow=True,
    )
    round_ = Round.objects.get()
    assert "one thread per thematic area" in response.content.decode()
    assert round_.state == "scheduled" and round_.threads.count() == 5

    client.post(f"/en/rounds/{round_.pk}/state/", {"state": "open"})
    round_.refresh_from_db()
    assert round_.state == "open"
    response = client.post(f"/en/rounds/{round_.pk}/state/", {"state": "synthesised"}, follow=True)
    assert "cannot go from" in response.content.decode()
    client.post(f"/en/rounds/{round_.pk}/state/", {"state": "closed"})
    round_.refresh_from_db()
    assert round_.state == "closed"


@pytest.mark.django_db
def test_round_that_closes_before_it_opens_is_refused_with_a_message(client, secretariat):
    response = client.post(
        "/en/consultations/pmc-2021/rounds/new/",
        {
            "title_en": "Backwards",
            "sequence": 1,
            "opens_at": "2026-05-10T10:00",
            "closes_at": "2026-05-01T10:00",
            "access": "open",
        },
    )
    assert response.status_code == 422
    assert "The round must close after it opens." in response.content.decode()
    assert not Round.objects.exists()


@pytest.mark.django_db
def test_consultation_page_shows_timeline_counts_and_what_to_do_now(client):
    consultation = ConsultationFactory(slug="pmc-2021")
    closed = RoundFactory(
        consultation=consultation,
        title_en="Global round 1",
        state="closed",
        opens_at=timezone.now() - datetime.timedelta(days=60),
        closes_at=timezone.now() - datetime.timedelta(days=30),
    )
    RoundFactory(consultation=consultation, title_en="Global round 2", state="open")
    RoundFactory(consultation=consultation, title_en="Hidden draft", state="draft")
    ContributionFactory.create_batch(3, thread__round=closed)

    page = client.get("/en/consultations/pmc-2021/").content.decode()
    timeline = page[page.index('class="timeline"') :]
    assert timeline.index("Global round 1") < timeline.index("Global round 2")
    assert "3 contributions" in page and "3 participants" in page
    assert "is open until" in page and "Join the discussion" in page
    assert "Hidden draft" not in page


@pytest.mark.django_db
def test_moderator_hides_restores_and_sees_the_audit_log(client, moderator):
    contribution = ContributionFactory(
        thread__round__consultation=Consultation.objects.get(slug="pmc-2021"), body="Flagged text"
    )
    FlagFactory(contribution=contribution, reason="hate_speech")
    queue = client.get("/en/consultations/pmc-2021/moderation/").content.decode()
    assert "Flagged text" in queue and "Hate speech" in queue

    response = client.post(
        f"/en/contributions/{contribution.pk}/moderate/", {"action": "hide", "reason": "Insult"}, follow=True
    )
    assert "The contribution is hidden." in response.content.decode()
    client.post(f"/en/contributions/{contribution.pk}/moderate/", {"action": "restore", "reason": "Context"})
    contribution.refresh_from_db()
    assert contribution.status == "published"

    log = client.get("/en/consultations/pmc-2021/moderation/log/").content.decode()
    assert "Insult" in log and "Context" in log and moderator.display_name in log
    assert ModerationAction.objects.count() == 2


@pytest.mark.django_db
def test_moderation_without_a_reason_is_refused_with_a_message(client, moderator):
    contribution = ContributionFactory(thread__round__consultation=Consultation.objects.get(slug="pmc-2021"))
    response = client.post(f"/en/contributions/{contribution.pk}/moderate/", {"action": "hide"}, follow=True)
    assert "give a reason" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == "published"


@pytest.mark.django_db
def test_moderator_suspends_an_author(client, moderator):
    contribution = ContributionFactory(thread__round__consultation=Consultation.objects.get(slug="pmc-2021"))
    response = client.post(f"/en/contributions/{contribution.pk}/suspend-author/", {"reason": "Spam"}, follow=True)
    assert "is suspended" in response.content.decode()
    assert contribution.author.suspensions.filter(lifted_at__isnull=True).exists()


@pytest.mark.django_db
def test_participants_cannot_reach_moderation(client):
    consultation = ConsultationFactory(slug="pmc-2021")
    contribution = ContributionFactory(thread__round__consultation=consultation)
    client.force_login(UserFactory())
    assert client.get("/en/consultations/pmc-2021/moderation/").status_code == 403
    assert (
        client.post(f"/en/contributions/{contribution.pk}/moderate/", {"action": "hide", "reason": "x"}).status_code
        == 403
    )
    contribution.refresh_from_db()
    assert contribution.status == "published"


@pytest.mark.django_db
def test_secretariat_edits_a_round_in_utc_whatever_their_own_time_zone(client, secretariat):
    secretariat.timezone = "Asia/Manila"  # UTC+8
    secretariat.save()
    round_ = RoundFactory(consultation=Consultation.objects.get(slug="pmc-2021"), title_en="Round 2")
    url = f"/en/rounds/{round_.pk}/edit/"
    assert round_.closes_at.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M") in client.get(url).content.decode()

    response = client.post(
        url,
        {
            "title_en": "Global round 2",
            "title_es": "Segunda ronda global",
            "sequence": 2,
            "opens_at": "2026-06-01T09:00",
            "closes_at": "2026-12-31T17:00",
            "access": "invitation",
        },
        follow=True,
    )

    page = response.content.decode()
    assert "The round has been saved." in page
    assert "to 31 December 2026, 17:00 (UTC)" in page
    round_.refresh_from_db()
    assert round_.closes_at == datetime.datetime(2026, 12, 31, 17, 0, tzinfo=datetime.UTC)
    assert (round_.title_en, round_.title_es, round_.access) == ("Global round 2", "Segunda ronda global", "invitation")


@pytest.mark.django_db
def test_saving_a_round_form_never_undoes_a_state_change_made_meanwhile(secretariat):
    from rounds.forms import RoundForm
    from rounds.services.lifecycle import round_update

    round_ = RoundFactory(consultation=Consultation.objects.get(slug="pmc-2021"))
    form = RoundForm(
        {"title_en": "Renamed", "sequence": 1, "opens_at": "2026-06-01T09:00", "closes_at": "2026-06-15T09:00"}
        | {"access": "open"},
        instance=round_,
    )
    assert form.is_valid(), form.errors
    Round.objects.filter(pk=round_.pk).update(state=Round.State.CLOSED)  # the periodic task closed it meanwhile

    round_update(round_=round_, acting_user=secretariat, fields=form.cleaned_data)

    round_.refresh_from_db()
    assert (round_.title_en, round_.state) == ("Renamed", Round.State.CLOSED)


@pytest.mark.django_db
def test_secretariat_adds_a_thread_at_the_end_of_the_round(client, secretariat):
    from .factories import ThreadFactory

    round_ = RoundFactory(consultation=Consultation.objects.get(slug="pmc-2021"))
    ThreadFactory(round=round_, position=1)
    response = client.post(
        f"/en/rounds/{round_.pk}/threads/new/",
        {"title_en": "Children on the move", "title_fr": "Enfants en déplacement", "prompt_en": "What helps?"},
        follow=True,
    )

    assert "The thread has been added." in response.content.decode()
    thread = round_.threads.get(title_en="Children on the move")
    assert (thread.position, thread.title_fr) == (2, "Enfants en déplacement")
    assert response.redirect_chain[-1][0] == f"/en/threads/{thread.pk}/"


@pytest.mark.django_db
def test_secretariat_edits_the_consultation(client, secretariat):
    consultation = Consultation.objects.get(slug="pmc-2021")
    response = client.get("/en/consultations/pmc-2021/edit/")
    assert response.status_code == 200
    data = {
        "title_en": "People's Migration Challenge 2021",
        "title_ar": "تحدي الهجرة الشعبي",
        "slug": "pmc-2021",
        "description_en": "Renewed description.",
        "status": consultation.status,
        "starts_on": "2021-04-13",
        "ends_on": "2021-12-31",
    }
    response = client.post("/en/consultations/pmc-2021/edit/", data, follow=True)

    assert "The consultation has been saved." in response.content.decode()
    consultation.refresh_from_db()
    assert (consultation.title_ar, consultation.description_en) == ("تحدي الهجرة الشعبي", "Renewed description.")


@pytest.mark.django_db
def test_moderator_hides_a_contribution_nobody_flagged_from_its_thread(client, moderator):
    contribution = ContributionFactory(
        thread__round__consultation=Consultation.objects.get(slug="pmc-2021"), body="Unflagged insult"
    )
    thread_page = client.get(contribution.thread.get_absolute_url()).content.decode()
    link = f"/en/consultations/pmc-2021/moderation/?contribution={contribution.pk}"
    assert f'href="{link}"' in thread_page

    review = client.get(link).content.decode()
    assert "Unflagged insult" in review and 'value="hide"' in review
    assert 'value="dismiss"' not in review  # no flags to dismiss
    response = client.post(
        f"/en/contributions/{contribution.pk}/moderate/",
        {"action": "hide", "reason": "Insult", "next": contribution.get_absolute_url()},
        follow=True,
    )

    assert "The contribution is hidden." in response.content.decode()
    assert response.redirect_chain[-1][0] == contribution.get_absolute_url()
    contribution.refresh_from_db()
    assert contribution.status == "hidden"
    # a made-up number shows the whole queue; another consultation's contribution shows nothing of it
    other = ContributionFactory(body="Elsewhere")
    FlagFactory(contribution=other)
    page = client.get("/en/consultations/pmc-2021/moderation/?contribution=9x").content.decode()
    assert "Unflagged insult" in page and "Everything awaiting review" not in page
    page = client.get(f"/en/consultations/pmc-2021/moderation/?contribution={other.pk}").content.decode()
    assert "Elsewhere" not in page and "Nothing to review" in page


@pytest.mark.django_db
def test_moderator_dismisses_flags_and_the_contribution_stays_visible(client, moderator):
    contribution = ContributionFactory(thread__round__consultation=Consultation.objects.get(slug="pmc-2021"))
    FlagFactory(contribution=contribution, reason="spam")

    response = client.post(
        f"/en/contributions/{contribution.pk}/moderate/", {"action": "dismiss", "reason": "Not spam"}, follow=True
    )

    assert "The flags are dismissed." in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == "published"
    assert not contribution.flags.filter(status="open").exists()
    assert ModerationAction.objects.get().action == ModerationAction.Action.DISMISS_FLAGS
    assert "Nothing to review" in client.get("/en/consultations/pmc-2021/moderation/").content.decode()


@pytest.mark.django_db
def test_a_hidden_contribution_is_restored_or_kept_hidden_not_dismissed(client, moderator):
    contribution = ContributionFactory(
        thread__round__consultation=Consultation.objects.get(slug="pmc-2021"), status="hidden"
    )
    FlagFactory(contribution=contribution)
    review = client.get("/en/consultations/pmc-2021/moderation/").content.decode()
    assert "Keep it hidden" in review and "Restore it" in review and 'value="dismiss"' not in review

    response = client.post(
        f"/en/contributions/{contribution.pk}/moderate/", {"action": "dismiss", "reason": "x"}, follow=True
    )

    assert "restore it, or keep it hidden" in response.content.decode()
    assert contribution.flags.get().status == "open"


@pytest.mark.django_db
def test_moderator_lifts_a_suspension_with_a_reason(client, moderator):
    from consultations.models import Suspension

    consultation = Consultation.objects.get(slug="pmc-2021")
    suspension = Suspension.objects.create(consultation=consultation, user=UserFactory(), reason="Spam")
    url = f"/en/consultations/pmc-2021/suspensions/{suspension.pk}/lift/"

    assert "Give a reason" in client.post(url, {"reason": ""}, follow=True).content.decode()
    response = client.post(url, {"reason": "Apologised"}, follow=True)

    assert "The suspension is lifted." in response.content.decode()
    suspension.refresh_from_db()
    assert suspension.lifted_at is not None
    assert ModerationAction.objects.get().reason == "Apologised"
