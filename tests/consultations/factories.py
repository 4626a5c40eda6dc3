import factory

from consultations.models import Consultation, RoleAssignment
from themes.models import ThematicArea


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"consultation-{n}")
    title = factory.Sequence(lambda n: f"Consultation {n}")
    title_en = factory.SelfAttribute("title")
    status = Consultation.Status.ACTIVE

    @factory.post_generation
    def with_areas(self, create, extracted, **kwargs):
        if create:
            self.thematic_areas.set(ThematicArea.objects.all() if extracted is None else extracted)


class RoleFactory(factory.django.DjangoModelFactory):
    """A role, held by someone who has switched on two-factor authentication (powers need it)."""

    class Meta:
        model = RoleAssignment
        skip_postgeneration_save = True

    consultation = factory.SubFactory(ConsultationFactory)
    user = factory.SubFactory("tests.accounts.factories.UserFactory")
    role = RoleAssignment.Role.SECRETARIAT

    @factory.post_generation
    def two_factor(self, create, extracted, **kwargs):
        if create and extracted is not False:
            with_two_factor(self.user)


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def with_two_factor(user):
    """Switch on two-factor authentication (TOTP) for a user, as they would in their account settings."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, TOTP_SECRET)
    return user
