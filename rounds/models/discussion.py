from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from consultations.models import Consultation
from pmc.accounts.models import Region
from themes.models import ThematicArea

from ..querysets import ContributionQuerySet, RoundQuerySet


class Round(models.Model):
    """A time-boxed stage of a consultation: global, or a regional / national child of a global round."""

    class Scope(models.TextChoices):
        GLOBAL = "global", _("Global")
        REGIONAL = "regional", _("Regional")
        NATIONAL = "national", _("National")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        SYNTHESISED = "synthesised", _("Synthesised")

    class Access(models.TextChoices):
        OPEN = "open", _("Open to every verified participant")
        INVITATION = "invitation", _("By invitation")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="rounds")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent round"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    sequence = models.PositiveSmallIntegerField(_("sequence"), default=1, help_text=_("1, 2, 3 for global rounds."))
    scope = models.CharField(_("scope"), max_length=16, choices=Scope.choices, default=Scope.GLOBAL)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, null=True, blank=True, related_name="rounds"
    )
    country = CountryField(_("country"), blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    guiding_questions = models.TextField(_("guiding questions"), blank=True, help_text=_("One per line."))
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    access = models.CharField(_("access"), max_length=16, choices=Access.choices, default=Access.OPEN)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["consultation", "opens_at", "sequence", "pk"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")), name="round_closes_after_opens"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(scope="global", parent__isnull=True, region__isnull=True, country="")
                    | models.Q(scope="regional", parent__isnull=False, region__isnull=False, country="")
                    | (models.Q(scope="national", parent__isnull=False) & ~models.Q(country=""))
                ),
                name="round_scope_matches_region_and_country",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("rounds:round", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        """Open and not past its closing time: between the closing time and the periodic task that moves the
        state (within a minute), the round already takes nothing more."""
        return self.state == self.State.OPEN and self.closes_at > timezone.now()

    @property
    def guiding_question_list(self) -> list[str]:
        return [line.strip() for line in self.guiding_questions.splitlines() if line.strip()]


class Thread(models.Model):
    """A discussion in a round, usually one per thematic area."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="threads")
    thematic_area = models.ForeignKey(
        ThematicArea,
        verbose_name=_("thematic area"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="threads",
    )
    title = models.CharField(_("title"), max_length=200)
    prompt = models.TextField(_("guiding questions"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["round", "position", "pk"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("rounds:thread", kwargs={"pk": self.pk})


class Contribution(models.Model):
    """What a participant wrote in a thread: a top-level post or a reply. Never deleted, only hidden or removed."""

    class Kind(models.TextChoices):
        INSIGHT = "insight", _("Insight")
        OPINION = "opinion", _("Opinion")
        ACTION_POINT = "action_point", _("Action point")
        RECOMMENDATION = "recommendation", _("Recommendation")

    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden by a moderator")
        REMOVED = "removed", _("Removed by its author")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="contributions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contributions")
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="replies")
    # The top-level contribution of a reply chain: replies to replies are shown flat under it.
    root = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="descendants")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.INSIGHT)
    body = models.TextField(_("text"), max_length=10_000)
    body_html = models.TextField(editable=False, default="")  # rendered and sanitised once, when written
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    anonymous = models.BooleanField(_("post anonymously"), default=False)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PUBLISHED)
    support_count = models.PositiveIntegerField(default=0)
    reply_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        # The thread page's two orders over top-level contributions. Partial indexes: PostgreSQL takes the order
        # from an index only after columns compared with "=", and "root IS NULL" is not one.
        indexes = [
            models.Index(
                fields=["thread", "-created_at", "-id"],
                condition=models.Q(root__isnull=True),
                name="contribution_thread_newest",
            ),
            models.Index(
                fields=["thread", "-support_count", "-id"],
                condition=models.Q(root__isnull=True),
                name="contribution_thread_supported",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(parent__isnull=True, root__isnull=True)
                | models.Q(parent__isnull=False, root__isnull=False),
                name="contribution_reply_has_root",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    def get_absolute_url(self):
        return reverse("rounds:contribution", kwargs={"pk": self.pk})

    @property
    def public_author_name(self) -> str:
        if self.anonymous:
            return str(_("Anonymous participant"))
        return self.author.public_name


class Support(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports")
    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="supports")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "contribution"], name="support_once_per_user")]

    def __str__(self):
        return f"{self.user} supports #{self.contribution_id}"


class Flag(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam")
        HATE_SPEECH = "hate_speech", _("Hate speech")
        PERSONAL_DATA = "personal_data", _("Personal data exposed")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        UPHELD = "upheld", _("Upheld")

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags")
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["contribution", "user"], name="flag_once_per_user")]

    def __str__(self):
        return f"{self.get_reason_display()} on #{self.contribution_id}"


class ModerationAction(models.Model):
    """The audit log of moderation: one row per action, never edited."""

    class Action(models.TextChoices):
        AUTO_HIDE = "auto_hide", _("Hidden automatically after flags")
        HIDE = "hide", _("Hidden")
        RESTORE = "restore", _("Restored")
        DISMISS_FLAGS = "dismiss_flags", _("Flags dismissed")
        SUSPEND = "suspend", _("Participant suspended")
        LIFT_SUSPENSION = "lift_suspension", _("Suspension lifted")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="moderation_actions")
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("action"), max_length=24, choices=Action.choices)
    contribution = models.ForeignKey(
        Contribution, on_delete=models.SET_NULL, null=True, blank=True, related_name="moderation_actions"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d})"
