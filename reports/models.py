from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from consultations.models import Consultation
from pmc.accounts.models import Region
from rounds.models import Round
from themes.models import ThematicArea


class Brief(models.Model):
    """A recommendation brief for one forum, compiled from a consultation's outcomes into versioned PDFs."""

    class Forum(models.TextChoices):
        IMRF = "imrf", _("International Migration Review Forum (IMRF)")
        GFMD = "gfmd", _("Global Forum on Migration and Development (GFMD)")
        HLPF = "hlpf", _("High-Level Political Forum (HLPF)")
        REGIONAL = "regional", _("Regional review")

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        COMPILING = "compiling", _("Compiling")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="briefs")
    forum = models.CharField(_("forum"), max_length=16, choices=Forum.choices)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="briefs",
        help_text=_("For a regional review: the region it is for."),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    title = models.CharField(_("title"), max_length=200)
    executive_summary = models.TextField(
        _("executive summary"),
        blank=True,
        max_length=6000,
        help_text=_("About 300–500 words, as the forums expect."),
    )
    rounds = models.ManyToManyField(Round, verbose_name=_("rounds"), related_name="briefs", blank=True)
    thematic_areas = models.ManyToManyField(
        ThematicArea, verbose_name=_("thematic areas"), related_name="briefs", blank=True
    )
    regions = models.ManyToManyField(Region, verbose_name=_("regions"), related_name="+", blank=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    failure_reason = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    fingerprint = models.CharField(max_length=64, blank=True, help_text="Inputs of the requested compile.")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    requested_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=200, blank=True, help_text="The Celery worker compiling it.")
    published_at = models.DateTimeField(null=True, blank=True)
    published_version = models.ForeignKey(
        "BriefVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The version the public sees; a later compile is not public until published again.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("brief")
        verbose_name_plural = _("briefs")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(forum="regional") | models.Q(region__isnull=False),
                name="brief_regional_review_has_region",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reports:brief", kwargs={"pk": self.pk})

    @property
    def latest_version(self):
        return self.versions.order_by("-number").first()


def brief_file_path(version, filename):
    return f"{version.brief_id}/{filename}"


def briefs_storage():
    from django.core.files.storage import storages

    return storages["briefs"]


class BriefVersion(models.Model):
    """One compile of a brief: its PDF and HTML, checksum, inputs' fingerprint, who asked and timings."""

    brief = models.ForeignKey(Brief, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    fingerprint = models.CharField(max_length=64)
    pdf = models.FileField(upload_to=brief_file_path, storage=briefs_storage)
    html = models.FileField(upload_to=brief_file_path, storage=briefs_storage)
    checksum = models.CharField(max_length=64, help_text="SHA-256 of the PDF.")
    page_count = models.PositiveIntegerField(default=0)
    outcome_count = models.PositiveIntegerField(default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    requested_at = models.DateTimeField(null=True)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    gather_seconds = models.FloatField(default=0)
    template_seconds = models.FloatField(default=0)
    render_seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["brief", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["brief", "number"], name="brief_version_number_unique"),
            models.UniqueConstraint(fields=["brief", "fingerprint"], name="brief_version_once_per_input"),
        ]

    def __str__(self):
        return f"{self.brief} v{self.number}"

    def get_pdf_url(self):
        return reverse("reports:version_pdf", kwargs={"pk": self.brief_id, "number": self.number})

    def get_html_url(self):
        return reverse("reports:version_html", kwargs={"pk": self.brief_id, "number": self.number})
