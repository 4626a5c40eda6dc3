import datetime
import json

import pytest
from django.utils import timezone

from consultations.models import RoleAssignment
from pmc.accounts.models import Region
from rounds.models import Outcome, Reflection, RegionalFeedback, Round
from rounds.services.synthesis import feedback_save, reflection_save
from themes.models import GCMObjective, SDGTarget, ThematicArea

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory, RoleFactory
from .factories import ContributionFactory, OutcomeFactory, ThreadFactory, child_round

NOW = timezone.now()


@pytest.fixture
def consultation():
    return ConsultationFactory(slug="pmc-2021")


def login_with_role(client, consultation, role, **scope):
    user = UserFactory()
    RoleFactory(consultation=consultation, user=user, role=role, **scope)
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_secretariat_writes_outcome_with_sources_and_publishes(client, consultation):
    thread = ThreadFactory(
        round__consultation=consultation, round__state="closed", thematic_area=ThematicArea.objects.get(number=4)
    )
    popular = ContributionFactory(thread=thread, body="End child detention now", support_count=12)
    ContributionFactory(thread=thread, body="Unrelated point", support_count=1)
    login_with_role(client, consultation, RoleAssignment.Role.SECRETARIAT)
    url = f"/en/rounds/{thread.round_id}/outcomes/new/"
    data = {
        "kind": "recommendation",
        "addressee": "governments",
        "thematic_area": 4,
        "text_en": "States should end immigration detention of children.",
        "text_ar": "ينبغي للدول إنهاء احتجاز الأطفال.",
        "gcm_objectives": [GCMObjective.objects.get(number=13).pk],
        "sdg_targets": [SDGTarget.objects.get(code="16.2").pk],
    }

    # Filtering the source list keeps everything typed.
    filtered = client.post(url, {**data, "source_q": "child", "filter_sources": "1"}).content.decode()
    assert "End child detention now" in filtered and "Unrelated point" not in filtered
    assert "States should end immigration detention of children." in filtered

    response = client.post(url, {**data, "sources": [popular.pk]}, follow=True)
    assert "The outcome is saved." in response.content.decode()
    response = client.post(f"/en/rounds/{thread.round_id}/outcomes/publish/", follow=True)
    assert "are published and the round is synthesised" in response.content.decode()

    outcome = Outcome.objects.get()
    assert outcome.state == "published" and list(outcome.sources.all()) == [popular]
    page = client.get(f"/ar/outcomes/{outcome.pk}/").content.decode()
    assert "ينبغي للدول إنهاء احتجاز الأطفال." in page
    assert popular.author.display_name in page
    assert popular.author.email not in page


@pytest.mark.django_db
def test_outcome_page_shows_lineage_both_ways_and_history(client, consultation):
    first = OutcomeFactory(
        round__consultation=consultation,
        round__opens_at=NOW - datetime.timedelta(days=90),
        round__closes_at=NOW - datetime.timedelta(days=60),
        text_en="Version one",
    )
    second = OutcomeFactory(round__consultation=consultation, derived_from=first, text_en="Version two")
    assert f'href="/en/outcomes/{second.pk}/"' in client.get(f"/en/outcomes/{first.pk}/").content.decode()
    assert f'href="/en/outcomes/{first.pk}/"' in client.get(f"/en/outcomes/{second.pk}/").content.decode()


@pytest.mark.django_db
def test_draft_outcomes_are_not_public(client):
    draft = OutcomeFactory(state="draft")
    assert client.get(f"/en/outcomes/{draft.pk}/").status_code == 404


