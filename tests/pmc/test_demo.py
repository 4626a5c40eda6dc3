"""The demo story loads twice without duplicating anything, and every page of it opens for every role."""

import pytest
from django.core.management import call_command

from pmc.accounts.models import User
from reports.models import Brief
from rounds.models import Contribution, Meeting, Outcome, Round, Thread

ROLES = [
    None,
    "amina@demo.pmc.example",
    "moderator@demo.pmc.example",
    "organiser.asia@demo.pmc.example",
    "secretariat@demo.pmc.example",
]


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db
def test_demo_story_is_idempotent(demo):
    counts = [Contribution.objects.count(), Outcome.objects.count(), Round.objects.count(), Meeting.objects.count()]
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [
        Contribution.objects.count(),
        Outcome.objects.count(),
        Round.objects.count(),
        Meeting.objects.count(),
    ] == counts
    assert counts[0] >= 250 and counts[1] == 10 and counts[3] == 3


@pytest.mark.django_db
def test_demo_story_tells_the_2021_consultation(demo):
    import datetime

    from django.db.models import Count
    from django.utils import timezone

    from rounds.models import Flag, Support

    global_rounds = list(Round.objects.filter(parent=None).order_by("sequence"))
    assert [r.state for r in global_rounds] == ["synthesised", "open", "scheduled"]
    first = global_rounds[0]
    assert (first.opens_at.date(), first.closes_at.date()) == (datetime.date(2021, 4, 13), datetime.date(2021, 5, 18))
    assert first.threads.count() == 5 == global_rounds[1].threads.count()
    by_language = dict(Contribution.objects.values_list("language").annotate(n=Count("id")))
    assert set(by_language) == {"en", "fr", "es", "ar"} and min(by_language.values()) >= 10
    assert Contribution.objects.filter(parent__isnull=False).count() >= 100  # replies
    assert Support.objects.count() >= 100 and Flag.objects.exists()
    assert not Contribution.objects.filter(created_at__gt=timezone.now()).exists()  # nothing dated in the future
    for round_ in Round.objects.all():
        assert not Contribution.objects.filter(thread__round=round_, created_at__lt=round_.opens_at).exists()
        assert not Contribution.objects.filter(thread__round=round_, created_at__gt=round_.closes_at).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("email", ROLES)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_demo_page_opens(client, demo, email, language):
    if email:
        client.force_login(User.objects.get(email=email))
    slug = "peoples-migration-challenge-2021"
    urls = [
        f"/{language}/",
        f"/{language}/themes/",
        f"/{language}/meetings/",
        f"/{language}/consultations/{slug}/",
        f"/{language}/consultations/{slug}/participation/",
        f"/{language}/consultations/{slug}/meetings.ics",
    ]
    urls += [f"/{language}/rounds/{pk}/" for pk in Round.objects.values_list("pk", flat=True)]
    urls += [
        f"/{language}/rounds/{pk}/feedback/"
        for pk in Round.objects.filter(parent=None, sequence=1).values_list("pk", flat=True)
    ]
    urls += [f"/{language}/threads/{pk}/" for pk in Thread.objects.values_list("pk", flat=True)[:6]]
    urls += [f"/{language}/outcomes/{pk}/" for pk in Outcome.objects.values_list("pk", flat=True)[:3]]
    urls += [f"/{language}/meetings/{pk}/" for pk in Meeting.objects.values_list("pk", flat=True)]
    for url in urls:  # public: every role reads them
        assert client.get(url).status_code == 200, url
    if email:  # the role table (tests/pmc/test_url_roles.py) says who gets which; here: none fails
        for url in (
            f"/{language}/accounts/profile/",
            f"/{language}/organise/",
            f"/{language}/consultations/{slug}/moderation/",
            f"/{language}/consultations/{slug}/briefs/",
        ):
            assert client.get(url).status_code in (200, 403), url
    assert not Brief.objects.exists()
