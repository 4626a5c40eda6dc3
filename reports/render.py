"""Brief HTML from templates, PDF from WeasyPrint. No database access here."""

import time
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

STYLESHEET = "reports/brief.css"


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
