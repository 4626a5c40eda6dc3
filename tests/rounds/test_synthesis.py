import datetime

import pytest
from django.db.models import ProtectedError
from django.utils import timezone

from consultations.models import RoleAssignment
from pmc.accounts.models import Region
from rounds.models import Invitation, Outcome, OutcomeVersion, Reflection, Round
from rounds.services import RoundError
from rounds.services.synthesis import (
    child_round_create,
    invitation_accept,
    invitation_send,
    outcome_delete,
    outcome_save,
    reflection_save,
    round_publish_outcomes,
)
from themes.models import GCMObjective, ThematicArea

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from .factories import ContributionFactory, OutcomeFactory, RoundFactory, ThreadFactory, child_round

NOW = timezone.now()


def closed_round_with_contributions():
    thread = ThreadFactory(round__state=Round.State.CLOSED, thematic_area=ThematicArea.objects.get(number=3))
    return thread.round, ContributionFactory.create_batch(3, thread=thread)


def save(round_, *, sources=(), outcome=None, text="Create regular pathways for seasonal workers.", **fields):
    return outcome_save(
        round_=round_,
        acting_user=UserFactory(),
        fields={
            "kind": "recommendation",
            "thematic_area": ThematicArea.objects.get(number=3),
            "text_en": text,
            **fields,
        },
        gcm_objectives=GCMObjective.objects.filter(number__in=[5, 6]),
        sources=sources,
        outcome=outcome,
    )


@pytest.mark.django_db
def test_outcomes_are_written_for_a_closed_round_and_publishing_synthesises_it():
    round_, contributions = closed_round_with_contributions()
    outcome = save(round_, sources=contributions[:2])
    assert outcome.state == "draft"
    assert set(outcome.sources.all()) == set(contributions[:2])

    assert round_publish_outcomes(round_=round_, acting_user=UserFactory()) == 1

    round_.refresh_from_db()
    outcome.refresh_from_db()
    assert (round_.state, outcome.state) == ("synthesised", "published")
    assert outcome.published_at is not None


@pytest.mark.django_db
def test_outcomes_cannot_be_written_while_the_round_is_open():
    thread = ThreadFactory()
    with pytest.raises(RoundError, match="once the round is closed"):
        save(thread.round)


@pytest.mark.django_db
def test_sources_must_come_from_the_round():
    round_, _contributions = closed_round_with_contributions()
    with pytest.raises(RoundError, match="contributions of this round"):
        save(round_, sources=[ContributionFactory()])


@pytest.mark.django_db
def test_publishing_needs_at_least_one_outcome():
    round_, _ = closed_round_with_contributions()
    with pytest.raises(RoundError, match="at least one outcome"):
        round_publish_outcomes(round_=round_, acting_user=UserFactory())


@pytest.mark.django_db
def test_editing_a_published_outcome_keeps_a_version_with_who_and_what():
    round_, contributions = closed_round_with_contributions()
    outcome = save(round_, sources=contributions[:1])
    round_publish_outcomes(round_=round_, acting_user=UserFactory())
    editor = UserFactory(display_name="Editor 100001")

    outcome_save(
        round_=round_,
        acting_user=editor,
        outcome=outcome,
        fields={
            "kind": "recommendation",
            "thematic_area": outcome.thematic_area,
            "text_en": "Create regular, rights-based pathways for seasonal workers.",
        },
        gcm_objectives=outcome.gcm_objectives.all(),
        sources=contributions[:2],
    )

    outcome.refresh_from_db()
    version = OutcomeVersion.objects.get(outcome=outcome)
    assert outcome.version == 2 and version.version == 1
    assert version.changed_by == editor
    assert version.snapshot["text_en"] == "Create regular pathways for seasonal workers."
    assert set(version.changed_fields) == {"text_en", "sources"}


@pytest.mark.django_db
def test_draft_can_be_deleted_but_published_or_revised_outcomes_cannot():
    round_, _ = closed_round_with_contributions()
    draft = save(round_)
    outcome_delete(outcome=draft, acting_user=None)
    assert not Outcome.objects.filter(pk=draft.pk).exists()

    published = OutcomeFactory()
    with pytest.raises(RoundError):
        outcome_delete(outcome=published, acting_user=None)
    later = RoundFactory(
        consultation=published.round.consultation,
        state=Round.State.CLOSED,
        opens_at=NOW + datetime.timedelta(days=30),
        closes_at=NOW + datetime.timedelta(days=40),
    )
    save(later, derived_from=published)
    with pytest.raises(ProtectedError):
        published.delete()


