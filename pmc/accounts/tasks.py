import smtplib

from celery import shared_task

from . import services


@shared_task(
    autoretry_for=(smtplib.SMTPException, ConnectionError, TimeoutError),
    retry_backoff=True,
    max_retries=6,
    ignore_result=True,
)
def email_send(*, subject: str, body: str, from_email: str, to: list[str], html: str | None = None) -> None:
    """Deliver one rendered message; retried with back-off while the mail server is unreachable."""
    services.email_deliver(subject=subject, body=body, from_email=from_email, to=to, html=html)


@shared_task(ignore_result=True)
def unverified_accounts_delete() -> None:
    """Beat task: remove accounts whose e-mail address was never confirmed (see UNVERIFIED_ACCOUNT_DAYS)."""
    from django.conf import settings

    services.unverified_accounts_delete(older_than_days=settings.UNVERIFIED_ACCOUNT_DAYS)


@shared_task(ignore_result=True)
def personal_data_export_build(export_id: int) -> None:
    """Build one participant's data download (load by id; idempotent)."""
    services.personal_data_export_build(export_id=export_id)


@shared_task(ignore_result=True)
def personal_data_exports_expire() -> None:
    """Beat task: delete data downloads past their expiry."""
    services.personal_data_exports_expire()
