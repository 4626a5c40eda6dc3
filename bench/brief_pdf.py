"""Brief compile budget, measured in one run on a throwaway database.

Builds a consultation with 2,000 published outcomes (tagged, with sources and regional reflections), compiles
an IMRF brief in a separate process, and prints: the compile's wall time (budget <= 10 s), that process's
peak memory (budget <= 400 MB), and the overhead of queries and templating against WeasyPrint's own render time
for the same HTML (budget <= 20 %).

    .venv/bin/python bench/brief_pdf.py
"""

import os
import subprocess
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
os.environ.setdefault("MEDIA_ROOT", f"{workdir}/media")
os.environ.setdefault("BRIEFS_ROOT", f"{workdir}/briefs")  # the compiled PDF and HTML, not in the repository
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmc.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

OUTCOMES = 2000


def build() -> int:
    from allauth.account.models import EmailAddress

    from consultations.models import Consultation
    from pmc.accounts.models import Region, User
    from reports.models import Brief
    from rounds.markdown import render_markdown
    from rounds.models import Contribution, Outcome, OutcomeSource, Reflection, Round, Thread
    from themes.models import GCMObjective, SDGTarget, ThematicArea

    now = timezone.now()
    consultation = Consultation.objects.create(slug="bench", title="Bench", title_en="Bench", status="active")
    consultation.thematic_areas.set(ThematicArea.objects.all())
    global_round = Round.objects.create(
        consultation=consultation,
        title="Global round 1",
        title_en="Global round 1",
        state="synthesised",
        opens_at=now - timezone.timedelta(days=60),
        closes_at=now - timezone.timedelta(days=30),
    )
    region = Region.objects.get(code="ESCAP")
    child = Round.objects.create(
        consultation=consultation,
        parent=global_round,
        scope="regional",
        region=region,
        title="Asia-Pacific",
        title_en="Asia-Pacific",
        state="closed",
        opens_at=now - timezone.timedelta(days=29),
        closes_at=now - timezone.timedelta(days=15),
    )
    areas = list(ThematicArea.objects.all())
    threads = [
        Thread.objects.create(round=global_round, thematic_area=a, title=a.title_en, title_en=a.title_en) for a in areas
    ]
    users = User.objects.bulk_create(
        User(
            email=f"u{i}@bench.example",
            display_name=f"Tern {i:06d}",
            country=["PH", "SN", "MX", "DE"][i % 4],
            stakeholder_group="migrant",
            gender=["woman", "man"][i % 2],
        )
        for i in range(200)
    )
    EmailAddress.objects.bulk_create(EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users)
    body = "Recruitment fees must be paid by employers, never by migrant workers."
    contributions = Contribution.objects.bulk_create(
        Contribution(
            thread=threads[i % 5],
            author=users[i % 200],
            kind="recommendation",
            body=body,
            body_html=render_markdown(body),
            language="en",
            support_count=i % 9,
        )
        for i in range(3000)
    )
    text = (
        "Governments should ensure that migrant workers never pay recruitment fees or related costs, enforce "
        "the employer-pays principle through licensing of agencies, and give workers access to remedies."
    )
    outcomes = Outcome.objects.bulk_create(
        Outcome(
            round=global_round,
            kind="recommendation",
            text=text,
            text_en=text,
            thematic_area=areas[i % 5],
            state="published",
            position=i,
            published_at=now,
        )
        for i in range(OUTCOMES)
    )
    objectives, targets = list(GCMObjective.objects.all()), list(SDGTarget.objects.all())
    Outcome.gcm_objectives.through.objects.bulk_create(
        Outcome.gcm_objectives.through(outcome=o, gcmobjective=objectives[i % 23]) for i, o in enumerate(outcomes)
    )
    Outcome.sdg_targets.through.objects.bulk_create(
        Outcome.sdg_targets.through(outcome=o, sdgtarget=targets[i % len(targets)]) for i, o in enumerate(outcomes)
    )
    OutcomeSource.objects.bulk_create(
        OutcomeSource(outcome=o, contribution=contributions[(i * 3 + k) % 3000])
        for i, o in enumerate(outcomes)
        for k in range(2)
    )
    Reflection.objects.bulk_create(
        Reflection(
            round=child,
            outcome=o,
            user=users[(i + k) % 200],
            stance=["endorse", "amend", "object"][k % 3],
            amendment="Name the employers." if k % 3 == 1 else "",
            language="en",
        )
        for i, o in enumerate(outcomes[:500])
        for k in range(3)
    )
    brief = Brief.objects.create(
        consultation=consultation,
        forum="imrf",
        language="en",
        title="Bench brief",
        title_en="Bench brief",
        executive_summary_en="Summary.",
    )
    return brief.pk


CHILD = """
import os, sys, time, resource
sys.path.insert(0, {root!r})
os.environ['DJANGO_SETTINGS_MODULE'] = 'pmc.settings'
import django; django.setup()
from django.db import connection
from django.test.utils import CaptureQueriesContext
from reports.models import Brief
from reports.services import brief_compile, brief_fingerprint
Brief.objects.filter(pk={pk}).update(fingerprint=brief_fingerprint(Brief.objects.get(pk={pk})), state='queued')
start = time.perf_counter()
with CaptureQueriesContext(connection) as queries:
    version = brief_compile(brief_id={pk})
wall = time.perf_counter() - start
print(wall, version.gather_seconds, version.template_seconds, version.render_seconds, version.page_count,
      len(queries), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, version.outcome_count)
"""


def main():
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    pk = build()
    print(f"built {OUTCOMES} outcomes in {time.perf_counter() - started:.1f} s")
    result = subprocess.run(  # noqa: S603 -- our own interpreter and script
        [sys.executable, "-c", CHILD.format(root=str(ROOT), pk=pk)],
        capture_output=True,
        text=True,
        env=os.environ,
        check=True,
    )
    wall, gather, template, render, pages, queries, peak_kb, outcomes = result.stdout.split()
    wall, gather, template, render = float(wall), float(gather), float(template), float(render)
    overhead = (gather + template) / render
    print(f"IMRF brief: {outcomes} recommendations, {pages} pages, {queries} SQL queries")
    print(f"compile, end to end:        {wall:6.2f} s   (budget <= 10 s)")
    print(f"  queries (gather):         {gather:6.2f} s")
    print(f"  templating:               {template:6.2f} s")
    print(f"  WeasyPrint render:        {render:6.2f} s")
    print(f"overhead / render:          {overhead * 100:6.1f} %  (budget <= 20 %)")
    print(f"peak memory of the compile: {int(peak_kb) / 1024:6.0f} MB  (budget <= 400 MB)")


if __name__ == "__main__":
    main()
