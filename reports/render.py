"""Brief HTML from templates, PDF from WeasyPrint. No database access here."""

import time
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from pydyf import PDF
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

STYLESHEET = "reports/brief.css"


def _page_references(pdf: PDF) -> tuple[bytes, ...]:
    """pydyf's ``PDF.page_references``, built once per page count instead of on every access.

    pydyf 0.13 rebuilds the tuple of all page references each time it is read, and WeasyPrint reads it for
    every structure element of a tagged PDF: quadratic in the page count (about 2.5 s of a 200-page brief).
    Pages are only ever appended (``PDF.add_page``), so the page count identifies the tuple.
    """
    kids = pdf.pages["Kids"]
    cached = pdf.__dict__.get("_page_references")
    if cached is None or cached[0] != len(kids):
        cached = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        pdf.__dict__["_page_references"] = cached
    return cached[1]


PDF.page_references = property(_page_references)


class StaticOnlyFetcher(URLFetcher):
    """WeasyPrint may read the platform's own static files and nothing else: no network, no local paths."""

    def fetch(self, url, headers=None):
        prefix = settings.SITE_URL + settings.STATIC_URL
        if url.startswith(prefix):
            path = finders.find(url[len(prefix) :].split("?")[0])
            if path:
                return URLFetcherResponse(url, body=Path(path).read_bytes(), headers={"Content-Type": "text/css"})
        raise ValueError(f"Not fetched while rendering a brief: {url}")


def render_html(context: dict, language: str) -> str:
    with translation.override(language):
        return render_to_string(
            "reports/document/brief.html", {**context, "stylesheet": STYLESHEET, "site_url": settings.SITE_URL}
        )


def render_pdf(html: str) -> tuple[bytes, int, float]:
    """(PDF bytes, page count, seconds spent in WeasyPrint). Tagged (PDF/UA-1), fonts embedded."""
    start = time.perf_counter()
    document = HTML(string=html, base_url=settings.SITE_URL + "/", url_fetcher=StaticOnlyFetcher()).render()
    pdf = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf, len(document.pages), time.perf_counter() - start
