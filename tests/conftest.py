import email
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.utils import translation

from pmc.celery import app as celery_app

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API next to live_server

TASKS_EAGER = settings.CELERY_TASK_ALWAYS_EAGER
IN_CI = os.environ.get("CI") == "true"
BASE_DIR = Path(settings.BASE_DIR)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_configure(config):
    # Hashing passwords at production strength costs ~0.3 s per user: not what these tests are about.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_runtest_setup(item):
    if item.get_closest_marker("integration") and TASKS_EAGER:
        # `make test` runs these in its second pass only; run directly, they say what they need.
        missing_service("Needs PostgreSQL, Redis and a worker: set DATABASE_URL and CELERY_BROKER_URL")


def missing_service(reason: str):
    """Under CI a missing service is a failure, never a silent skip."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: nothing may be skipped)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters live in the cache (Redis in the second pass), with kept pages and their copies in this
    # process: no test inherits another's.
    for each in caches.all():
        each.clear()
    yield


def _reference_data_present() -> bool:
    from themes.models import ThematicArea

    return ThematicArea.objects.exists()


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Transactional tests end by emptying every table, data migrations' rows included: put them back."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or "live_server" in request.fixturenames
    if not transactional:
        yield
        return
    request.getfixturevalue("_django_db_helper")
    if not _reference_data_present():
        from importlib import import_module

        from django.apps import apps

        import_module("pmc.accounts.migrations.0002_seed_regions").seed(apps, None)
        import_module("themes.migrations.0002_seed_reference_data").seed(apps, None)
    yield


@pytest.fixture(autouse=True)
def _english_outside_requests():
    # A request activates its language for the rest of the thread; tests calling services start in English.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


# --- Browser ----------------------------------------------------------------------------------------


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    path = chromium_path()
    if not path:
        missing_service("Chromium not found: install the 'chromium' package or set CHROMIUM_PATH")
    return {**browser_type_launch_args, "executable_path": path, "args": CHROMIUM_ARGS}


# --- Celery worker and e-mail -----------------------------------------------------------------------


def _database_url(settings_dict: dict) -> str:
    user = quote(settings_dict.get("USER") or "")
    password = settings_dict.get("PASSWORD") or ""
    auth = f"{user}:{quote(password)}@" if password else (f"{user}@" if user else "")
    return (
        f"postgres://{auth}{settings_dict.get('HOST') or '127.0.0.1'}:{settings_dict.get('PORT') or 5432}/"
        + (settings_dict["NAME"])
    )


class WorkerProcess:
    """A real ``celery worker`` subprocess on the real broker, using the test database."""

    def __init__(self, name: str, queues: str, log_dir: Path, mail_dir: Path | None = None):
        from django.db import connection

        self.hostname = f"{name}@{socket.gethostname()}"
        env = {**os.environ, "DATABASE_URL": _database_url(connection.settings_dict)}
        if mail_dir is not None:
            env |= {
                "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "EMAIL_FILE_PATH": str(mail_dir),
            }
        self.log = open(log_dir / f"{name}.log", "w+")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "pmc",
                "worker",
                "--pool=solo",
                f"--queues={queues}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                f"--hostname={self.hostname}",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while not celery_app.control.ping(destination=[self.hostname], timeout=0.5):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"The Celery worker {self.hostname} did not start:\n" + self.output()[-3000:])

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """The test session's worker (queues ``celery`` and ``briefs``); yields the folder its e-mail goes to.

    Only in the second pass (a broker is set); None when tasks run eagerly.
    """
    if TASKS_EAGER:
        yield None
        return
    from django.db import connection

    if connection.vendor != "postgresql":
        missing_service("The worker needs PostgreSQL (DATABASE_URL) to share the test database")
    mail_dir = tmp_path_factory.mktemp("worker-mail")
    celery_app.control.purge()
    worker = WorkerProcess("pytest", "celery,briefs", tmp_path_factory.mktemp("worker-log"), mail_dir)
    worker.mail_dir = mail_dir
    yield worker
    worker.stop()


class SentMail:
    """E-mail as it left the platform: Django's outbox when tasks run eagerly, the worker's files otherwise.

    The file backend may append several messages to one file, so what was there before is counted per file.
    """

    def __init__(self, worker_mail_dir: Path | None):
        self.worker_mail_dir = worker_mail_dir
        self._before = {path: len(self._read(path)) for path in worker_mail_dir.iterdir()} if worker_mail_dir else {}

    def wait(self, *, to: str, count: int = 1, timeout: float = 30) -> list[dict]:
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self._messages() if to in m["to"]]
            if len(found) >= count or time.monotonic() > deadline:
                assert len(found) >= count, f"expected {count} message(s) to {to}, got {len(found)}"
                return found
            time.sleep(0.2)

    def _messages(self) -> list[dict]:
        if self.worker_mail_dir is None:
            return [{"to": list(m.to), "subject": m.subject, "body": m.body} for m in mail.outbox]
        messages = []
        for path in sorted(self.worker_mail_dir.iterdir()):
            messages.extend(self._read(path)[self._before.get(path, 0) :])
        return messages

    @staticmethod
    def _read(path: Path) -> list[dict]:
        messages = []
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if not raw.strip():
                continue
            message = email.message_from_bytes(raw)
            part = next((p for p in message.walk() if p.get_content_type() == "text/plain"), None)
            if part is None or message["To"] is None:
                continue  # still being written: read again at the next poll
            messages.append(
                {
                    "to": [a.strip() for a in message["To"].split(",")],
                    "subject": str(email.header.make_header(email.header.decode_header(message["Subject"]))),
                    "body": part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"),
                }
            )
        return messages


@pytest.fixture
def sent_mail(celery_worker_process):
    return SentMail(celery_worker_process.mail_dir if celery_worker_process else None)
