import logging

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import ProtectedError
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


def unverified_accounts_delete(*, older_than_days: int, now=None) -> int:
    """Delete accounts that never confirmed their e-mail address and have nothing attached to them.

    An address nobody confirmed may belong to someone who never asked for an account: keeping it would keep
    personal data without purpose. Idempotent.
    """
    from allauth.account.models import EmailAddress
    from django.db.models import Exists, OuterRef
    from django.utils import timezone

    from .models import User

    cutoff = (now or timezone.now()) - timezone.timedelta(days=older_than_days)
    verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    stale = User.objects.filter(date_joined__lt=cutoff, is_staff=False, last_login__isnull=True).exclude(
        Exists(verified)
    )
    deleted = 0
    for user in stale:
        try:
            with transaction.atomic(durable=True):
                user.delete()
        except ProtectedError:
            continue  # something they wrote is cited or kept: the account stays
        deleted += 1
    return deleted
