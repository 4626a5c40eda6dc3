"""Requesting, compiling and publishing recommendation briefs."""

import gc
import hashlib
import json
import logging
import time

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, Max, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError

from rounds.models import Meeting, Outcome, Reflection, RegionalFeedback

from . import render
from .formats import FORMATS
from .gather import gather, scope_rounds
from .models import Brief, BriefVersion

logger = logging.getLogger(__name__)

FORMAT_VERSION = 3  # bump when templates or formats change, so unchanged inputs still compile anew
MAX_ATTEMPTS = 3


class BriefError(Exception):
    """A refused brief action; the message is meant for the secretariat member who tried."""


def brief_fingerprint(brief: Brief) -> str:
    """A hash of everything a compile reads: front matter, scope, outcomes and their versions, feedback."""
    rounds = scope_rounds(brief)
    outcomes = Outcome.objects.published().filter(round__parent__in=rounds) | Outcome.objects.published().filter(
        round__in=rounds
    )
    reflections = Reflection.objects.filter(outcome__round__in=rounds).aggregate(n=Count("id"), last=Max("updated_at"))
    feedback = RegionalFeedback.objects.filter(outcome__round__in=rounds).aggregate(last=Max("updated_at"))
    support = outcomes.aggregate(total=Sum("sources__support_count"))
    meetings = Meeting.objects.filter(Q(round__in=rounds) | Q(round__parent__in=rounds)).aggregate(
        n=Count("id"), last=Max("recorded_at")
    )
    inputs = {
        "format": FORMAT_VERSION,
        "forum": brief.forum,
        "language": brief.language,
        "region": brief.region_id,
        "front": [
            getattr(brief, f"title_{brief.language}"),
            getattr(brief, f"executive_summary_{brief.language}"),
            brief.title,
            brief.executive_summary,
        ],
        "rounds": sorted(r.pk for r in rounds),
        "areas": sorted(brief.thematic_areas.values_list("pk", flat=True)),
        "outcomes": sorted(outcomes.values_list("pk", "version", "published_at")),
        "reflections": [reflections["n"], reflections["last"]],
        "feedback": feedback["last"],
        "support": support["total"],
        "meetings": [meetings["n"], meetings["last"]],
    }
    return hashlib.sha256(json.dumps(inputs, default=str, sort_keys=True).encode()).hexdigest()


def brief_request(*, brief: Brief, acting_user) -> str:
    """Ask for a compile. Returns "reused" (nothing changed since the last version), "queued", or "offline"
    (stored; the beat task starts it when the queue is back). Never blocks on the compile itself."""
    fingerprint = brief_fingerprint(brief)
    with transaction.atomic(durable=True):
        locked = Brief.objects.select_for_update().get(pk=brief.pk)
        if locked.state in (Brief.State.QUEUED, Brief.State.COMPILING) and locked.fingerprint == fingerprint:
            return "queued"
        if locked.versions.filter(fingerprint=fingerprint).exists():
            locked.state, locked.progress, locked.fingerprint = Brief.State.READY, 100, fingerprint
            locked.save(update_fields=["state", "progress", "fingerprint"])
            return "reused"
        locked.state, locked.progress, locked.attempts = Brief.State.QUEUED, 0, 0
        locked.failure_reason, locked.fingerprint = "", fingerprint
        locked.requested_by, locked.requested_at = acting_user, timezone.now()
        locked.save()
    return "queued" if _enqueue(brief.pk) else "offline"


def _enqueue(brief_id: int) -> bool:
    from .tasks import brief_compile

    try:
        brief_compile.delay(brief_id)
    except OperationalError:
        logger.warning("Task queue unreachable; brief %s waits for the next requeue.", brief_id)
        return False
    return True


def _set_progress(brief_id: int, progress: int) -> None:
    Brief.objects.filter(pk=brief_id).update(progress=progress)


def brief_compile(*, brief_id: int, worker: str = "") -> BriefVersion | None:
    """Compile a brief into a new version, exactly once per input.

    Safe to run again for the same brief (a redelivered task): if a version with the same inputs exists it
    returns it; if a previous attempt died mid-way the attempt counter grows, and after MAX_ATTEMPTS the brief
    is marked failed instead of being tried forever.
    """
    with transaction.atomic(durable=True):
        brief = Brief.objects.select_for_update().get(pk=brief_id)
        if brief.state == Brief.State.READY or brief.state == Brief.State.FAILED:
            return brief.versions.filter(fingerprint=brief.fingerprint).first()
        if brief.state == Brief.State.COMPILING and brief.attempts >= MAX_ATTEMPTS:
            brief.state = Brief.State.FAILED
            brief.failure_reason = _(
                "The compile stopped %(count)s times without finishing (the worker crashed or ran out of time). "
                "Try again; if it fails again, make the brief smaller (fewer rounds or themes)."
            ) % {"count": brief.attempts}
            brief.save(update_fields=["state", "failure_reason"])
            return None
        brief.state, brief.progress, brief.attempts = Brief.State.COMPILING, 5, brief.attempts + 1
        brief.started_at, brief.worker = timezone.now(), worker
        brief.save(update_fields=["state", "progress", "attempts", "started_at", "worker"])
        fingerprint = brief.fingerprint  # what this compile builds, even if a newer request comes meanwhile
    try:
        html, pdf, pages, timings, outcome_count = _build(brief)
    except Exception as error:  # noqa: BLE001 -- any failure is reported to the secretariat in words
        logger.exception("Brief %s failed to compile", brief_id)
        # Only this request fails: a newer request, queued meanwhile, keeps its own chance.
        Brief.objects.filter(pk=brief_id, fingerprint=fingerprint).update(
            state=Brief.State.FAILED,
            failure_reason=_("The brief could not be compiled: %(error)s") % {"error": str(error)[:500]},
        )
        return None
    return _store(brief, fingerprint, html, pdf, pages, timings, outcome_count)


