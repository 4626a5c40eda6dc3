"""Briefs under faults, with the real broker and real worker processes (second pass of `make test`)."""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.utils import timezone

from pmc.celery import app as celery_app
from reports.models import Brief, BriefVersion
from reports.services import brief_request, briefs_requeue
from reports.tasks import _worker_alive
from rounds.models import Outcome

from ..conftest import BASE_DIR, WorkerProcess, _database_url
from .conftest import make_brief

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def wait_for(predicate, timeout=90, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def state(brief) -> str:
    return Brief.objects.values_list("state", flat=True).get(pk=brief.pk)


@pytest.fixture
def briefs_queue_to_myself(celery_worker_process):
    """The session's worker stops taking briefs for the duration of a test that runs its own brief workers."""
    celery_app.control.cancel_consumer("briefs", destination=[celery_worker_process.hostname], reply=True)
    yield
    celery_app.control.add_consumer("briefs", destination=[celery_worker_process.hostname], reply=True)


def test_worker_killed_mid_compile_then_a_new_worker_completes_the_brief_exactly_once(
    story, briefs_queue_to_myself, tmp_path
):
    # Enough recommendations that the compile takes a few seconds: time to kill it half-way.
    outcomes = [
        Outcome(
            round=story["round"],
            text=f"Recommendation {n} on fair recruitment",
            text_en=f"Recommendation {n} on fair recruitment",
            thematic_area_id=story["outcomes"]["detention"].thematic_area_id,
            state="published",
        )
        for n in range(600)
    ]
    Outcome.objects.bulk_create(outcomes)
    brief = make_brief(story, "gfmd")
    first = WorkerProcess("briefs-a", "briefs", tmp_path)
    try:
        assert brief_request(brief=brief, acting_user=None) == "queued"
        assert wait_for(lambda: state(brief) == "compiling"), first.output()[-2000:]
        os.kill(first.process.pid, signal.SIGKILL)
        first.process.wait(timeout=10)
        assert state(brief) == "compiling" and not BriefVersion.objects.exists()
    finally:
        first.stop()

    second = WorkerProcess("briefs-b", "briefs", tmp_path)
    try:
        assert briefs_requeue(is_alive=_worker_alive) == 1  # the dead worker does not answer: start again
        assert wait_for(lambda: state(brief) in ("ready", "failed")), second.output()[-2000:]
        brief.refresh_from_db()
        assert brief.state == "ready", brief.failure_reason
        assert brief.attempts == 2
        assert BriefVersion.objects.filter(brief=brief).count() == 1
        # A second requeue (or the old message coming back) changes nothing.
        assert briefs_requeue(is_alive=_worker_alive) == 0
    finally:
        second.stop()


def test_request_while_the_broker_is_down_is_kept_and_starts_when_it_is_back(story, celery_worker_process):
    from django.db import connection

    brief = make_brief(story, "hlpf")
    code = (
        "from reports.models import Brief; from reports.services import brief_request; "
        f"print(brief_request(brief=Brief.objects.get(pk={brief.pk}), acting_user=None))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR,
        env={
            **os.environ,
            "DATABASE_URL": _database_url(connection.settings_dict),
            "CELERY_BROKER_URL": "redis://127.0.0.1:1/0",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "offline", result.stderr[-2000:]
    assert state(brief) == "queued"

    # The beat task, a minute later, with the broker back.
    assert briefs_requeue(now=timezone.now() + timezone.timedelta(minutes=2)) == 1
    assert wait_for(lambda: state(brief) == "ready")
    assert BriefVersion.objects.filter(brief=brief).count() == 1
    assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] > 15 * 60
