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
    class Meta:
        model = RoleAssignment

    consultation = factory.SubFactory(ConsultationFactory)
    user = factory.SubFactory("tests.accounts.factories.UserFactory")
    role = RoleAssignment.Role.SECRETARIAT
