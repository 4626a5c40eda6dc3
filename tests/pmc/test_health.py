import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

from pmc.celery import app as celery_app


@pytest.mark.django_db
def test_health_answers_200_when_database_and_broker_are_reachable(client):
    response = client.get("/health/")

    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["broker"] == "ok"
    assert body["tasks"] == ("eager" if celery_app.conf.task_always_eager else "worker")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def health_in_a_process_with(**env) -> tuple[int, dict]:
    """Ask /health/ of a platform process started with the given environment (a real unreachable service)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "CELERY_", "REDIS_"))}
    code = (
        "from django.test import Client; r = Client().get('/health/', HTTP_HOST='localhost'); "
        "print(r.status_code); print(r.content.decode())"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    status, body = result.stdout.strip().splitlines()[-2:]
    return int(status), json.loads(body)


def test_health_answers_503_when_the_database_is_unreachable():
    status, body = health_in_a_process_with(DATABASE_URL="postgres://postgres@127.0.0.1:1/pmc")

    assert status == 503
    assert body["status"] == "unavailable"
    assert body["database"] == "unreachable"


def test_health_answers_503_when_the_broker_is_unreachable():
    status, body = health_in_a_process_with(CELERY_BROKER_URL="redis://127.0.0.1:1/0")

    assert status == 503
    assert body == {"status": "unavailable", "database": "ok", "broker": "unreachable", "tasks": "worker"}


@pytest.mark.django_db
def test_a_form_with_an_expired_token_gives_the_text_back():
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/threads/1/post/", {"body": "My long testimony about detention.", "kind": "insight"})

    page = response.content.decode()
    assert response.status_code == 403
    assert "nothing was saved" in page
    assert "My long testimony about detention." in page
