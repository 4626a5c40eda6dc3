"""Every save or deletion of a thread, round or consultation, from a service, a beat task or the admin, retires
the kept threads of ``rounds.page_cache.thread_head``."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from consultations.models import Consultation

from .models import Round, Thread
from .page_cache import structure_changed


@receiver([post_save, post_delete], sender=Thread, dispatch_uid="structure-thread")
@receiver([post_save, post_delete], sender=Round, dispatch_uid="structure-round")
@receiver([post_save, post_delete], sender=Consultation, dispatch_uid="structure-consultation")
def structure_rows_changed(sender, **kwargs):
    structure_changed()
