"""Synthesis of a round into outcomes, regional and national child rounds, invitations, reflections, feedback."""

import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from pmc.accounts.services import email_queue

from ..models import Invitation, Outcome, OutcomeVersion, Reflection, RegionalFeedback, Round
from . import RoundError
from .lifecycle import round_create

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
VERSIONED_FIELDS = [f"text_{code}" for code in LANGUAGE_CODES] + [
    "kind",
    "addressee",
    "thematic_area_id",
    "derived_from_id",
]
TAG_FIELDS = ["gcm_objectives", "guiding_principles", "sdg_targets"]


def _snapshot(outcome: Outcome) -> dict:
    data = {field: getattr(outcome, field) for field in VERSIONED_FIELDS}
    for field in TAG_FIELDS:
        data[field] = sorted(getattr(outcome, field).values_list("pk", flat=True))
    data["sources"] = sorted(outcome.sources.values_list("pk", flat=True))
    return data


def _check_sources_and_lineage(round_: Round, sources, derived_from) -> None:
    foreign = [c.pk for c in sources if c.thread.round_id != round_.pk]
    if foreign:
        raise RoundError(_("Sources must be contributions of this round."))
    if derived_from is not None:
        earlier = derived_from.round
        if (
            earlier.consultation_id != round_.consultation_id
            or derived_from.state != Outcome.State.PUBLISHED
            or earlier.opens_at >= round_.opens_at
        ):
            raise RoundError(_("An outcome can only revise a published outcome of an earlier round."))


def outcome_save(
    *,
    round_: Round,
    acting_user,
    fields: dict,
    gcm_objectives=(),
    guiding_principles=(),
    sdg_targets=(),
    sources=(),
    outcome: Outcome | None = None,
) -> Outcome:
    """Create or change an outcome of a closed round. Changing a published one keeps the earlier wording as a
    version (who, when, which fields)."""
    sources = list(sources)
    with transaction.atomic(durable=True):
        locked = Round.objects.select_for_update().get(pk=round_.pk)
        if locked.state not in (Round.State.CLOSED, Round.State.SYNTHESISED):
            raise RoundError(_("Outcomes are written once the round is closed."))
        _check_sources_and_lineage(locked, sources, fields.get("derived_from"))
        if outcome is None:
            outcome = Outcome(round=locked, created_by=acting_user, position=locked.outcomes.count() + 1)
            if locked.state == Round.State.SYNTHESISED:  # the round's outcomes are already public: so is this one
                outcome.state, outcome.published_at = Outcome.State.PUBLISHED, timezone.now()
            before = None
        else:
            outcome = Outcome.objects.select_for_update().get(pk=outcome.pk)
            before = _snapshot(outcome) if outcome.state == Outcome.State.PUBLISHED else None
        for name, value in fields.items():
            setattr(outcome, name, value)
        outcome.text = fields.get("text_en") or outcome.text_en or outcome.text
        outcome.save()
        outcome.gcm_objectives.set(gcm_objectives)
        outcome.guiding_principles.set(guiding_principles)
        outcome.sdg_targets.set(sdg_targets)
        outcome.sources.set(sources)
        if before is not None:
            after = _snapshot(outcome)
            changed = [field for field in after if after[field] != before[field]]
            if changed:
                OutcomeVersion.objects.create(
                    outcome=outcome,
                    version=outcome.version,
                    snapshot={k: v for k, v in before.items()},
                    changed_fields=changed,
                    changed_by=acting_user,
                )
                outcome.version += 1
                outcome.save(update_fields=["version"])
    return outcome


def outcome_delete(*, outcome: Outcome, acting_user) -> None:
    """Delete a draft outcome; anything published or cited by a later round stays."""
    try:
        with transaction.atomic(durable=True):
            locked = Outcome.objects.select_for_update().get(pk=outcome.pk)
            if locked.state == Outcome.State.PUBLISHED:
                raise RoundError(_("A published outcome cannot be deleted; edit it instead (its history is kept)."))
            locked.delete()
    except ProtectedError:
        raise RoundError(_("Later rounds cite this outcome, so it cannot be deleted.")) from None


