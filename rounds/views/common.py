from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from consultations.predicates import is_suspended, is_verified

from ..models import Contribution, Round, Thread


def posting_refusal(user, round_: Round) -> str | None:
    """Why this user cannot post in this round now, in words; None when they can."""
    if user.has_perm("rounds.post_contribution", round_):
        return None
    if round_.state == Round.State.SCHEDULED:
        return _("This round has not opened yet. Come back when it opens to take part.")
    if round_.state in (Round.State.CLOSED, Round.State.SYNTHESISED) or (
        round_.state == Round.State.OPEN and not round_.is_open
    ):
        return _("This round is closed: you can read everything, but no longer post.")
    if round_.state == Round.State.DRAFT:
        return _("This round is still a draft.")
    if not user.is_authenticated:
        return _("Sign in to take part. New here? Sign up: it takes a minute.")
    if not is_verified(user):
        return _("Please confirm your e-mail address first: follow the link in the message we sent you.")
    if is_suspended(user, round_):
        return _(
            "You are suspended from this consultation and cannot post. Contact the secretariat if you think "
            "this is a mistake."
        )
    return _("This round is by invitation only.")


def kind_counts(thread: Thread) -> dict[str, int]:
    rows = (
        Contribution.objects.filter(thread=thread, status=Contribution.Status.PUBLISHED)
        .top_level()  # as the kind filter lists them: the links give the number of posts they lead to
        .values("kind")
        .annotate(n=Count("id"))
    )
    counts = {row["kind"]: row["n"] for row in rows}
    return {kind: counts.get(kind, 0) for kind, _label in Contribution.Kind.choices}


def thread_counts(round_: Round) -> list[Thread]:
    published = Q(contributions__status=Contribution.Status.PUBLISHED)
    return list(
        round_.threads.select_related("thematic_area").annotate(
            contribution_count=Count("contributions", filter=published),
            participant_count=Count("contributions__author", filter=published, distinct=True),
        )
    )


LANGUAGE_NAMES = dict(settings.LANGUAGES)


def permission_required(permission: str, fn):
    """Check a named permission on the object ``fn`` finds: visitors go to sign-in, others get a 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.user.has_perm(permission, fn(request, *args, **kwargs)):
                return view(request, *args, **kwargs)
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied

        return wrapped

    return decorator
