from django.core import signing
from django.db import models
from django.db.models import Count, Q


class RoundQuerySet(models.QuerySet):
    def visible(self):
        """Rounds the public may see: all but drafts."""
        return self.exclude(state="draft")

    def due_to_open(self, now):
        return self.filter(state="scheduled", opens_at__lte=now, closes_at__gt=now)

    def due_to_close(self, now):
        return self.filter(state__in=["scheduled", "open"], closes_at__lte=now)

    def with_counts(self):
        published = Q(threads__contributions__status="published")
        return self.annotate(
            contribution_count=Count("threads__contributions", filter=published, distinct=True),
            participant_count=Count("threads__contributions__author", filter=published, distinct=True),
        )


class ContributionQuerySet(models.QuerySet):
    def top_level(self):
        # ``root`` rather than ``parent``: the same rows (a constraint ties them), and the thread indexes cover it.
        return self.filter(root__isnull=True)

    def visible_in_thread(self):
        """Published, hidden and removed ones keep their place (as placeholders) so replies stay in context."""
        return self.select_related("author")

    def published(self):
        return self.filter(status="published")


PAGE_SIZE = 30
SORTS = {
    "newest": ("created_at", ["-created_at", "-id"]),
    "supported": ("support_count", ["-support_count", "-id"]),
}


# Cursors are signed: only those the site handed out lead to a page, so made-up ones cannot multiply the pages
# kept in the cache (rounds.page_cache).
_cursor_signer = signing.Signer(salt="rounds.thread-page-cursor")


def encode_cursor(sort: str, contribution) -> str:
    if sort == "supported":
        return _cursor_signer.sign(f"{contribution.support_count}.{contribution.pk}")
    return _cursor_signer.sign(f"{int(contribution.created_at.timestamp() * 1_000_000)}.{contribution.pk}")


def decode_cursor(sort: str, cursor: str):
    """(value, id) from a cursor, or None for anything malformed or not signed by us (then the first page is
    shown)."""
    import datetime

    try:
        value, pk = _cursor_signer.unsign(cursor).split(".")
        value, pk = int(value), int(pk)
    except (AttributeError, TypeError, ValueError, signing.BadSignature):
        return None
    if pk <= 0 or value < 0:
        return None
    if sort == "newest":
        try:
            value = datetime.datetime.fromtimestamp(value / 1_000_000, tz=datetime.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return value, pk


def thread_page(queryset, *, sort: str, cursor: str | None, size: int = PAGE_SIZE):
    """Keyset pagination over top-level contributions: every page costs what the first does.

    Returns (items, next_cursor or None).
    """
    field, ordering = SORTS.get(sort, SORTS["newest"])
    queryset = queryset.order_by(*ordering)
    decoded = decode_cursor(sort, cursor) if cursor else None
    if decoded:
        value, pk = decoded
        # "at most the cursor's value" first: a range the index reads from, so no page reads the pages before it;
        # then, among equal values, only the rows after the cursor's.
        queryset = queryset.filter(Q(**{f"{field}__lte": value}), Q(**{f"{field}__lt": value}) | Q(id__lt=pk))
    items = list(queryset[: size + 1])
    next_cursor = encode_cursor(sort, items[size - 1]) if len(items) > size else None
    return items[:size], next_cursor


class OutcomeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state="published")

    def with_tags(self):
        return self.select_related("thematic_area", "derived_from__round").prefetch_related(
            "gcm_objectives", "guiding_principles", "sdg_targets"
        )
