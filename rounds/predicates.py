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
    if name == "Thread":
        return obj.round
    if name == "Contribution":
        return obj.thread.round
    return None


@rules.predicate
def is_round_open(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.state == "open"


@rules.predicate
def is_round_public(user, obj) -> bool:
    round_ = round_of(obj)
    return round_ is not None and round_.state != "draft"


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
