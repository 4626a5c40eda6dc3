from celery import shared_task

from .services.lifecycle import rounds_advance_by_date


@shared_task(ignore_result=True)
def rounds_advance() -> None:
    """Beat task: open and close rounds by their dates. Idempotent: running it twice moves nothing more."""
    rounds_advance_by_date()


@shared_task(ignore_result=True)
def meeting_reminders() -> None:
    """Beat task: reminders 24 hours and 1 hour before meetings; each sent exactly once."""
    from .services.meetings import meeting_reminders_send

    meeting_reminders_send()
