import re
import subprocess

import pytest
from django.utils.html import escape

from reports.gather import gather
from reports.models import Brief, BriefVersion
from reports.services import MAX_ATTEMPTS, brief_compile, brief_fingerprint, brief_request
from rounds.models import Outcome

from ..rounds.factories import OutcomeFactory
from .conftest import make_brief, pdf_fonts, pdf_pages, pdf_text


def compile_now(brief):
    """Run the compile service in this process (the queue and workers are tested in test_reliability)."""
    Brief.objects.filter(pk=brief.pk).update(fingerprint=brief_fingerprint(brief), state="queued")
    brief_compile(brief_id=brief.pk)
    brief.refresh_from_db()
    assert brief.state == "ready", brief.failure_reason
    return brief.latest_version


def in_order(text: str, *needles: str) -> None:
    """The needles appear in this order in the brief's body (after the cover and the table of contents)."""
    body = text.split("\f", 2)[2]
    positions = [body.index(needle) for needle in needles]
    assert positions == sorted(positions), needles


@pytest.mark.django_db
def test_imrf_brief_groups_by_round_table_and_objective_then_principles(story):
    version = compile_now(make_brief(story, "imrf"))
    text = pdf_text(version.pdf.path)

    assert text.index("Contents") < text.index("Round table 1")
    in_order(
        text,
        "Executive summary",
        "Methodology",
        "Participation",
        "Round table 1",
        "Objective 2",
        "Objective 5",
        "Objective 6",
        "Round table 2",
        "Objective 13",
        "Guiding principles",
        "Annex: contributing organisations",
    )
    assert "Objective 1:" not in text  # only objectives with content
    assert "End the detention of migrant children" in text
    assert "Sahel Migrant Workers' Collective" in text and "Secret Shelter Network" not in text
    assert re.search(r"Page 3 of \d+", text)
    assert 6 <= pdf_pages(version.pdf.path) <= 20
    with version.html.open() as html:  # a recommendation under two objectives is printed twice, anchors once
        ids = re.findall(r'\sid="([^"]+)"', html.read().decode())
    assert len(ids) == len(set(ids))


@pytest.mark.django_db
def test_brief_is_tagged_with_bookmarks_and_table_of_contents_page_numbers(story):
    path = compile_now(make_brief(story, "imrf")).pdf.path
    info = subprocess.run(["pdfinfo", "-struct", path], capture_output=True, text=True, check=True).stdout
    assert info.startswith("Document\n")  # a structure tree: the PDF is tagged
    structure = set(re.findall(r"^\s+(\w+)", info, re.MULTILINE))
    assert {"Sect", "H2", "P", "Link", "Table", "TH", "TD"} <= structure
    outline = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", "-l", "1", path], capture_output=True, text=True, check=True
    ).stdout
    assert '<item page="3">Executive summary</item>' in outline
    assert re.search(r'<item page="\d+">Objective 2: ', outline)  # second level: objectives
    contents = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", path, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Executive summary \.+ 3\b", contents)
    assert re.search(r"Annex: contributing organisations \.+ \d+", contents)


@pytest.mark.django_db
def test_gfmd_brief_groups_by_thematic_area_then_addressee(story):
    text = pdf_text(compile_now(make_brief(story, "gfmd")).pdf.path)
    in_order(
        text,
        "Regular Pathways and Irregular Migration",
        "Civil society",
        "Open regular pathways",
        "Detention and Return",
        "Governments",
        "End the detention",
        "Climate Change and Migration",
    )


@pytest.mark.django_db
def test_hlpf_brief_puts_target_10_7_first_with_gcm_links(story):
    text = pdf_text(compile_now(make_brief(story, "hlpf")).pdf.path)
    in_order(text, "Target 10.7", "Target 8.8", "Target 13.1", "Target 16.2")
    body = text.split("\f", 2)[2]
    section = body[body.index("Target 10.7") : body.index("Target 8.8")]
    assert "Linked GCM objectives: 2, 5, 6" in section


@pytest.mark.django_db
def test_regional_review_in_arabic_is_right_to_left_with_embedded_noto_fonts(story):
    version = compile_now(make_brief(story, "regional", language="ar"))
    text = pdf_text(version.pdf.path)
    fonts = pdf_fonts(version.pdf.path)

    html = version.html.read().decode()
    assert "End the detention of migrant children (بالعربية)" in html  # the outcomes' Arabic text
    assert "بالعربية" in text and "أفريقيا" in text  # Arabic shaped and extractable from the PDF
    assert "Africa endorses ending child detention." in html and "Africa endorses" in text
    assert "NotoSansArabic" in fonts.replace("-", "") and "Noto-Sans" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip())  # every font embedded
    assert '<html lang="ar" dir="rtl">' in html


