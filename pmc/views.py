import logging
import re

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from consultations.models import Consultation
from themes.models import ThematicArea

from .celery import app as celery_app

logger = logging.getLogger(__name__)


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            consultations=Consultation.objects.public().order_by("status", "-starts_on"),
            areas=ThematicArea.objects.all(),
            **kwargs,
        )


def _database_reachable() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: database unreachable")
        return False


def _broker_reachable() -> bool:
    if celery_app.conf.task_always_eager:
        return True  # no broker in this mode: tasks run in-process
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)
        return True
    except Exception:
        logger.warning("Health check: broker unreachable")
        return False


@never_cache
@require_GET
def health(request):
    """200 when the database and the task broker answer, 503 otherwise; for load balancers and compose."""
    database = _database_reachable()
    broker = _broker_reachable()
    healthy = database and broker
    body = {
        "status": "ok" if healthy else "unavailable",
        "database": "ok" if database else "unreachable",
        "broker": ("ok" if broker else "unreachable"),
        "tasks": "eager" if celery_app.conf.task_always_eager else "worker",
    }
    return JsonResponse(body, status=200 if healthy else 503)


CHOICE_VALUE = re.compile(r"[a-z0-9_-]{1,24}")
KEPT_FIELDS_EXCLUDED = ("csrfmiddlewaretoken", "next", "password", "password1", "password2", "oldpassword", "code")


def csrf_failure(request, reason=""):
    """A form sent with an expired or missing security token: nothing is saved, but the text is given back."""
    # Texts each in a box to copy; single words (the choices the form made, like "opinion" or "en", or a word
    # typed) on one line beneath, so nothing is left out and the texts stand out.
    values = [value for name, value in request.POST.items() if name not in KEPT_FIELDS_EXCLUDED and value.strip()]
    kept = [value for value in values if not CHOICE_VALUE.fullmatch(value)]
    words = [value for value in values if CHOICE_VALUE.fullmatch(value)]
    referer = request.headers.get("referer", "")
    back = referer if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}) else "/"
    # Sent in place (htmx): only the notice and the text, where the form was; the whole page otherwise.
    template = "includes/csrf_kept.html" if getattr(request, "htmx", False) else "403_csrf.html"
    return render(request, template, {"kept": kept, "words": words, "back": back}, status=403)


def permission_denied(request, exception=None):
    """The 403 page; for a request made in place (htmx), only its notice, put where the answer was expected."""
    template = "includes/forbidden.html" if getattr(request, "htmx", False) else "403.html"
    return render(request, template, status=403)
