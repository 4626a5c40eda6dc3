"""Permission tables: every named permission × role × round state."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from consultations.models import RoleAssignment, Suspension
from rounds.models import Round

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from .factories import ContributionFactory, ThreadFactory

ROLES = ["visitor", "participant", "unverified", "suspended", "moderator", "secretariat"]
STATES = list(Round.State.values)
TAKING_PART = {"participant", "moderator", "secretariat"}


def expected(permission: str, role: str, state: str) -> bool:
    is_open = state == "open"
    return {
        "rounds.view_round": state != "draft" or role == "secretariat",
        "rounds.post_contribution": role in TAKING_PART and is_open,
        "rounds.reply_contribution": role in TAKING_PART and is_open,
        "rounds.support_contribution": role in TAKING_PART and is_open,
        "rounds.flag_contribution": role in TAKING_PART,
        "rounds.change_contribution": role in TAKING_PART and is_open,
        "rounds.delete_contribution": role != "visitor",
        "rounds.moderate": role in {"moderator", "secretariat"},
        "rounds.manage_rounds": role == "secretariat",
        "consultations.manage_consultation": role == "secretariat",
    }[permission]


# Which object each permission is checked on: the round, someone else's contribution, or one's own.
TARGETS = {
    "rounds.view_round": "round",
    "rounds.post_contribution": "round",
    "rounds.reply_contribution": "other",
    "rounds.support_contribution": "other",
    "rounds.flag_contribution": "other",
    "rounds.change_contribution": "own",
    "rounds.delete_contribution": "own",
    "rounds.moderate": "round",
    "rounds.manage_rounds": "round",
    "consultations.manage_consultation": "consultation",
}


def make_user(role: str, consultation):
    if role == "visitor":
        return AnonymousUser()
    user = UserFactory(verified=role != "unverified")
    if role in {"moderator", "secretariat"}:
        RoleFactory(consultation=consultation, user=user, role=role)
    if role == "suspended":
        Suspension.objects.create(consultation=consultation, user=user, reason="Repeated spam")
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", list(TARGETS))
def test_permission_table(permission, role, state):
    thread = ThreadFactory(round__state=state)
    round_ = thread.round
    user = make_user(role, round_.consultation)
    target = {
        "round": round_,
        "consultation": round_.consultation,
        "other": ContributionFactory(thread=thread),
        "own": ContributionFactory(thread=thread, author=user) if user.is_authenticated else None,
    }[TARGETS[permission]]

    assert user.has_perm(permission, target) is expected(permission, role, state)


@pytest.mark.django_db
def test_nobody_supports_their_own_contribution():
    contribution = ContributionFactory()
    assert not contribution.author.has_perm("rounds.support_contribution", contribution)


@pytest.mark.django_db
def test_editing_is_allowed_for_30_minutes_only():
    contribution = ContributionFactory()
    assert contribution.author.has_perm("rounds.change_contribution", contribution)
    contribution.created_at = timezone.now() - datetime.timedelta(minutes=31)
    assert not contribution.author.has_perm("rounds.change_contribution", contribution)


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["hidden", "removed"])
def test_hidden_or_removed_contributions_cannot_be_replied_to_supported_or_flagged(status):
    contribution = ContributionFactory(status=status)
    other = UserFactory()
    for permission in ["rounds.reply_contribution", "rounds.support_contribution", "rounds.flag_contribution"]:
        assert not other.has_perm(permission, contribution), permission


@pytest.mark.django_db
def test_a_role_in_one_consultation_gives_nothing_in_another():
    thread = ThreadFactory()
    other_round = ThreadFactory().round
    moderator = UserFactory()
    RoleFactory(consultation=thread.round.consultation, user=moderator, role=RoleAssignment.Role.SECRETARIAT)
    assert moderator.has_perm("rounds.manage_rounds", thread.round)
    assert not moderator.has_perm("rounds.manage_rounds", other_round)
    assert not moderator.has_perm("rounds.moderate", other_round)


@pytest.mark.django_db
def test_invitation_only_round_admits_no_ordinary_participant_yet():
    thread = ThreadFactory(round__access=Round.Access.INVITATION)
    assert not UserFactory().has_perm("rounds.post_contribution", thread.round)
