import time

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from ..markdown import render_markdown
from ..models import Contribution, Round, Support, Thread
from ..page_cache import thread_changed
from . import PostingTooFast, RoundError, RoundNotOpen


def _check_post_rate(user) -> None:
    """At most POSTS_PER_MINUTE contributions per participant in any minute, counted in the shared cache.

    A sliding window: this minute's count plus the previous minute's, weighted by how much of it is still within
    the last 60 seconds, so that a burst across the turn of a minute is limited too. ``cache.add`` + ``cache.incr``
    are atomic on Redis, so several web processes count together. A refused attempt does not count.
    """
    limit = settings.POSTS_PER_MINUTE
    now = time.time()
    minute, elapsed = divmod(now, 60)
    key = f"post-rate:{user.pk}:{int(minute)}"
    cache.add(key, 0, timeout=180)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=180)
        count = 1
    previous = cache.get(f"post-rate:{user.pk}:{int(minute) - 1}", 0)
    if previous * (1 - elapsed / 60) + count > limit:
        cache.decr(key)
        raise PostingTooFast(
            _(
                "You have posted %(limit)s contributions in the last minute. Please wait a moment and try again: "
                "your text is still in the form."
            )
            % {"limit": limit}
        )


def _lock_open_round(thread: Thread) -> Round:
    round_ = Round.objects.select_for_update().get(pk=thread.round_id)
    if not round_.is_open:
        raise RoundNotOpen(
            _(
                "This round is closed, so nothing more can be posted in it. Your text was not posted; "
                "it is still in the form below so you can keep a copy."
            )
        )
    return round_


def contribution_post(
    *,
    thread: Thread,
    author,
    kind: str,
    body: str,
    language: str,
    anonymous: bool = False,
    parent: Contribution | None = None,
) -> Contribution:
    """Post a contribution or a reply in an open round. Locks the round so a post never lands after closing."""
    with transaction.atomic(durable=True):
        _lock_open_round(thread)
        _check_post_rate(author)
        root = None
        if parent is not None:
            if parent.thread_id != thread.pk or parent.status != Contribution.Status.PUBLISHED:
                raise RoundError(_("This contribution can no longer be replied to."))
            root = parent.root or parent
        contribution = Contribution.objects.create(
            thread=thread,
            author=author,
            parent=parent,
            root=root,
            kind=kind,
            body=body,
            body_html=render_markdown(body),
            language=language,
            anonymous=anonymous,
        )
        if root is not None:
            Contribution.objects.filter(pk=root.pk).update(reply_count=F("reply_count") + 1)
        thread_changed(thread.pk)
    return contribution


def contribution_edit(*, contribution: Contribution, acting_user, kind: str, body: str) -> Contribution:
    """Change one's own contribution; the caller has checked the permission (author, within 30 minutes)."""
    with transaction.atomic(durable=True):
        _lock_open_round(contribution.thread)
        contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
        contribution.kind = kind
        contribution.body = body
        contribution.body_html = render_markdown(body)
        contribution.edited_at = timezone.now()
        contribution.save(update_fields=["kind", "body", "body_html", "edited_at"])
        thread_changed(contribution.thread_id)
    return contribution


def contribution_remove(*, contribution: Contribution, acting_user) -> Contribution:
    """Soft-delete one's own contribution: it stays in place as “removed by its author” to keep replies in context."""
    with transaction.atomic(durable=True):
        contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
        contribution.status = Contribution.Status.REMOVED
        contribution.save(update_fields=["status"])
        thread_changed(contribution.thread_id)
    return contribution


def support_toggle(*, contribution: Contribution, user) -> bool:
    """Support a contribution, or withdraw support given before. Returns whether the user now supports it."""
    with transaction.atomic(durable=True):
        _lock_open_round(contribution.thread)
        thread_changed(contribution.thread_id)
        deleted, _counts = Support.objects.filter(contribution=contribution, user=user).delete()
        if deleted:
            Contribution.objects.filter(pk=contribution.pk).update(support_count=F("support_count") - 1)
            return False
        try:
            with transaction.atomic():
                Support.objects.create(contribution=contribution, user=user)
        except IntegrityError:  # a double click raced us: already supported
            return True
        Contribution.objects.filter(pk=contribution.pk).update(support_count=F("support_count") + 1)
        return True
