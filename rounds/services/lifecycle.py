import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import Consultation

from ..models import Round, Thread
from . import RoundError

ALLOWED = {
    Round.State.DRAFT: {Round.State.SCHEDULED},
    Round.State.SCHEDULED: {Round.State.DRAFT, Round.State.OPEN, Round.State.CLOSED},
    Round.State.OPEN: {Round.State.CLOSED},
    # Synthesised only by publishing outcomes (round_publish_outcomes), never by hand.
    Round.State.CLOSED: {Round.State.OPEN},
    Round.State.SYNTHESISED: set(),
}


def round_create(*, consultation: Consultation, acting_user, **fields) -> Round:
    """Create a round with one thread per thematic area of its consultation."""
    with transaction.atomic(durable=True):
        round_ = Round.objects.create(consultation=consultation, **fields)
        for position, area in enumerate(consultation.thematic_areas.all(), start=1):
            Thread.objects.create(
                round=round_,
                thematic_area=area,
                position=position,
                **{f"title_{code}": getattr(area, f"title_{code}") for code in ("en", "fr", "es", "ar")},
                title=area.title_en,
                **{f"prompt_{code}": getattr(area, f"guiding_questions_{code}") for code in ("en", "fr", "es", "ar")},
                prompt=area.guiding_questions_en,
            )
    return round_


def round_update(*, round_: Round, acting_user, fields: dict) -> Round:
    """Save what the round form changes, under the row lock, and nothing else: the state, which the periodic task
    may be moving meanwhile, only ever moves through ``round_transition``."""
    with transaction.atomic(durable=True):
        locked = Round.objects.select_for_update().get(pk=round_.pk)
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save(update_fields=list(fields))
    return locked


def round_transition(*, round_id: int, to_state: str, acting_user=None, now: datetime.datetime | None = None) -> Round:
    """Move a round to ``to_state`` under a row lock; refuses transitions the lifecycle does not allow.

    Opening or closing by hand moves the matching date to now, so dates and state always agree.
    """
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        round_ = Round.objects.select_for_update().get(pk=round_id)
        if to_state == round_.state:
            return round_
        if to_state not in ALLOWED[round_.state]:
            raise RoundError(
                _("A round cannot go from “%(from)s” to “%(to)s”.")
                % {"from": round_.get_state_display(), "to": Round.State(to_state).label}
            )
        if to_state == Round.State.OPEN:
            if round_.opens_at > now:
                round_.opens_at = now
            if round_.closes_at <= now:
                raise RoundError(_("This round's closing date has passed: move it first."))
        if to_state == Round.State.CLOSED and round_.closes_at > now:
            round_.closes_at = max(now, round_.opens_at + datetime.timedelta(seconds=1))
        round_.state = to_state
        round_.save(update_fields=["state", "opens_at", "closes_at"])
    return round_


def rounds_advance_by_date(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Open scheduled rounds whose time has come and close those whose time is up. Idempotent."""
    now = now or timezone.now()
    moved = {"opened": 0, "closed": 0}
    for key, to_state, due in (
        ("closed", Round.State.CLOSED, Round.objects.due_to_close(now)),
        ("opened", Round.State.OPEN, Round.objects.due_to_open(now)),
    ):
        for round_id in list(due.values_list("pk", flat=True)):
            try:
                round_transition(round_id=round_id, to_state=to_state, now=now)
            except RoundError:
                continue  # moved by hand meanwhile; the lock showed a state this move does not apply to
            moved[key] += 1
    return moved


def thread_add(*, round_: Round, acting_user, thread: Thread) -> Thread:
    """Add an organiser's thread at the end of a round's threads."""
    with transaction.atomic(durable=True):
        Round.objects.select_for_update().get(pk=round_.pk)
        thread.round = round_
        thread.position = round_.threads.count() + 1
        thread.save()
    return thread
