"""Every save or deletion of a row the permissions read retires the person's kept access facts
(``consultations.predicates.access_of``), whether it comes from a service, allauth or the admin."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import RoleAssignment, Suspension
from .predicates import access_changed


@receiver([post_save, post_delete], sender=EmailAddress, dispatch_uid="access-email")
@receiver([post_save, post_delete], sender=Authenticator, dispatch_uid="access-authenticator")
@receiver([post_save, post_delete], sender=RoleAssignment, dispatch_uid="access-role")
@receiver([post_save, post_delete], sender=Suspension, dispatch_uid="access-suspension")
def access_rows_changed(sender, instance, **kwargs):
    access_changed(instance.user_id)
