import logging

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import ProtectedError
from kombu.exceptions import OperationalError

from pmc.cache import version_replace

logger = logging.getLogger(__name__)

# Pages that show people's public names keep their rendered HTML under this version; see public_names_changed.
PUBLIC_NAMES_VERSION = "public-names-version"


def public_names_changed() -> None:
    """Someone's public name changed (renamed, or erased): retire every cached page that shows names."""
    version_replace(PUBLIC_NAMES_VERSION)


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


EXPORT_DAYS = 7


def personal_data_export_request(*, user):
    """Start preparing a participant's data download; a worker builds it. Returns the export."""
    from django.utils import timezone

    from .models import PersonalDataExport
    from .tasks import personal_data_export_build

    with transaction.atomic(durable=True):
        export = PersonalDataExport.objects.create(
            user=user, expires_at=timezone.now() + timezone.timedelta(days=EXPORT_DAYS)
        )
        transaction.on_commit(lambda: personal_data_export_build.delay(export.pk))
    return export


def personal_data(user) -> dict:
    """Everything the platform holds about one person, as JSON-able data."""
    from . import registry

    data = {
        "profile": {
            "email": user.email,
            "display_name": user.display_name,
            "country": user.country.code if user.country else "",
            "stakeholder_group": user.stakeholder_group,
            "organisation": user.organisation.name if user.organisation else "",
            "preferred_language": user.preferred_language,
            "timezone": user.timezone,
            "gender": user.gender,
            "age_band": user.age_band,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "email_addresses": list(user.emailaddress_set.values("email", "verified", "primary")),
    }
    for section, export in sorted(registry.personal_data.items()):
        data[section] = export(user)
    return data


def personal_data_export_build(*, export_id: int) -> None:
    """Write the JSON file of an export. Idempotent: a built export is left as it is."""
    import json

    from django.core.files.base import ContentFile

    from .models import PersonalDataExport

    export = PersonalDataExport.objects.select_related("user__organisation").get(pk=export_id)
    if export.state == PersonalDataExport.State.READY:
        return
    content = json.dumps(personal_data(export.user), ensure_ascii=False, indent=2, default=str)
    export.file.save(f"personal-data-{export.pk}.json", ContentFile(content.encode()), save=False)
    export.state = PersonalDataExport.State.READY
    export.save(update_fields=["file", "state"])


def personal_data_exports_expire(*, now=None) -> int:
    """Delete exports past their expiry, files included."""
    from django.utils import timezone

    from .models import PersonalDataExport

    expired = PersonalDataExport.objects.filter(expires_at__lt=now or timezone.now())
    count = 0
    for export in expired:
        if export.file:
            export.file.delete(save=False)
        export.delete()
        count += 1
    return count


def account_erase(*, user) -> None:
    """Erase an account: what the person wrote stays, shown as "Former participant"; their e-mail address,
    display name and profile are gone from the database, with their sign-in, sessions and exports."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from django.utils import timezone

    from . import registry
    from .models import PersonalDataExport

    with transaction.atomic(durable=True):
        for erase in registry.erasers:
            erase(user)
        for export in PersonalDataExport.objects.filter(user=user):
            if export.file:
                export.file.delete(save=False)
            export.delete()
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        user.email = f"erased-{user.pk}@erased.invalid"
        user.display_name = f"former-{user.pk}"
        user.country = user.stakeholder_group = user.gender = user.age_band = user.timezone = ""
        user.organisation = None
        user.is_active = user.is_staff = user.is_superuser = False
        user.last_login = None
        user.erased_at = timezone.now()
        user.set_unusable_password()
        user.save()
        public_names_changed()
        user.groups.clear()
        user.user_permissions.clear()
