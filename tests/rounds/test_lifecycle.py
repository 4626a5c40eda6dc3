import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from rounds.models import Round
from rounds.services import RoundError
from rounds.services.lifecycle import round_create, round_transition, rounds_advance_by_date
from rounds.tasks import rounds_advance

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory
from .factories import RoundFactory

NOW = timezone.now()
DAY = datetime.timedelta(days=1)


@pytest.mark.django_db
def test_creating_a_round_creates_one_thread_per_thematic_area_in_four_languages():
    consultation = ConsultationFactory()
    round_ = round_create(
        consultation=consultation,
        acting_user=UserFactory(),
        title="Global round 1",
        title_en="Global round 1",
        opens_at=NOW,
        closes_at=NOW + 14 * DAY,
    )
    threads = list(round_.threads.select_related("thematic_area"))
    assert [t.thematic_area.number for t in threads] == [1, 2, 3, 4, 5]
    assert threads[3].title_fr == threads[3].thematic_area.title_fr
    assert threads[3].prompt_ar == threads[3].thematic_area.guiding_questions_ar
    assert round_.state == Round.State.DRAFT


@pytest.mark.django_db
def test_beat_task_opens_and_closes_rounds_by_date_and_is_idempotent():
    due_to_open = RoundFactory(state=Round.State.SCHEDULED, opens_at=NOW - DAY, closes_at=NOW + DAY)
    due_to_close = RoundFactory(state=Round.State.OPEN, opens_at=NOW - 3 * DAY, closes_at=NOW - DAY)
    not_yet = RoundFactory(state=Round.State.SCHEDULED, opens_at=NOW + DAY, closes_at=NOW + 3 * DAY)
    draft = RoundFactory(state=Round.State.DRAFT, opens_at=NOW - DAY, closes_at=NOW + DAY)

    assert rounds_advance_by_date(now=NOW) == {"opened": 1, "closed": 1}
    assert rounds_advance_by_date(now=NOW) == {"opened": 0, "closed": 0}
    rounds_advance.delay()  # the beat entry point: eager here, the real worker in the second pass

    states = dict(Round.objects.values_list("pk", "state"))
    assert states[due_to_open.pk] == "open"
    assert states[due_to_close.pk] == "closed"
    assert states[not_yet.pk] == "scheduled"
    assert states[draft.pk] == "draft"


@pytest.mark.django_db
def test_closing_by_hand_moves_the_closing_date_to_now():
    round_ = RoundFactory(state=Round.State.OPEN, closes_at=NOW + 5 * DAY)
    closed = round_transition(round_id=round_.pk, to_state="closed", now=NOW)
    assert closed.state == "closed"
    assert closed.closes_at == NOW


@pytest.mark.django_db
def test_opening_by_hand_before_the_date_moves_the_opening_date_to_now():
    round_ = RoundFactory(state=Round.State.SCHEDULED, opens_at=NOW + DAY, closes_at=NOW + 5 * DAY)
    opened = round_transition(round_id=round_.pk, to_state="open", now=NOW)
    assert (opened.state, opened.opens_at) == ("open", NOW)


@pytest.mark.django_db
@pytest.mark.parametrize(("start", "target"), [("draft", "open"), ("open", "draft"), ("synthesised", "open")])
def test_transitions_the_lifecycle_does_not_allow_are_refused(start, target):
    round_ = RoundFactory(state=start)
    with pytest.raises(RoundError):
        round_transition(round_id=round_.pk, to_state=target, now=NOW)
    round_.refresh_from_db()
    assert round_.state == start


@pytest.mark.django_db
def test_database_refuses_a_round_that_closes_before_it_opens():
    with pytest.raises(IntegrityError), transaction.atomic():
        RoundFactory(opens_at=NOW, closes_at=NOW - DAY)


@pytest.mark.django_db
def test_database_refuses_a_regional_round_without_region_or_parent():
    parent = RoundFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        RoundFactory(consultation=parent.consultation, scope=Round.Scope.REGIONAL, parent=parent)
    with pytest.raises(IntegrityError), transaction.atomic():
        RoundFactory(consultation=parent.consultation, scope=Round.Scope.GLOBAL, parent=parent)
    with pytest.raises(IntegrityError), transaction.atomic():
        RoundFactory(consultation=parent.consultation, scope=Round.Scope.NATIONAL, parent=parent, country="")
