from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from consultations.models import RoleAssignment, Suspension
from pmc.accounts.services import email_queue

from ..models import Contribution, Flag, ModerationAction
from ..page_cache import thread_changed
from . import RoundError


def _consultation_id(contribution: Contribution) -> int:
    return contribution.thread.round.consultation_id


def flag_create(*, contribution: Contribution, user, reason: str, note: str = "") -> Flag:
    """Flag a contribution. At FLAGS_TO_HIDE open flags it is hidden pending review and moderators are e-mailed."""
    with transaction.atomic(durable=True):
        contribution = Contribution.objects.select_for_update().select_related("thread__round").get(pk=contribution.pk)
        try:
            with transaction.atomic():
                flag = Flag.objects.create(contribution=contribution, user=user, reason=reason, note=note)
        except IntegrityError:
            raise RoundError(_("You have already flagged this contribution. Moderators will review it.")) from None
        open_flags = contribution.flags.filter(status=Flag.Status.OPEN).count()
        if contribution.status == Contribution.Status.PUBLISHED and open_flags >= settings.FLAGS_TO_HIDE:
            contribution.status = Contribution.Status.HIDDEN
            contribution.save(update_fields=["status"])
            thread_changed(contribution.thread_id)
            ModerationAction.objects.create(
                consultation_id=_consultation_id(contribution),
                action=ModerationAction.Action.AUTO_HIDE,
                contribution=contribution,
                reason=_("%(count)s open flags") % {"count": open_flags},
            )
            _notify_moderators(contribution)
    return flag


def _notify_moderators(contribution: Contribution) -> None:
    """E-mail each moderator and secretariat member of the consultation, in their own language."""
    recipients = set(
        RoleAssignment.objects.filter(
            consultation_id=_consultation_id(contribution),
            role__in=[RoleAssignment.Role.MODERATOR, RoleAssignment.Role.SECRETARIAT],
        ).values_list("user__email", "user__preferred_language")
    )
    slug = contribution.thread.round.consultation.slug
    for email, language in sorted(recipients):
        with override(language):
            url = settings.SITE_URL + reverse("rounds:moderation_queue", kwargs={"slug": slug})
            email_queue(
                subject=_("A contribution was hidden after several flags"),
                body=_(
                    "A contribution in “%(thread)s” received %(count)s flags and is hidden until a moderator "
                    "reviews it.\n\nReview it in the moderation queue: %(url)s"
                )
                % {"thread": contribution.thread.title, "count": settings.FLAGS_TO_HIDE, "url": url},
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[email],
            )


def contribution_set_visibility(*, contribution: Contribution, moderator, hidden: bool, reason: str) -> Contribution:
    """Hide or restore a contribution with a reason; restoring upholds nothing and closes the open flags."""
    with transaction.atomic(durable=True):
        contribution = Contribution.objects.select_for_update().select_related("thread__round").get(pk=contribution.pk)
        if contribution.status == Contribution.Status.REMOVED:
            raise RoundError(_("Its author removed this contribution; there is nothing to hide or restore."))
        contribution.status = Contribution.Status.HIDDEN if hidden else Contribution.Status.PUBLISHED
        contribution.save(update_fields=["status"])
        thread_changed(contribution.thread_id)
        contribution.flags.filter(status=Flag.Status.OPEN).update(
            status=Flag.Status.UPHELD if hidden else Flag.Status.DISMISSED
        )
        ModerationAction.objects.create(
            consultation_id=_consultation_id(contribution),
            moderator=moderator,
            action=ModerationAction.Action.HIDE if hidden else ModerationAction.Action.RESTORE,
            contribution=contribution,
            reason=reason,
        )
    return contribution


def flags_dismiss(*, contribution: Contribution, moderator, reason: str) -> int:
    """Dismiss the open flags of a contribution that stays visible."""
    with transaction.atomic(durable=True):
        contribution = Contribution.objects.select_for_update().select_related("thread__round").get(pk=contribution.pk)
        if contribution.status == Contribution.Status.HIDDEN:
            raise RoundError(_("This contribution is hidden: restore it, or keep it hidden."))
        count = contribution.flags.filter(status=Flag.Status.OPEN).update(status=Flag.Status.DISMISSED)
        ModerationAction.objects.create(
            consultation_id=_consultation_id(contribution),
            moderator=moderator,
            action=ModerationAction.Action.DISMISS_FLAGS,
            contribution=contribution,
            reason=reason,
        )
    return count


def participant_suspend(*, consultation, participant, moderator, reason: str) -> Suspension:
    """Bar a participant from a consultation until the suspension is lifted."""
    with transaction.atomic(durable=True):
        try:
            with transaction.atomic():
                suspension = Suspension.objects.create(
                    consultation=consultation, user=participant, reason=reason, suspended_by=moderator
                )
        except IntegrityError:
            raise RoundError(_("This participant is already suspended from this consultation.")) from None
        ModerationAction.objects.create(
            consultation=consultation,
            moderator=moderator,
            action=ModerationAction.Action.SUSPEND,
            participant=participant,
            reason=reason,
        )
    return suspension


def suspension_lift(*, suspension: Suspension, moderator, reason: str) -> Suspension:
    with transaction.atomic(durable=True):
        suspension.lifted_at = timezone.now()
        suspension.save(update_fields=["lifted_at"])
        ModerationAction.objects.create(
            consultation_id=suspension.consultation_id,
            moderator=moderator,
            action=ModerationAction.Action.LIFT_SUSPENSION,
            participant=suspension.user,
            reason=reason,
        )
    return suspension
