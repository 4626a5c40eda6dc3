from celery import shared_task

from .services.lifecycle import rounds_advance_by_date


@shared_task(ignore_result=True)
def rounds_advance() -> None:
    """Beat task: open and close rounds by their dates. Idempotent: running it twice moves nothing more."""
    rounds_advance_by_date()
