import os
import subprocess
import sys

import pytest
from django.conf import settings

BASE_DIR = settings.BASE_DIR
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_", "REDIS_"))}


def manage(*args, env=None):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**CLEAN_ENV, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_with_nothing_set_the_platform_runs_on_sqlite_eager_celery_console_mail_and_debug():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, s.DATABASES['default']['ENGINE'], "
        "s.CELERY_TASK_ALWAYS_EAGER, s.MAILERS['default']['BACKEND'], s.CACHES['default']['BACKEND'])",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "django.db.backends.sqlite3",
        "True",
        "django.core.mail.backends.console.EmailBackend",
        "django.core.cache.backends.locmem.LocMemCache",
    ]


def test_service_urls_switch_to_postgresql_redis_and_a_worker():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], "
        "s.CELERY_TASK_ALWAYS_EAGER, s.CACHES['default']['BACKEND'])",
        env={
            "DATABASE_URL": "postgres://u@db.invalid:5432/pmc",
            "CELERY_BROKER_URL": "redis://redis.invalid:6379/0",
            "REDIS_URL": "redis://redis.invalid:6379/1",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "False",
        "django.core.cache.backends.redis.RedisCache",
    ]


PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "x7!kQ2#pLm9@vR4$wZ8^tY1&uN6*bC3(eF5)gH0_jK-sD+aO=iP",
    "DJANGO_ALLOWED_HOSTS": "pmc.example.org",
}


def test_production_settings_pass_the_deploy_check():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_mode_turns_debug_off_and_cookies_secure():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS)",
        env=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "31536000"]


@pytest.mark.django_db
def test_every_page_sends_a_strict_content_security_policy(client):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_pages_load_nothing_from_other_hosts(client):
    page = client.get("/ar/").content.decode()
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "https://" not in page
