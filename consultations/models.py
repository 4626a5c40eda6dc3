from django.conf import settings
from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from pmc.accounts.models import Region
from themes.models import ThematicArea

from .querysets import ConsultationQuerySet


class Consultation(models.Model):
    """A multi-round consultation: global rounds, regional and national rounds, then briefs."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ACTIVE = "active", _("Active")
        CONCLUDED = "concluded", _("Concluded")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    thematic_areas = models.ManyToManyField(
        ThematicArea, verbose_name=_("thematic areas"), related_name="consultations", blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ConsultationQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="consultation_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("rounds:consultation", kwargs={"slug": self.slug})


class RoleAssignment(models.Model):
    """A person's role inside one consultation; a regional organiser's or moderator's scope is a region or country."""

    class Role(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        MODERATOR = "moderator", _("Moderator")
        REGIONAL_ORGANISER = "regional_organiser", _("Regional organiser")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="role_assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=24, choices=Role.choices)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    country = CountryField(_("country"), blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("assigned"), auto_now_add=True)

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.UniqueConstraint(
                "consultation",
                "user",
                "role",
                Coalesce("region", Value(0)),
                "country",
                name="role_assignment_unique",
            ),
            models.CheckConstraint(
                condition=~models.Q(role="secretariat") | (models.Q(region__isnull=True) & models.Q(country="")),
                name="role_secretariat_has_no_scope",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.consultation}"


class Suspension(models.Model):
    """A participant barred from taking part in one consultation, until lifted."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="suspensions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suspensions")
    reason = models.TextField(_("reason"))
    suspended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("suspended"), auto_now_add=True)
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "user"],
                condition=models.Q(lifted_at__isnull=True),
                name="suspension_one_active_per_user",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.consultation}"


class RoleChange(models.Model):
    """The audit log of role assignments: who gave or withdrew which role, when."""

    class Action(models.TextChoices):
        ASSIGN = "assign", _("Assigned")
        REVOKE = "revoke", _("Withdrawn")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="role_changes")
    action = models.CharField(_("action"), max_length=8, choices=Action.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    role = models.CharField(_("role"), max_length=24, choices=RoleAssignment.Role.choices)
    scope = models.CharField(_("scope"), max_length=120, blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.get_role_display()}"