def _build(brief: Brief):
    start = time.perf_counter()
    data = gather(brief)
    sections, principles = FORMATS[brief.forum](data)
    gathered = time.perf_counter()
    _set_progress(brief.pk, 30)
    html = render.render_html(
        {"brief": brief, "data": data, "sections": sections, "principles": principles, "generated_at": timezone.now()},
        brief.language,
    )
    templated = time.perf_counter()
    _set_progress(brief.pk, 50)
    outcome_count = len(data.outcomes) + len(data.regional_outcomes)
    # The gathered objects are in the HTML now; free them (model instances hold reference cycles) so that
    # WeasyPrint, which needs far more memory, can reuse theirs: the compile's peak is WeasyPrint's.
    del data, sections, principles
    gc.collect()
    pdf, pages, render_seconds = render.render_pdf(html)
    _set_progress(brief.pk, 90)
    timings = {"gather": gathered - start, "template": templated - gathered, "render": render_seconds}
    return html, pdf, pages, timings, outcome_count


def _store(
    brief: Brief, fingerprint: str, html: str, pdf: bytes, pages: int, timings: dict, outcome_count: int
) -> BriefVersion:
    """Keep the compile as a version labelled with the inputs it was built from; the brief is ready only if no
    newer request arrived meanwhile (that request's own compile finishes it)."""
    with transaction.atomic(durable=True):
        locked = Brief.objects.select_for_update().get(pk=brief.pk)
        existing = locked.versions.filter(fingerprint=fingerprint).first()
        if existing is None:
            number = (locked.versions.aggregate(n=Max("number"))["n"] or 0) + 1
            existing = BriefVersion(
                brief=locked,
                number=number,
                fingerprint=fingerprint,
                checksum=hashlib.sha256(pdf).hexdigest(),
                page_count=pages,
                outcome_count=outcome_count,
                requested_by=locked.requested_by,
                requested_at=locked.requested_at,
                started_at=locked.started_at,
                finished_at=timezone.now(),
                gather_seconds=timings["gather"],
                template_seconds=timings["template"],
                render_seconds=timings["render"],
            )
            existing.pdf.save(f"v{number}.pdf", ContentFile(pdf), save=False)
            existing.html.save(f"v{number}.html", ContentFile(html.encode()), save=False)
            existing.save()
        if locked.fingerprint == fingerprint:
            locked.state, locked.progress = Brief.State.READY, 100
            locked.save(update_fields=["state", "progress"])
    return existing


def brief_retry(*, brief: Brief, acting_user) -> str:
    """Try a failed brief again, from scratch."""
    Brief.objects.filter(pk=brief.pk).update(state=Brief.State.QUEUED, attempts=0)
    brief.refresh_from_db()
    return brief_request(brief=brief, acting_user=acting_user)


def brief_publish(*, brief: Brief, acting_user, published: bool = True) -> Brief:
    with transaction.atomic(durable=True):
        locked = Brief.objects.select_for_update().get(pk=brief.pk)
        if published and not locked.versions.exists():
            raise BriefError(_("Compile the brief before publishing it."))
        locked.published_at = timezone.now() if published else None
        locked.published_version = locked.latest_version if published else None
        locked.save(update_fields=["published_at", "published_version"])
    return locked


def briefs_requeue(*, now=None, is_alive=None) -> int:
    """Beat task: enqueue briefs waiting since the broker was down, and those whose worker died mid-compile.

    ``is_alive(worker)`` says whether a worker still answers; a compile by a live worker is left alone.
    """
    now = now or timezone.now()
    count = 0
    waiting = Brief.objects.filter(state=Brief.State.QUEUED, requested_at__lt=now - timezone.timedelta(seconds=60))
    for brief_id in waiting.values_list("pk", flat=True):
        count += _enqueue(brief_id)
    compiling = Brief.objects.filter(state=Brief.State.COMPILING).values_list("pk", "worker")
    for brief_id, worker in compiling:
        if is_alive is not None and worker and not is_alive(worker):
            count += _enqueue(brief_id)
    return count
