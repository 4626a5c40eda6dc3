from django.db import transaction
from django.utils.translation import gettext as _

from .models import Consultation, RoleAssignment, RoleChange


def consultation_create(*, consultation: Consultation, thematic_areas, acting_user) -> Consultation:
    """Save a new consultation and make its creator its secretariat."""
    with transaction.atomic(durable=True):
        consultation.save()
        consultation.thematic_areas.set(thematic_areas)
        RoleAssignment.objects.create(
            consultation=consultation, user=acting_user, role=RoleAssignment.Role.SECRETARIAT, assigned_by=acting_user
        )
    return consultation


class RoleError(Exception):
    """A refused role change; the message is meant for the secretariat member who tried."""


def _scope_label(assignment: RoleAssignment) -> str:
    return str(assignment.region or "") or (assignment.country.name if assignment.country else "")


def role_assign(*, consultation: Consultation, user, role: str, region=None, country: str = "", acting_user):
    """Give a person a role in a consultation (a regional organiser or moderator may be scoped); logged."""
    if role != RoleAssignment.Role.REGIONAL_ORGANISER and (region or country):
        # Moderators and the secretariat act on the whole consultation; only organisers have a scope.
        raise RoleError(_("Only regional organisers have a region or a country; leave them empty for this role."))
    if role == RoleAssignment.Role.REGIONAL_ORGANISER and not (region or country):
        raise RoleError(_("A regional organiser needs a region or a country."))
    with transaction.atomic(durable=True):
        assignment, created = RoleAssignment.objects.get_or_create(
            consultation=consultation,
            user=user,
            role=role,
            region=region,
            country=country,
            defaults={"assigned_by": acting_user},
        )
        if not created:
            raise RoleError(_("This person already has this role here."))
        RoleChange.objects.create(
            consultation=consultation,
            action=RoleChange.Action.ASSIGN,
            user=user,
            role=role,
            scope=_scope_label(assignment),
            changed_by=acting_user,
        )
    return assignment


def role_revoke(*, assignment: RoleAssignment, acting_user) -> None:
    """Withdraw a role; the last secretariat member of a consultation cannot be removed. Logged."""
    with transaction.atomic(durable=True):
        consultation = Consultation.objects.select_for_update().get(pk=assignment.consultation_id)
        if (
            assignment.role == RoleAssignment.Role.SECRETARIAT
            and consultation.role_assignments.filter(role=RoleAssignment.Role.SECRETARIAT).count() == 1
        ):
            raise RoleError(_("A consultation needs at least one secretariat member."))
        RoleChange.objects.create(
            consultation=consultation,
            action=RoleChange.Action.REVOKE,
            user=assignment.user,
            role=assignment.role,
            scope=_scope_label(assignment),
            changed_by=acting_user,
        )
        assignment.delete()
