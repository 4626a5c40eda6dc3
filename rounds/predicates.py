"""Round-level predicates. Objects may be a round, a thread or a contribution."""

import datetime

import rules
from django.utils import timezone

EDIT_WINDOW = datetime.timedelta(minutes=30)


def round_of(obj):
    if obj is None:
        return None
    name = obj.__class__.__name__
    if name == "Round":
        return obj
    if name in ("Thread", "Meeting"):
        return obj.round
    if name == "Contribution":
        return obj.thread.round
    return None


def _consultation_public(round_) -> bool:
    return round_.consultation.status != "draft"


@rules.predicate
def is_round_open(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.is_open and _consultation_public(round_)


@rules.predicate
def is_round_public(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.state != "draft" and _consultation_public(round_)


@rules.predicate
def may_join_round(user, obj) -> bool:
    # Invitation-only rounds arrive with regional rounds; until then only open rounds admit participants.
    round_ = round_of(obj)
    return round_ is not None and round_.access == "open"


@rules.predicate
def is_contribution_author(user, contribution) -> bool:
    return user.is_authenticated and contribution is not None and contribution.author_id == user.pk


@rules.predicate
def is_contribution_published(user, contribution) -> bool:
    return contribution is not None and contribution.status == "published"


@rules.predicate
def is_within_edit_window(user, contribution) -> bool:
    return contribution is not None and timezone.now() - contribution.created_at <= EDIT_WINDOW


@rules.predicate
def is_child_round(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.parent_id is not None


@rules.predicate
def is_organiser_for_round(user, obj) -> bool:
    """The user organises the region or country this (possibly not yet saved) round is scoped to."""
    from consultations.predicates import organiser_scopes, scope_covers

    round_ = round_of(obj)
    if round_ is None or round_.parent_id is None:
        return False
    scopes = organiser_scopes(user, round_.consultation_id)
    if not scopes:
        return False
    if not hasattr(user, "_region_countries"):
        user._region_countries = {}
    return scope_covers(scopes, region_id=round_.region_id, country=round_.country, cache=user._region_countries)


@rules.predicate
def is_round_closed(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.state == "closed"


@rules.predicate
def is_parent_synthesised(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.parent is not None and round_.parent.state == "synthesised"


@rules.predicate
def has_accepted_invitation(user, obj) -> bool:
    round_ = round_of(obj)
    if round_ is None or not user.is_authenticated:
        return False
    cached = getattr(user, "_invited_rounds", None)
    if cached is None:
        from .models import Invitation

        cached = set(Invitation.objects.filter(accepted_by=user).values_list("round_id", flat=True))
        user._invited_rounds = cached
    return round_.pk in cached
