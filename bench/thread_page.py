"""Thread page budget, measured in one run on a throwaway database.

Prints: the thread page (30 top-level contributions, with replies and supports, seen by a signed-in
participant) as a ratio of a hello-world view through the same middleware; the last page of a
1,000-contribution thread against its first page; the gzip size of the page.

The contribution list is rendered once per thread version and shared (rounds/page_cache.py). Two figures are
printed: a reader served the kept list (every reader but the first after a change), which the budget is about,
and a reader who renders it again because the thread just changed.

    .venv/bin/python bench/thread_page.py            # SQLite in a temporary file
    DATABASE_URL=postgres://... REDIS_URL=redis://... .venv/bin/python bench/thread_page.py   # as in production
"""

import gzip
import html
import os
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", message="No directory at")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
workdir = tempfile.mkdtemp(prefix="pmc-bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmc.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# A fresh database reuses ids: keys of its own, so that nothing a previous run kept in a shared Redis is read.
settings.CACHES["default"]["KEY_PREFIX"] = os.path.basename(workdir)

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import path  # noqa: E402

import pmc.urls  # noqa: E402
from rounds.page_cache import thread_changed  # noqa: E402


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("hello/", hello), *pmc.urls.urlpatterns]

TOP_LEVEL = 990  # 33 full pages: the last page holds 30 too
RUNS = 60


def build():
    from allauth.account.models import EmailAddress

    from consultations.models import Consultation
    from pmc.accounts.models import User
    from rounds.markdown import render_markdown
    from rounds.models import Contribution, Round, Support, Thread

    now = django.utils.timezone.now()
    consultation = Consultation.objects.create(slug="bench", title="Bench", title_en="Bench", status="active")
    round_ = Round.objects.create(
        consultation=consultation,
        title="Round",
        title_en="Round",
        state="open",
        opens_at=now - django.utils.timezone.timedelta(days=1),
        closes_at=now + django.utils.timezone.timedelta(days=10),
    )
    thread = Thread.objects.create(
        round=round_, title="Thread", title_en="Thread", prompt="What should change?\nWho should act?"
    )
    users = User.objects.bulk_create(User(email=f"u{i}@bench.example", display_name=f"Tern {i:06d}") for i in range(50))
    EmailAddress.objects.bulk_create(EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users)
    body = (
        "Migrant domestic workers need **labour-law coverage**, weekly rest days and the right to change "
        "employer without losing their visa. Governments should ratify ILO Convention 189."
    )
    html = render_markdown(body)
    tops = Contribution.objects.bulk_create(
        Contribution(
            thread=thread,
            author=users[i % 50],
            kind=["insight", "opinion", "action_point", "recommendation"][i % 4],
            body=body,
            body_html=html,
            language="en",
            support_count=i % 7,
        )
        for i in range(TOP_LEVEL)
    )
    Contribution.objects.bulk_create(
        Contribution(
            thread=thread,
            author=users[(i + 3) % 50],
            parent=top,
            root=top,
            kind="opinion",
            body="Agreed, and the same holds for seafarers.",
            body_html=render_markdown("Agreed, and the same holds for seafarers."),
            language="en",
        )
        for i, top in enumerate(tops)
        for _ in range(2)
    )
    Support.objects.bulk_create(Support(user=users[0], contribution=top) for top in tops[::3])
    return thread, users[0]


def timed(client, targets) -> list[float]:
    """Median time of each (url, before) target, sampled in turn so that all see the same machine load."""
    for url, _before in targets:
        client.get(url)  # warm caches, templates, connections
    samples = [[] for _ in targets]
    for _ in range(RUNS):
        for (url, before), times in zip(targets, samples, strict=True):
            if before:
                before()
            start = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, url
    return [statistics.median(times) for times in samples]


def main():
    call_command("migrate", verbosity=0)
    thread, participant = build()
    with override_settings(ROOT_URLCONF=__name__, DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        client = Client()
        client.force_login(participant)
        first = f"/en/threads/{thread.pk}/"
        page = client.get(first)
        url, last, pages = first, first, 0
        while url:  # walk to the last page by its "More contributions" links
            last, pages = url, pages + 1
            found = re.search(r'rel="next" href="([^"]+)"', client.get(url).content.decode())
            url = first + html.unescape(found.group(1)) if found else None
        # Read the counts at once: each request empties the query log when it starts.
        with CaptureQueriesContext(connection) as captured:
            client.get(first)
        first_queries = len(captured)
        with CaptureQueriesContext(connection) as captured:
            client.get(last)
        last_queries = len(captured)

        def changed():  # as after a post, a support or a moderation decision
            with transaction.atomic():
                thread_changed(thread.pk)

        hello_time, home_time, first_time, last_time = timed(
            client, [("/hello/", None), ("/en/themes/", None), (first, None), (last, None)]
        )
        # A change retires the kept list for every page of the thread: measured apart, against its own hello-world.
        hello_changed, first_changed, last_changed = timed(
            client, [("/hello/", None), (first, changed), (last, changed)]
        )
    size = len(page.content)
    gzipped = len(gzip.compress(page.content, compresslevel=6))
    print(
        f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}; "
        f"thread: {TOP_LEVEL} contributions, {2 * TOP_LEVEL} replies; median of {RUNS} runs, taken in turn"
    )
    print(f"hello-world view:            {hello_time * 1000:7.2f} ms")
    print(f"themes page (for context):   {home_time * 1000:7.2f} ms  ratio {home_time / hello_time:5.2f}x")
    print(
        f"thread page (first 30):      {first_time * 1000:7.2f} ms  ratio {first_time / hello_time:5.2f}x "
        f"(budget <= 4x)  {first_queries} queries"
    )
    print(
        f"thread page (last page):     {last_time * 1000:7.2f} ms  last/first {last_time / first_time:5.2f}x "
        f"(budget <= 1.2x)  {last_queries} queries, page {pages}"
    )
    print("just after a change to the thread (list rendered again):")
    print(f"  thread page (first 30):    {first_changed * 1000:7.2f} ms  ratio {first_changed / hello_changed:5.2f}x")
    print(
        f"  thread page (last page):   {last_changed * 1000:7.2f} ms  last/first {last_changed / first_changed:5.2f}x"
    )
    print(f"thread page HTML:            {size / 1024:7.1f} KB, gzip {gzipped / 1024:5.1f} KB (budget <= 14 KB)")


if __name__ == "__main__":
    main()
