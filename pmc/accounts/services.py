import logging

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


def email_deliver(*, subject: str, body: str, from_email: str, to: list[str], html: str | None = None) -> None:
    """Hand one message to the configured e-mail backend (SMTP in production). Raises on failure."""
    message = EmailMultiAlternatives(subject=subject, body=body, from_email=from_email, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def email_queue(*, subject: str, body: str, from_email: str, to: list[str], html: str | None = None) -> None:
    """Send a message from a Celery worker once the current transaction commits.

    A slow mail server then never holds up a request. If the broker cannot be reached the message is
    delivered in-process instead, so a sign-up never loses its verification e-mail.
    """
    from .tasks import email_send

    payload = {"subject": subject, "body": body, "from_email": from_email, "to": list(to), "html": html}

    def enqueue():
        try:
            email_send.delay(**payload)
        except OperationalError:
            logger.warning("E-mail queue unreachable; delivering one message in-process.")
            email_deliver(**payload)

    transaction.on_commit(enqueue)
