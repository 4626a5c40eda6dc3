from django.db import transaction

from .models import Consultation, RoleAssignment


def consultation_create(*, consultation: Consultation, thematic_areas, acting_user) -> Consultation:
    """Save a new consultation and make its creator its secretariat."""
    with transaction.atomic(durable=True):
        consultation.save()
        consultation.thematic_areas.set(thematic_areas)
        RoleAssignment.objects.create(
            consultation=consultation, user=acting_user, role=RoleAssignment.Role.SECRETARIAT, assigned_by=acting_user
        )
    return consultation