@pytest.mark.django_db
def test_an_outcome_revises_only_a_published_outcome_of_an_earlier_round():
    earlier = OutcomeFactory(
        round__opens_at=NOW - datetime.timedelta(days=60), round__closes_at=NOW - datetime.timedelta(days=30)
    )
    later_round = RoundFactory(consultation=earlier.round.consultation, state=Round.State.CLOSED)
    revision = save(later_round, derived_from=earlier)
    assert list(earlier.revisions.all()) == [revision]

    other_consultation = OutcomeFactory()
    with pytest.raises(RoundError, match="earlier round"):
        save(later_round, derived_from=other_consultation)


@pytest.mark.django_db
def test_child_round_carries_forward_the_parents_published_outcomes():
    outcome = OutcomeFactory()
    OutcomeFactory(round=outcome.round, state="draft")
    child = child_round_create(
        parent=outcome.round,
        acting_user=UserFactory(),
        scope="regional",
        region=Region.objects.get(code="ECA"),
        title="Africa regional round",
        title_en="Africa regional round",
        opens_at=NOW,
        closes_at=NOW + datetime.timedelta(days=14),
        state="open",
    )
    from rounds.services.synthesis import carried_outcomes

    assert list(carried_outcomes(child)) == [outcome]
    assert child.threads.count() == 5


@pytest.mark.django_db
def test_reflection_once_per_participant_per_outcome_and_editable_while_open():
    outcome = OutcomeFactory()
    child = child_round(outcome.round)
    user = UserFactory()
    reflection_save(
        round_=child, outcome=outcome, user=user, stance="endorse", comment="Yes", amendment="", language="en"
    )
    reflection_save(
        round_=child,
        outcome=outcome,
        user=user,
        stance="amend",
        comment="Almost",
        amendment="Include seafarers explicitly.",
        language="en",
    )
    reflection = Reflection.objects.get()
    assert (reflection.stance, reflection.amendment) == ("amend", "Include seafarers explicitly.")

    with pytest.raises(RoundError, match="write the wording"):
        reflection_save(
            round_=child, outcome=outcome, user=user, stance="amend", comment="", amendment=" ", language="en"
        )
    Round.objects.filter(pk=child.pk).update(state="closed")
    with pytest.raises(RoundError, match="closed"):
        reflection_save(
            round_=child, outcome=outcome, user=user, stance="object", comment="", amendment="", language="en"
        )


@pytest.mark.django_db
def test_reflections_only_on_outcomes_carried_into_the_round():
    outcome = OutcomeFactory()
    child = child_round(outcome.round)
    with pytest.raises(RoundError, match="not carried"):
        reflection_save(
            round_=child,
            outcome=OutcomeFactory(),
            user=UserFactory(),
            stance="endorse",
            comment="",
            amendment="",
            language="en",
        )


@pytest.mark.django_db(transaction=True)
def test_invitation_is_emailed_with_a_single_use_link(sent_mail):
    outcome = OutcomeFactory()
    child = child_round(outcome.round, access=Round.Access.INVITATION)
    invitation_send(round_=child, email="Invitee@Example.org", acting_user=None)
    assert invitation_send(round_=child, email="invitee@example.org", acting_user=None) is None  # idempotent

    [message] = sent_mail.wait(to="invitee@example.org")
    token = message["body"].split("/invitations/")[1].split("/")[0]
    invitee, other = UserFactory(), UserFactory()
    assert not invitee.has_perm("rounds.post_contribution", child)

    invitation_accept(token=token, user=invitee)
    invitee = type(invitee).objects.get(pk=invitee.pk)
    assert invitee.has_perm("rounds.post_contribution", child)
    with pytest.raises(RoundError, match="already been used"):
        invitation_accept(token=token, user=other)
    with pytest.raises(RoundError, match="not valid"):
        invitation_accept(token="forged-token", user=other)
    assert Invitation.objects.get().token_hash != token  # only a hash is stored


@pytest.mark.django_db
def test_organiser_scope_covers_region_and_its_countries_only():
    outcome = OutcomeFactory()
    organiser = UserFactory()
    RoleFactory(
        consultation=outcome.round.consultation,
        user=organiser,
        role=RoleAssignment.Role.REGIONAL_ORGANISER,
        region=Region.objects.get(code="ESCAP"),
    )
    parent = outcome.round

    def proposed(**scope):
        return Round(consultation=parent.consultation, parent=parent, **scope)

    assert organiser.has_perm(
        "rounds.create_child_round", proposed(scope="regional", region=Region.objects.get(code="ESCAP"))
    )
    assert organiser.has_perm("rounds.create_child_round", proposed(scope="national", country="PH"))
    assert not organiser.has_perm(
        "rounds.create_child_round", proposed(scope="regional", region=Region.objects.get(code="ECE"))
    )
    assert not organiser.has_perm("rounds.create_child_round", proposed(scope="national", country="FR"))