@pytest.mark.django_db
def test_organiser_creates_a_round_in_scope_and_a_crafted_post_outside_it_is_refused(client, consultation):
    outcome = OutcomeFactory(round__consultation=consultation)
    login_with_role(
        client, consultation, RoleAssignment.Role.REGIONAL_ORGANISER, region=Region.objects.get(code="ESCAP")
    )
    url = f"/en/rounds/{outcome.round_id}/children/new/"
    form = client.get(url).content.decode()
    assert ">Asia and the Pacific<" in form and ">Africa<" not in form
    assert ">Philippines<" in form and ">France<" not in form  # countries of the organiser's region only

    base = {
        "title_en": "Asia-Pacific round",
        "opens_at": NOW.strftime("%Y-%m-%dT%H:%M"),
        "closes_at": (NOW + datetime.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M"),
        "access": "open",
    }
    crafted = client.post(url, {**base, "scope": "national", "country": "FR"})
    assert crafted.status_code == 422  # not a choice offered to this organiser
    assert "Select a valid choice" in crafted.content.decode()
    crafted = client.post(url, {**base, "scope": "regional", "region": Region.objects.get(code="ECE").pk})
    assert crafted.status_code == 422  # not even a choice offered to this organiser
    assert not Round.objects.filter(parent=outcome.round).exists()

    response = client.post(url, {**base, "scope": "national", "country": "PH"}, follow=True)
    assert "carried forward" in response.content.decode()
    child = Round.objects.get(parent=outcome.round)
    assert (child.scope, child.country.code, child.state) == ("national", "PH", "open")


@pytest.mark.django_db
def test_participant_reflects_on_a_carried_outcome_and_can_change_it(client, consultation):
    outcome = OutcomeFactory(round__consultation=consultation, text_en="Portable social protection for all")
    child = child_round(outcome.round)
    client.force_login(UserFactory())
    page = client.get(f"/en/rounds/{child.pk}/").content.decode()
    assert "Portable social protection for all" in page and "Give your reflection" in page

    url = f"/en/rounds/{child.pk}/reflect/{outcome.pk}/"
    prefix = f"o{outcome.pk}"
    response = client.post(url, {f"{prefix}-stance": "amend", f"{prefix}-amendment": "", f"{prefix}-language": "en"})
    assert response.status_code == 422 and "write the wording you propose" in response.content.decode()

    response = client.post(
        url,
        {
            f"{prefix}-stance": "amend",
            f"{prefix}-amendment": "Include seafarers",
            f"{prefix}-comment": "Ships too",
            f"{prefix}-language": "en",
        },
        follow=True,
    )
    assert "Your reflection is saved." in response.content.decode()
    client.post(url, {f"{prefix}-stance": "endorse", f"{prefix}-language": "en"})
    assert Reflection.objects.get().stance == "endorse"


@pytest.mark.django_db
def test_round_two_shows_each_regions_feedback_and_ranks_by_contention(client, consultation):
    agreed = OutcomeFactory(round__consultation=consultation, text_en="Agreed outcome")
    contested = OutcomeFactory(round=agreed.round, text_en="Contested outcome")
    asia, africa = child_round(agreed.round, region_code="ESCAP"), child_round(agreed.round, region_code="ECA")
    for round_, outcome, stance, amendment in [
        (asia, agreed, "endorse", ""),
        (africa, agreed, "endorse", ""),
        (asia, contested, "object", ""),
        (africa, contested, "amend", "Name the employers' duties"),
    ]:
        reflection_save(
            round_=round_,
            outcome=outcome,
            user=UserFactory(),
            stance=stance,
            comment="",
            amendment=amendment,
            language="en",
        )
    Round.objects.filter(pk=africa.pk).update(state="closed")
    feedback_save(round_=africa, outcome=contested, summary="Africa wants employers named.", acting_user=None)

    page = client.get(f"/en/rounds/{agreed.round_id}/feedback/?order=contention").content.decode()
    assert page.index("Contested outcome") < page.index("Agreed outcome")
    assert "Name the employers&#x27; duties" in page
    assert "Africa wants employers named." in page
    assert "Asia and the Pacific" in page
    page = client.get(f"/en/rounds/{agreed.round_id}/feedback/?order=agreement").content.decode()
    assert page.index("Agreed outcome") < page.index("Contested outcome")


@pytest.mark.django_db
def test_organiser_writes_regional_feedback_after_closing(client, consultation):
    outcome = OutcomeFactory(round__consultation=consultation)
    child = child_round(outcome.round, region_code="ECE", state="closed")
    login_with_role(client, consultation, RoleAssignment.Role.REGIONAL_ORGANISER, region=Region.objects.get(code="ECE"))
    response = client.post(
        f"/en/rounds/{child.pk}/feedback/edit/", {f"f{outcome.pk}-summary": "Europe agrees."}, follow=True
    )
    assert "The regional feedback is saved." in response.content.decode()
    assert RegionalFeedback.objects.get().summary == "Europe agrees."


@pytest.mark.django_db
def test_who_is_missing_lists_regions_not_heard_per_theme(client, consultation):
    thread = ThreadFactory(round__consultation=consultation, thematic_area=ThematicArea.objects.get(number=5))
    ContributionFactory(thread=thread, author=UserFactory(country="PH"))
    ContributionFactory(thread=thread, author=UserFactory(country="SN"))
    page = client.get("/en/consultations/pmc-2021/participation/").content.decode()
    climate = page[page.index("Climate Change and Migration") :]
    climate = climate[: climate.index("</tr>")]
    heard, missing = climate.split("</td>")[0], climate.split("</td>")[1]
    assert "Asia and the Pacific" in heard and "Africa" in heard
    assert "Arab States" in missing and "Latin America" in missing


@pytest.mark.django_db
def test_exports_stream_pseudonyms_never_emails(client, consultation):
    thread = ThreadFactory(round__consultation=consultation)
    author = UserFactory(email="secret.person@example.org", display_name="Heron 555555")
    ContributionFactory(thread=thread, author=author, body="Line one, with a comma")
    ContributionFactory(thread=thread, author=author, body="Anonymous one", anonymous=True)
    login_with_role(client, consultation, RoleAssignment.Role.SECRETARIAT)

    response = client.get(f"/en/rounds/{thread.round_id}/export/contributions.csv")
    body = b"".join(response.streaming_content).decode()
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    assert "Heron 555555" in body and '"Line one, with a comma"' in body and "Anonymous participant" in body
    assert "secret.person" not in body
    response = client.get(f"/en/rounds/{thread.round_id}/export/contributions.json")
    rows = json.loads(b"".join(response.streaming_content))
    assert {row["author"] for row in rows} == {"Heron 555555", "Anonymous participant"}
    assert client.get(f"/en/rounds/{thread.round_id}/export/passwords.csv").status_code == 404


@pytest.mark.django_db
def test_participants_cannot_export(client, consultation):
    thread = ThreadFactory(round__consultation=consultation)
    client.force_login(UserFactory())
    assert client.get(f"/en/rounds/{thread.round_id}/export/contributions.csv").status_code == 403


@pytest.mark.django_db
def test_dashboard_lists_scope_rounds_and_what_to_do(client, consultation):
    outcome = OutcomeFactory(round__consultation=consultation)
    child_round(outcome.round, region_code="ESCAP", state="closed", title_en="Asia-Pacific round")
    child_round(outcome.round, region_code="ECE", state="closed", title_en="Europe round")
    login_with_role(
        client, consultation, RoleAssignment.Role.REGIONAL_ORGANISER, region=Region.objects.get(code="ESCAP")
    )
    page = client.get("/en/organise/").content.decode()
    assert "Asia-Pacific round" in page and "Europe round" not in page
    assert "write its regional feedback" in page
    client.force_login(UserFactory())
    assert client.get("/en/organise/").status_code == 403


@pytest.mark.django_db(transaction=True)
def test_invitation_page_accepts_with_a_post(client, sent_mail):
    from rounds.services.synthesis import invitation_send

    outcome = OutcomeFactory(round__consultation=ConsultationFactory(slug="pmc-2021"))
    child = child_round(outcome.round, access="invitation")
    invitation_send(round_=child, email="guest@example.org", acting_user=None)
    [message] = sent_mail.wait(to="guest@example.org")

    token = message["body"].split("/invitations/")[1].split("/")[0]
    assert client.get(f"/en/invitations/{token}/").status_code == 302  # sign in first
    client.force_login(UserFactory())
    response = client.post(f"/en/invitations/{token}/", follow=True)
    assert "you can now take part" in response.content.decode()
    assert client.post("/en/invitations/nonsense/").status_code == 400