@pytest.mark.django_db
def test_small_cells_are_suppressed_and_counts_of_five_or_more_shown(story):
    data = gather(make_brief(story, "imrf"))
    rows = {(str(r["region"]), str(r["group_label"])): r for r in data.participation}
    africa_migrants = rows[("Africa", "Migrant")]
    assert africa_migrants["woman"] == "6" and africa_migrants["man"] == "0"
    assert rows[("Africa", "Civil-society organisation")]["man"] == "<5"
    assert data.participation_total == 7


@pytest.mark.django_db
def test_every_compile_makes_a_version_and_an_unchanged_request_reuses_it(story):
    brief = make_brief(story, "imrf")
    first = compile_now(brief)
    assert brief_request(brief=brief, acting_user=brief.requested_by) == "reused"
    assert brief.versions.count() == 1

    Brief.objects.filter(pk=brief.pk).update(executive_summary_en="A new summary.")
    brief.refresh_from_db()
    second = compile_now(brief)
    assert (first.number, second.number) == (1, 2)
    assert first.checksum != second.checksum and first.fingerprint != second.fingerprint
    assert second.requested_by == story["secretariat"] and second.render_seconds > 0


@pytest.mark.django_db
def test_a_redelivered_task_never_makes_a_second_version(story):
    brief = make_brief(story, "gfmd")
    compile_now(brief)
    brief_compile(brief_id=brief.pk)
    brief_compile(brief_id=brief.pk)
    assert BriefVersion.objects.filter(brief=brief).count() == 1


@pytest.mark.django_db
def test_after_three_crashed_attempts_the_brief_fails_with_a_reason(story):
    brief = make_brief(story, "gfmd")
    Brief.objects.filter(pk=brief.pk).update(state="compiling", attempts=MAX_ATTEMPTS)
    assert brief_compile(brief_id=brief.pk) is None
    brief.refresh_from_db()
    assert brief.state == "failed"
    assert "stopped 3 times" in brief.failure_reason
    assert not brief.versions.exists()


@pytest.mark.django_db
def test_a_failed_compile_says_why(story):
    brief = make_brief(story, "gfmd")
    Brief.objects.filter(pk=brief.pk).update(forum="unknown-forum", state="queued")
    brief_compile(brief_id=brief.pk)
    brief.refresh_from_db()
    assert brief.state == "failed"
    assert brief.failure_reason.startswith("The brief could not be compiled")


@pytest.mark.django_db
def test_hostile_outcome_text_stays_text_in_html_and_pdf(story):
    Outcome.objects.filter(pk=story["outcomes"]["climate"].pk).update(
        text_en='<script>alert(1)</script> <img src="https://tracker.example/x.png"> 🌍 \u202eevil'
    )
    version = compile_now(make_brief(story, "imrf"))
    html = version.html.read().decode()
    assert "<script>alert" not in html and "<img" not in html
    assert escape("<script>alert(1)</script>") in html
    assert "<script>alert(1)</script>" in pdf_text(version.pdf.path)


@pytest.mark.django_db
@pytest.mark.parametrize("forum", ["imrf", "gfmd", "hlpf", "regional"])
def test_compile_queries_do_not_grow_with_outcomes(story, forum, django_assert_num_queries):
    from reports.formats import FORMATS

    brief = make_brief(story, forum)

    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            FORMATS[forum](gather(brief))
        return len(queries)

    few = count()
    for _ in range(25):
        OutcomeFactory(round=story["round"])
    assert count() == few


@pytest.mark.django_db
def test_a_request_arriving_mid_compile_keeps_its_own_compile(story, monkeypatch):
    """The running compile keeps the inputs it read; the newer request is not marked ready by it."""
    from reports import services

    brief = make_brief(story, "gfmd")
    Brief.objects.filter(pk=brief.pk).update(fingerprint=brief_fingerprint(brief), state="queued")
    original_build = services._build

    def build_then_change(b):
        result = original_build(b)
        Brief.objects.filter(pk=b.pk).update(
            executive_summary_en="Changed meanwhile.", state="queued", fingerprint="newer-request"
        )
        return result

    monkeypatch.setattr(services, "_build", build_then_change)
    version = brief_compile(brief_id=brief.pk)
    brief.refresh_from_db()
    assert version.fingerprint != "newer-request"
    assert brief.state == "queued"  # still waiting for its own compile


@pytest.mark.django_db
def test_the_public_sees_the_published_version_not_a_later_compile(client, story):
    from reports.services import brief_publish

    brief = make_brief(story, "gfmd")
    compile_now(brief)
    brief_publish(brief=brief, acting_user=None)
    Brief.objects.filter(pk=brief.pk).update(executive_summary_en="Not reviewed yet.")
    brief.refresh_from_db()
    compile_now(brief)
    assert client.get(f"/en/briefs/{brief.pk}/v1.pdf").status_code == 200
    assert client.get(f"/en/briefs/{brief.pk}/v2.pdf").status_code == 404
    assert "version 1" in client.get(f"/en/briefs/{brief.pk}/").content.decode()