def round_publish_outcomes(*, round_: Round, acting_user) -> int:
    """Publish a closed round's draft outcomes and mark the round synthesised. Returns how many were published."""
    with transaction.atomic(durable=True):
        locked = Round.objects.select_for_update().get(pk=round_.pk)
        if locked.state != Round.State.CLOSED:
            raise RoundError(_("Only a closed round can be synthesised."))
        drafts = locked.outcomes.filter(state=Outcome.State.DRAFT)
        count = drafts.update(state=Outcome.State.PUBLISHED, published_at=timezone.now())
        if count == 0 and not locked.outcomes.exists():
            raise RoundError(_("Write at least one outcome before publishing."))
        locked.state = Round.State.SYNTHESISED
        locked.save(update_fields=["state"])
    return count


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def child_round_create(*, parent: Round, acting_user, invite_emails=(), **fields) -> Round:
    """A regional or national round under a synthesised global round; its outcomes are carried forward."""
    if parent.state != Round.State.SYNTHESISED:
        raise RoundError(_("Only a synthesised round's outcomes can be carried forward."))
    round_ = round_create(consultation=parent.consultation, acting_user=acting_user, parent=parent, **fields)
    for email in invite_emails:
        invitation_send(round_=round_, email=email, acting_user=acting_user)
    return round_


def invitation_send(*, round_: Round, email: str, acting_user, language: str | None = None) -> Invitation | None:
    """Invite one address to an invitation-only round with a single-use link, e-mailed by a worker.

    Idempotent per address: inviting the same address twice sends nothing new.
    """
    email = email.strip().lower()
    token = secrets.token_urlsafe(32)
    with transaction.atomic(durable=True):
        invitation, created = Invitation.objects.get_or_create(
            round=round_, email=email, defaults={"token_hash": _token_hash(token), "invited_by": acting_user}
        )
    if not created:
        return None
    with override(language or settings.LANGUAGE_CODE):
        link = settings.SITE_URL + reverse("rounds:invitation_accept", kwargs={"token": token})
        email_queue(
            subject=_("You are invited to “%(title)s”") % {"title": round_.title},
            body=_(
                "You are invited to take part in “%(title)s”, a round of the People's Migration Challenge, open from "
                "%(opens)s to %(closes)s.\n\nAccept the invitation (the link works once): %(url)s\n\nIf you have no "
                "account yet, you will be asked to sign up first."
            )
            % {
                "title": round_.title,
                "opens": round_.opens_at.strftime("%Y-%m-%d"),
                "closes": round_.closes_at.strftime("%Y-%m-%d"),
                "url": link,
            },
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[email],
        )
    return invitation


def invitation_accept(*, token: str, user) -> Invitation:
    """Accept an invitation with its token; it then admits this account, and no other, to the round."""
    with transaction.atomic(durable=True):
        invitation = (
            Invitation.objects.select_for_update().select_related("round").filter(token_hash=_token_hash(token)).first()
        )
        if invitation is None:
            raise RoundError(_("This invitation link is not valid. Ask the organiser for a new one."))
        if invitation.accepted_by_id and invitation.accepted_by_id != user.pk:
            raise RoundError(_("This invitation has already been used by another account."))
        if not invitation.accepted_by_id:
            invitation.accepted_by = user
            invitation.accepted_at = timezone.now()
            invitation.save(update_fields=["accepted_by", "accepted_at"])
    return invitation


def carried_outcomes(round_: Round):
    """The outcomes a child round reflects on: its parent's published outcomes."""
    if round_.parent_id is None:
        return Outcome.objects.none()
    return Outcome.objects.filter(round_id=round_.parent_id, state=Outcome.State.PUBLISHED)


def reflection_save(
    *, round_: Round, outcome: Outcome, user, stance: str, comment: str, amendment: str, language: str
) -> Reflection:
    """Record (or change, while the round is open) a participant's stance on a carried outcome."""
    with transaction.atomic(durable=True):
        locked = Round.objects.select_for_update().get(pk=round_.pk)
        if not locked.is_open:
            raise RoundError(_("This round is closed, so reflections can no longer be changed."))
        if not carried_outcomes(locked).filter(pk=outcome.pk).exists():
            raise RoundError(_("This outcome is not carried into this round."))
        if stance == Reflection.Stance.AMEND and not amendment.strip():
            raise RoundError(_("To propose an amendment, write the wording you propose."))
        reflection, _created = Reflection.objects.update_or_create(
            round=locked,
            outcome=outcome,
            user=user,
            defaults={"stance": stance, "comment": comment, "amendment": amendment, "language": language},
        )
    return reflection


def feedback_save(*, round_: Round, outcome: Outcome, summary: str, acting_user) -> RegionalFeedback:
    """The organiser's summary of their round's reflections on one carried outcome."""
    with transaction.atomic(durable=True):
        if not carried_outcomes(round_).filter(pk=outcome.pk).exists():
            raise RoundError(_("This outcome is not carried into this round."))
        feedback, _created = RegionalFeedback.objects.update_or_create(
            round=round_, outcome=outcome, defaults={"summary": summary, "written_by": acting_user}
        )
    return feedback
