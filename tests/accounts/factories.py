import factory
from allauth.account.models import EmailAddress

from pmc.accounts.models import Organisation, User

PASSWORD = "a long demo passphrase"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Migrant Workers' Network {n}")
    kind = Organisation.Kind.CSO
    country = "PH"


class UserFactory(factory.django.DjangoModelFactory):
    """A participant whose e-mail address is verified (pass ``verified=False`` for one who has not yet)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Plover {n:06d}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=extracted is not False)
