"""Defects found in review, each pinned by a test."""

import pytest
from django.conf import settings

from consultations.models import Consultation, RoleAssignment
from consultations.services import RoleError, role_assign
from rounds.models import Contribution, Outcome, Round
from rounds.services import RoundError
from rounds.services.lifecycle import round_transition
from rounds.services.synthesis import outcome_save
from themes.models import ThematicArea

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory, RoleFactory
from .factories import ContributionFactory, OutcomeFactory, RoundFactory, ThreadFactory, child_round


@pytest.mark.django_db
def test_reflection_form_never_reveals_an_outcome_not_carried_into_the_round(client):
    outcome = OutcomeFactory()
    child = child_round(outcome.round)
    secret = OutcomeFactory(state="draft", text_en="Secret draft of another consultation")
    client.force_login(UserFactory())
    response = client.post(f"/en/rounds/{child.pk}/reflect/{secret.pk}/", {})
    assert response.status_code == 404
    assert "Secret draft" not in response.content.decode()


@pytest.mark.django_db
def test_rounds_of_a_draft_consultation_are_neither_public_nor_open_for_posting(client):
    thread = ThreadFactory(round__consultation=ConsultationFactory(status=Consultation.Status.DRAFT))
    assert client.get(f"/en/rounds/{thread.round_id}/").status_code == 404
    assert client.get(f"/en/threads/{thread.pk}/").status_code == 404
    client.force_login(UserFactory())
    client.post(f"/en/threads/{thread.pk}/post/", {"kind": "insight", "body": "Too early", "language": "en"})
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_a_round_becomes_synthesised_only_by_publishing_its_outcomes():
    round_ = RoundFactory(state=Round.State.CLOSED)
    with pytest.raises(RoundError):
        round_transition(round_id=round_.pk, to_state="synthesised")


@pytest.mark.django_db
def test_an_outcome_added_to_a_synthesised_round_is_published_with_the_others():
    round_ = RoundFactory(state=Round.State.SYNTHESISED)
    outcome = outcome_save(
        round_=round_,
        acting_user=None,
        fields={
            "kind": "recommendation",
            "thematic_area": ThematicArea.objects.get(number=2),
            "text_en": "Late addition",
        },
    )
    assert outcome.state == Outcome.State.PUBLISHED and outcome.published_at is not None


@pytest.mark.django_db
def test_exported_csv_cells_cannot_become_spreadsheet_formulas(client):
    thread = ThreadFactory()
    ContributionFactory(thread=thread, body='=HYPERLINK("http://evil.example","click")')
    user = UserFactory()
    RoleFactory(consultation=thread.round.consultation, user=user, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(user)
    body = b"".join(client.get(f"/en/rounds/{thread.round_id}/export/contributions.csv").streaming_content).decode()
    assert "'=HYPERLINK" in body


@pytest.mark.django_db
def test_unicode_digits_in_the_source_filter_are_not_a_server_error(client):
    round_ = RoundFactory(state=Round.State.CLOSED)
    user = UserFactory()
    RoleFactory(consultation=round_.consultation, user=user, role=RoleAssignment.Role.SECRETARIAT)
    client.force_login(user)
    assert client.get(f"/en/rounds/{round_.pk}/outcomes/new/?source_thread=%C2%B2").status_code == 200
    response = client.post(f"/en/rounds/{round_.pk}/outcomes/new/", {"sources": "²", "filter_sources": "1"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_only_regional_organisers_have_a_regional_scope():
    from pmc.accounts.models import Region

    with pytest.raises(RoleError, match="Only regional organisers"):
        role_assign(
            consultation=ConsultationFactory(),
            user=UserFactory(),
            role="moderator",
            region=Region.objects.get(code="ECA"),
            acting_user=None,
        )


@pytest.mark.django_db
def test_brief_files_are_not_under_the_public_media_folder():
    assert not str(settings.STORAGES["briefs"]["OPTIONS"]["location"]).startswith(str(settings.MEDIA_ROOT))
