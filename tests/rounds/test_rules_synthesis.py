"""Permission tables for synthesis and carry-forward: role (incl. organiser in / out of scope) × round state."""

import pytest
from django.contrib.auth.models import AnonymousUser

from consultations.models import RoleAssignment
from pmc.accounts.models import Region
from rounds.models import Round

from ..accounts.factories import UserFactory
from ..consultations.factories import RoleFactory
from .factories import RoundFactory, child_round

ROLES = ["visitor", "participant", "organiser_in_scope", "organiser_out_of_scope", "moderator", "secretariat"]
STATES = list(Round.State.values)
RUNS = {"organiser_in_scope", "secretariat"}


def make_user(role, consultation):
    if role == "visitor":
        return AnonymousUser()
    user = UserFactory()
    if role.startswith("organiser"):
        code = "ESCAP" if role == "organiser_in_scope" else "ECE"
        RoleFactory(
            consultation=consultation,
            user=user,
            role=RoleAssignment.Role.REGIONAL_ORGANISER,
            region=Region.objects.get(code=code),
        )
    elif role in {"moderator", "secretariat"}:
        RoleFactory(consultation=consultation, user=user, role=role)
    return user


def expected(permission, role, state):
    return {
        # on a regional round (Asia and the Pacific) in the given state
        "rounds.manage_rounds": role in RUNS,
        "rounds.synthesise_round": role in RUNS and state == "closed",
        "rounds.export_round": role in RUNS,
        "rounds.reflect": role != "visitor" and state == "open",  # every verified participant of an open round
        "rounds.view_round": state != "draft" or role in RUNS,
        # on a proposed regional round under a global round in the given state
        "rounds.create_child_round": role in RUNS and state == "synthesised",
    }[permission]


@pytest.mark.django_db
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "permission",
    [
        "rounds.manage_rounds",
        "rounds.synthesise_round",
        "rounds.export_round",
        "rounds.reflect",
        "rounds.view_round",
        "rounds.create_child_round",
    ],
)
def test_permission_table(permission, role, state):
    if permission == "rounds.create_child_round":
        parent = RoundFactory(state=state)
        target = Round(
            consultation=parent.consultation, parent=parent, scope="regional", region=Region.objects.get(code="ESCAP")
        )
    else:
        parent = RoundFactory(state=Round.State.SYNTHESISED)
        target = child_round(parent, region_code="ESCAP", state=state)
    user = make_user(role, parent.consultation)

    assert user.has_perm(permission, target) is expected(permission, role, state)


@pytest.mark.django_db
def test_organiser_of_a_region_runs_national_rounds_in_its_countries_only():
    parent = RoundFactory(state=Round.State.SYNTHESISED)
    organiser = make_user("organiser_in_scope", parent.consultation)
    assert organiser.has_perm("rounds.manage_rounds", child_round(parent, country="PH"))
    assert not organiser.has_perm("rounds.manage_rounds", child_round(parent, country="BR"))
    assert not organiser.has_perm("rounds.manage_rounds", parent)  # global rounds belong to the secretariat
