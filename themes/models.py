from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .querysets import ThematicAreaQuerySet


class GCMObjective(models.Model):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    short_label = models.CharField(_("short label"), max_length=80)
    title = models.CharField(_("title"), max_length=300)
    imrf_round_table = models.PositiveSmallIntegerField(
        _("IMRF round table"), help_text=_("The IMRF round table (1–4) that reviews this objective.")
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(number__gte=1, number__lte=23), name="gcm_objective_number_1_to_23"
            ),
            models.CheckConstraint(
                condition=models.Q(imrf_round_table__gte=1, imrf_round_table__lte=4),
                name="gcm_objective_round_table_1_to_4",
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.short_label}"


class GuidingPrinciple(models.Model):
    """One of the GCM's ten cross-cutting guiding principles."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("guiding principle")
        verbose_name_plural = _("guiding principles")

    def __str__(self):
        return self.title


class SDGTarget(models.Model):
    """A Sustainable Development Goal target linked to migration (10.7 is the central one)."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    goal = models.PositiveSmallIntegerField(_("goal"))
    title = models.TextField(_("title"))

    class Meta:
        ordering = ["goal", "code"]
        verbose_name = _("SDG target")
        verbose_name_plural = _("SDG targets")
        constraints = [
            models.CheckConstraint(condition=models.Q(goal__gte=1, goal__lte=17), name="sdg_target_goal_1_to_17"),
        ]

    def __str__(self):
        return self.code


class ThematicArea(models.Model):
    """One of the consultation's thematic areas, each discussed in its own thread in every round."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    guiding_questions = models.TextField(_("guiding questions"), blank=True, help_text=_("One per line."))
    gcm_objectives = models.ManyToManyField(
        GCMObjective, verbose_name=_("GCM objectives"), related_name="thematic_areas", blank=True
    )
    sdg_targets = models.ManyToManyField(
        SDGTarget, verbose_name=_("SDG targets"), related_name="thematic_areas", blank=True
    )

    objects = ThematicAreaQuerySet.as_manager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("themes:detail", kwargs={"slug": self.slug})

    @property
    def guiding_question_list(self) -> list[str]:
        return [line.strip() for line in self.guiding_questions.splitlines() if line.strip()]
