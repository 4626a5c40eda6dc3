import datetime

import factory
from django.utils import timezone

from rounds.markdown import render_markdown
from rounds.models import Contribution, Flag, Outcome, Round, Thread
from themes.models import ThematicArea

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round

    consultation = factory.SubFactory(ConsultationFactory)
    title = factory.Sequence(lambda n: f"Global round {n}")
    title_en = factory.SelfAttribute("title")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=13))
    state = Round.State.OPEN


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    round = factory.SubFactory(RoundFactory)
    title = factory.Sequence(lambda n: f"Thread {n}")
    title_en = factory.SelfAttribute("title")


class ContributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contribution

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(UserFactory)
    kind = Contribution.Kind.INSIGHT
    body = factory.Sequence(lambda n: f"Migrant workers need portable social protection, point {n}.")
    body_html = factory.LazyAttribute(lambda o: render_markdown(o.body))
    language = "en"
    parent = None

    @factory.lazy_attribute
    def root(self):
        return None if self.parent is None else (self.parent.root or self.parent)


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    contribution = factory.SubFactory(ContributionFactory)
    user = factory.SubFactory(UserFactory)
    reason = Flag.Reason.SPAM


class OutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outcome

    round = factory.SubFactory(RoundFactory, state=Round.State.SYNTHESISED)
    kind = Outcome.Kind.RECOMMENDATION
    text = factory.Sequence(lambda n: f"Governments should regularise undocumented essential workers ({n}).")
    text_en = factory.SelfAttribute("text")
    thematic_area = factory.LazyFunction(lambda: ThematicArea.objects.get(number=1))
    state = Outcome.State.PUBLISHED


def child_round(parent, *, region_code="ESCAP", country="", state=Round.State.OPEN, **kwargs):
    """A regional (or, with ``country``, national) round under ``parent``."""
    from pmc.accounts.models import Region

    return RoundFactory(
        consultation=parent.consultation,
        parent=parent,
        scope=Round.Scope.NATIONAL if country else Round.Scope.REGIONAL,
        region=None if country else Region.objects.get(code=region_code),
        country=country,
        state=state,
        **kwargs,
    )
