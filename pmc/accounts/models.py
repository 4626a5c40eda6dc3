import secrets
import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

# Migratory birds: a pseudonym says nothing about the person behind it.
PSEUDONYM_BIRDS = (
    "Swallow",
    "Swift",
    "Tern",
    "Crane",
    "Stork",
    "Plover",
    "Godwit",
    "Warbler",
    "Bunting",
    "Oriole",
    "Curlew",
    "Sandpiper",
    "Kestrel",
    "Osprey",
    "Heron",
    "Egret",
    "Ibis",
    "Pelican",
    "Shearwater",
    "Petrel",
    "Wheatear",
    "Hoopoe",
    "Bee-eater",
    "Roller",
    "Nightjar",
    "Cuckoo",
    "Redstart",
    "Flycatcher",
    "Pipit",
    "Wagtail",
)


def pseudonym() -> str:
    """A random display name such as ``Tern 482913``: about 27 million combinations."""
    return f"{secrets.choice(PSEUDONYM_BIRDS)} {secrets.randbelow(900_000) + 100_000}"


TIMEZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def validate_timezone(value: str) -> None:
    """A time zone name the platform knows (kept out of ``choices`` so tz database updates need no migration)."""
    if value and value not in TIMEZONES:
        raise ValidationError(_("Choose a time zone from the list."))


class StakeholderGroup(models.TextChoices):
    MIGRANT = "migrant", _("Migrant")
    MIGRANT_ASSOCIATION = "migrant_association", _("Migrant association")
    CSO = "cso", _("Civil-society organisation")
    TRADE_UNION = "trade_union", _("Trade union")
    ACADEMIA = "academia", _("Academia")
    UN_ENTITY = "un_entity", _("United Nations entity")
    GOVERNMENT = "government", _("Government")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    OTHER = "other", _("Another gender")


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    FROM_18 = "18_24", _("18–24")
    FROM_25 = "25_34", _("25–34")
    FROM_35 = "35_44", _("35–44")
    FROM_45 = "45_54", _("45–54")
    FROM_55 = "55_64", _("55–64")
    FROM_65 = "65_plus", _("65 or older")


class Region(models.Model):
    """One of the five United Nations regional commissions' regions, which hold the regional GCM reviews."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    commission = models.CharField(_("regional commission"), max_length=160)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class RegionCountry(models.Model):
    """A country covered by a region; a country may belong to two regions (Egypt: Africa and Arab States)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="memberships")
    country = CountryField(_("country"))

    class Meta:
        ordering = ["region", "country"]
        verbose_name = _("country of a region")
        verbose_name_plural = _("countries of regions")
        constraints = [
            models.UniqueConstraint(fields=["region", "country"], name="region_country_unique"),
        ]

    def __str__(self):
        return f"{self.region.code}: {self.country.code}"


class Organisation(models.Model):
    class Kind(models.TextChoices):
        MIGRANT_ASSOCIATION = "migrant_association", _("Migrant association")
        CSO = "cso", _("Civil-society organisation")
        REGIONAL_NETWORK = "regional_network", _("Regional network")
        TRADE_UNION = "trade_union", _("Trade union")
        ACADEMIA = "academia", _("Academic institution")
        UN_ENTITY = "un_entity", _("United Nations entity")
        GOVERNMENT = "government", _("Government")
        PRIVATE_SECTOR = "private_sector", _("Private sector")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.CSO)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    agrees_to_be_named = models.BooleanField(
        _("agrees to be named"),
        default=False,
        help_text=_("Named in the annex of contributing organisations in published briefs."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. Others only ever see ``display_name``, never the e-mail address."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        default=pseudonym,
        help_text=_("The name others see next to what you write. It does not need to be your real name."),
    )
    country = CountryField(_("country of residence"), blank=True)
    stakeholder_group = models.CharField(
        _("stakeholder group"), max_length=32, choices=StakeholderGroup.choices, blank=True
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        validators=[validate_timezone],
        blank=True,
        help_text=_("Meeting times are shown in it. Left empty, your browser's is used when it tells us."),
    )
    gender = models.CharField(
        _("gender"),
        max_length=16,
        choices=Gender.choices,
        blank=True,
        help_text=_("Optional. Only ever used in totals, never shown next to your name."),
    )
    age_band = models.CharField(
        _("age"),
        max_length=16,
        choices=AgeBand.choices,
        blank=True,
        help_text=_("Optional. Only ever used in totals, never shown next to your name."),
    )

    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("display_name"), name="user_display_name_unique_ci"),
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("accounts:profile")

    @property
    def public_name(self) -> str:
        """The name others see: the display name, or "Former participant" once the account is erased."""
        return str(_("Former participant")) if self.erased_at else self.display_name

    def get_full_name(self):
        return self.display_name

    def get_short_name(self):
        return self.display_name


def personal_export_path(export, filename):
    return f"exports/{export.user_id}/{filename}"


def private_storage():
    from django.core.files.storage import storages

    return storages["briefs"]


class PersonalDataExport(models.Model):
    """A participant's download of everything the platform holds about them; kept for a limited time."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Being prepared")
        READY = "ready", _("Ready")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="data_exports")
    state = models.CharField(max_length=16, choices=State.choices, default=State.QUEUED)
    file = models.FileField(upload_to=personal_export_path, storage=private_storage, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Export #{self.pk}"
