"""CSV and JSON exports of a round for its organisers: pseudonyms only, never e-mail addresses; streamed."""

import csv
import json

from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from ..models import Contribution, Outcome, Reflection, Round
from .common import permission_required


def _round(request, pk, what, fmt):
    return get_object_or_404(Round, pk=pk)


def _author(obj, user_attribute="author") -> str:
    if getattr(obj, "anonymous", False):
        return str(_("Anonymous participant"))
    return getattr(obj, user_attribute).public_name


def _contributions(round_):
    rows = (
        Contribution.objects.filter(thread__round=round_)
        .select_related("author", "thread__thematic_area")
        .order_by("pk")
    )
    for c in rows.iterator(chunk_size=500):
        body = c.body if c.status == Contribution.Status.PUBLISHED else ""
        yield {
            "id": c.pk,
            "thread": c.thread.title,
            "thematic_area": c.thread.thematic_area.number if c.thread.thematic_area else None,
            "parent": c.parent_id,
            "kind": c.kind,
            "language": c.language,
            "author": _author(c),
            "status": c.status,
            "supports": c.support_count,
            "created_at": c.created_at.isoformat(),
            "text": body,
        }


def _reflections(round_):
    rows = Reflection.objects.filter(round=round_).select_related("user").order_by("pk")
    for r in rows.iterator(chunk_size=500):
        yield {
            "id": r.pk,
            "outcome": r.outcome_id,
            "stance": r.stance,
            "comment": r.comment,
            "amendment": r.amendment,
            "language": r.language,
            "participant": r.user.public_name,
            "country": r.user.country.code if r.user.country else "",
            "updated_at": r.updated_at.isoformat(),
        }


def _outcomes(round_):
    rows = (
        Outcome.objects.filter(round=round_)
        .select_related("thematic_area")
        .prefetch_related("gcm_objectives", "sdg_targets", "sources")
        .order_by("pk")
    )
    for o in rows:
        yield {
            "id": o.pk,
            "kind": o.kind,
            "state": o.state,
            "thematic_area": o.thematic_area.number,
            "text_en": o.text_en,
            "text_fr": o.text_fr,
            "text_es": o.text_es,
            "text_ar": o.text_ar,
            "gcm_objectives": [g.number for g in o.gcm_objectives.all()],
            "sdg_targets": [t.code for t in o.sdg_targets.all()],
            "sources": [c.pk for c in o.sources.all()],
            "derived_from": o.derived_from_id,
            "version": o.version,
        }


EXPORTS = {"contributions": _contributions, "reflections": _reflections, "outcomes": _outcomes}


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    """A spreadsheet must not read participants' text as a formula."""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_stream(rows):
    writer = csv.writer(_Echo())
    header_written = False
    for row in rows:
        if not header_written:
            yield writer.writerow(row.keys())
            header_written = True
        yield writer.writerow(_cell(v) for v in row.values())


def _json_stream(rows):
    yield "[\n"
    first = True
    for row in rows:
        yield ("" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]\n"


@permission_required("rounds.export_round", _round)
def round_export(request, pk, what, fmt):
    if what not in EXPORTS or fmt not in ("csv", "json"):
        raise Http404
    round_ = get_object_or_404(Round, pk=pk)
    rows = EXPORTS[what](round_)
    stream = _csv_stream(rows) if fmt == "csv" else _json_stream(rows)
    response = StreamingHttpResponse(
        stream, content_type="text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="round-{round_.pk}-{what}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
