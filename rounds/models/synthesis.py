"""What a round produces and what later rounds make of it: outcomes, their versions, reflections, feedback."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from themes.models import GCMObjective, GuidingPrinciple, SDGTarget, ThematicArea

from ..querysets import OutcomeQuerySet
from .discussion import Contribution, Round


class Outcome(models.Model):
    """An action point or recommendation synthesised from a round, citing the contributions it comes from."""

    class Kind(models.TextChoices):
        ACTION_POINT = "action_point", _("Action point")
        RECOMMENDATION = "recommendation", _("Recommendation")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class Addressee(models.TextChoices):
        GOVERNMENTS = "governments", _("Governments")
        CIVIL_SOCIETY = "civil_society", _("Civil society")
        OTHERS = "others", _("UN system, employers and other actors")

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="outcomes")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.RECOMMENDATION)
    addressee = models.CharField(
        _("addressed to"),
        max_length=16,
        choices=Addressee.choices,
        default=Addressee.GOVERNMENTS,
        help_text=_("Who should act on it; GFMD briefs group recommendations by it."),
    )
    text = models.TextField(_("text"), max_length=5000)
    thematic_area = models.ForeignKey(
        ThematicArea, verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="outcomes"
    )
    gcm_objectives = models.ManyToManyField(
        GCMObjective, verbose_name=_("GCM objectives"), related_name="outcomes", blank=True
    )
    guiding_principles = models.ManyToManyField(
        GuidingPrinciple, verbose_name=_("guiding principles"), related_name="outcomes", blank=True
    )
    sdg_targets = models.ManyToManyField(SDGTarget, verbose_name=_("SDG targets"), related_name="outcomes", blank=True)
    sources = models.ManyToManyField(
        Contribution, verbose_name=_("sources"), through="OutcomeSource", related_name="outcomes", blank=True
    )
    derived_from = models.ForeignKey(
        "self",
        verbose_name=_("revises"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revisions",
        help_text=_("The outcome of an earlier round that this one revises."),
    )
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT)
    position = models.PositiveIntegerField(_("position"), default=0)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = OutcomeQuerySet.as_manager()

    class Meta:
        ordering = ["round", "thematic_area__number", "position", "pk"]
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    def get_absolute_url(self):
        return reverse("rounds:outcome", kwargs={"pk": self.pk})


class OutcomeSource(models.Model):
    """A contribution an outcome cites; a cited contribution can never be deleted."""

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE)
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["outcome", "contribution"], name="outcome_source_unique")]

    def __str__(self):
        return f"#{self.outcome_id} ← #{self.contribution_id}"


class OutcomeVersion(models.Model):
    """A published outcome's earlier wording: who changed it, when, and what."""

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    snapshot = models.JSONField(help_text="The fields as they were before the change.")
    changed_fields = models.JSONField(default=list)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["outcome", "-version"]
        constraints = [models.UniqueConstraint(fields=["outcome", "version"], name="outcome_version_unique")]

    def __str__(self):
        return f"#{self.outcome_id} v{self.version}"


class Reflection(models.Model):
    """A participant's stance, in a regional or national round, on an outcome carried forward from its parent."""

    class Stance(models.TextChoices):
        ENDORSE = "endorse", _("Endorse")
        AMEND = "amend", _("Amend")
        OBJECT = "object", _("Object")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="reflections")
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="reflections")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reflections")
    stance = models.CharField(_("stance"), max_length=16, choices=Stance.choices)
    comment = models.TextField(_("comment"), max_length=5000, blank=True)
    amendment = models.TextField(
        _("proposed text"), max_length=5000, blank=True, help_text=_("How you would word it instead.")
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["round", "outcome", "user"], name="reflection_once_per_outcome"),
            models.CheckConstraint(
                condition=~models.Q(stance="amend") | ~models.Q(amendment=""), name="reflection_amend_has_text"
            ),
        ]

    def __str__(self):
        return f"{self.get_stance_display()} on #{self.outcome_id}"


class RegionalFeedback(models.Model):
    """A regional or national round's summary on one carried outcome, written by its organiser."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="feedback")
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="feedback")
    summary = models.TextField(_("summary"), max_length=5000)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "outcome"], name="feedback_once_per_outcome")]

    def __str__(self):
        return f"Feedback of round #{self.round_id} on #{self.outcome_id}"


class Invitation(models.Model):
    """A single-use invitation to an invitation-only round. Only a hash of the token is stored."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "email"], name="invitation_once_per_email")]

    def __str__(self):
        return f"Invitation to round #{self.round_id}"
