"""Load the demo story: the 2021 People's Migration Challenge, a few organisations and one user per role.

Idempotent: run it again and nothing is duplicated; passwords of existing demo users are left alone.
"""

import datetime
import random

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from consultations.models import Consultation, RoleAssignment
from pmc.accounts.models import Organisation, Region, RegionCountry, StakeholderGroup, User
from rounds.markdown import render_markdown
from rounds.models import (
    Contribution,
    Flag,
    Meeting,
    MeetingRegistration,
    MeetingStance,
    Outcome,
    Reflection,
    RegionalFeedback,
    Round,
    Support,
    Thread,
)
from rounds.page_cache import structure_changed
from themes.models import GCMObjective, GuidingPrinciple, SDGTarget, ThematicArea

from ._demo_contributions import CONTRIBUTIONS, REPLIES
from ._demo_outcomes import AMENDMENTS, OUTCOMES, REFLECTION_COMMENTS, REGIONAL_SUMMARIES

DEMO_PASSWORD = "migration-2021-demo"  # noqa: S105 (printed on purpose: demo accounts only)
# Accounts with powers need two-factor authentication; the demo ones share this authenticator secret.
DEMO_TOTP_SECRET = "PMCDEMOPMCDEMOPMCDEMOPMCDEMOPMCD"  # noqa: S105 (printed on purpose: demo accounts only)
TWO_FACTOR_ACCOUNTS = {
    "secretariat@demo.pmc.example",
    "moderator@demo.pmc.example",
    "organiser.asia@demo.pmc.example",
    "admin@demo.pmc.example",
}

ORGANISATIONS = [
    {
        "name": "Asia Pacific Mission for Migrants",
        "kind": Organisation.Kind.REGIONAL_NETWORK,
        "country": "HK",
        "website": "https://www.apmigrants.org/",
        "agrees_to_be_named": True,
    },
    {
        "name": "Sahel Migrant Workers' Collective",
        "kind": Organisation.Kind.MIGRANT_ASSOCIATION,
        "country": "SN",
        "website": "",
        "agrees_to_be_named": True,
    },
    {
        "name": "Mesoamerican Network for Migrant Rights",
        "kind": Organisation.Kind.REGIONAL_NETWORK,
        "country": "GT",
        "website": "",
        "agrees_to_be_named": True,
    },
    {
        "name": "European Platform for Undocumented Workers",
        "kind": Organisation.Kind.CSO,
        "country": "BE",
        "website": "",
        "agrees_to_be_named": False,
    },
    {
        "name": "Gulf Domestic Workers' Solidarity",
        "kind": Organisation.Kind.MIGRANT_ASSOCIATION,
        "country": "LB",
        "website": "",
        "agrees_to_be_named": False,
    },
]

USERS = [
    # email, display name, role description, extra fields
    ("secretariat@demo.pmc.example", "PMC Secretariat", "secretariat", {"stakeholder_group": StakeholderGroup.CSO}),
    ("moderator@demo.pmc.example", "Moderator Ana", "moderator", {"stakeholder_group": StakeholderGroup.CSO}),
    (
        "organiser.asia@demo.pmc.example",
        "APMM organiser",
        "regional organiser (Asia and the Pacific)",
        {
            "stakeholder_group": StakeholderGroup.CSO,
            "country": "HK",
            "organisation": "Asia Pacific Mission for Migrants",
        },
    ),
    (
        "amina@demo.pmc.example",
        "Swallow 210413",
        "participant (migrant domestic worker)",
        {
            "stakeholder_group": StakeholderGroup.MIGRANT,
            "country": "LB",
            "gender": "woman",
            "age_band": "25_34",
            "preferred_language": "ar",
        },
    ),
    (
        "jose@demo.pmc.example",
        "Tern 180521",
        "participant (migrant association)",
        {
            "stakeholder_group": StakeholderGroup.MIGRANT_ASSOCIATION,
            "country": "MX",
            "gender": "man",
            "preferred_language": "es",
            "organisation": "Mesoamerican Network for Migrant Rights",
        },
    ),
    ("admin@demo.pmc.example", "Site operator", "staff (Django admin)", {"is_staff": True, "is_superuser": True}),
]

CONSULTATION = {
    "slug": "peoples-migration-challenge-2021",
    "status": Consultation.Status.ACTIVE,
    "starts_on": datetime.date(2021, 4, 13),
    "title": {
        "en": "People's Migration Challenge 2021",
        "fr": "Défi des peuples sur la migration 2021",
        "es": "Desafío de los Pueblos sobre la Migración 2021",
        "ar": "تحدي الشعوب بشأن الهجرة 2021",
    },
    "description": {
        "en": "Civil society, migrants and other stakeholders identify action-oriented, rights-based solutions "
        "on five thematic areas. The first global round ran from 13 April to 18 May 2021; regional and national "
        "discussions followed for two weeks; a second global round in June heard every region's feedback, with "
        "an open conversation virtual meeting; a third round in August invited the regions not yet heard.",
        "fr": "La société civile, les migrants et les autres parties prenantes définissent des solutions concrètes "
        "et fondées sur les droits pour cinq domaines thématiques. Le premier tour mondial s'est tenu du 13 avril "
        "au 18 mai 2021 ; des discussions régionales et nationales ont suivi pendant deux semaines ; un deuxième "
        "tour mondial en juin a entendu les retours de chaque région, avec une réunion virtuelle de conversation "
        "ouverte ; un troisième tour en août a invité les régions pas encore entendues.",
        "es": "La sociedad civil, las personas migrantes y otras partes interesadas definen soluciones concretas y "
        "basadas en derechos en cinco áreas temáticas. La primera ronda mundial se celebró del 13 de abril al 18 "
        "de mayo de 2021; siguieron dos semanas de debates regionales y nacionales; una segunda ronda mundial en "
        "junio escuchó los aportes de cada región, con una reunión virtual de conversación abierta; una tercera "
        "ronda en agosto invitó a las regiones que aún no habían participado.",
        "ar": "يحدد المجتمع المدني والمهاجرون وسائر أصحاب المصلحة حلولاً عملية قائمة على الحقوق في خمسة مجالات "
        "مواضيعية. جرت الجولة العالمية الأولى من 13 نيسان/أبريل إلى 18 أيار/مايو 2021، تلتها نقاشات إقليمية "
        "ووطنية لمدة أسبوعين، ثم جولة عالمية ثانية في حزيران/يونيو استمعت إلى ملاحظات كل منطقة مع اجتماع افتراضي "
        "للحوار المفتوح، وجولة ثالثة في آب/أغسطس دعت المناطق التي لم تشارك بعد.",
    },
}


ROLES = {
    "secretariat@demo.pmc.example": (RoleAssignment.Role.SECRETARIAT, None),
    "moderator@demo.pmc.example": (RoleAssignment.Role.MODERATOR, None),
    "organiser.asia@demo.pmc.example": (RoleAssignment.Role.REGIONAL_ORGANISER, "ESCAP"),
}

# Pseudonymous demo participants who never sign in: (country, stakeholder group, gender, language).
PARTICIPANTS = [
    ("PH", "migrant", "woman", "en"),
    ("ID", "migrant", "woman", "en"),
    ("NP", "migrant", "man", "en"),
    ("BD", "trade_union", "man", "en"),
    ("IN", "cso", "woman", "en"),
    ("LK", "migrant", "woman", "en"),
    ("HK", "migrant_association", "woman", "en"),
    ("MY", "cso", "man", "en"),
    ("AU", "academia", "woman", "en"),
    ("NG", "migrant", "man", "en"),
    ("KE", "cso", "woman", "en"),
    ("GH", "migrant_association", "man", "en"),
    ("ZA", "trade_union", "woman", "en"),
    ("SN", "migrant", "man", "fr"),
    ("ML", "migrant_association", "man", "fr"),
    ("CI", "cso", "woman", "fr"),
    ("CM", "migrant", "woman", "fr"),
    ("MX", "migrant", "man", "es"),
    ("GT", "migrant_association", "woman", "es"),
    ("HN", "migrant", "man", "es"),
    ("CO", "cso", "woman", "es"),
    ("VE", "migrant", "woman", "es"),
    ("AR", "academia", "man", "es"),
    ("CL", "cso", "non_binary", "es"),
    ("LB", "migrant", "woman", "ar"),
    ("JO", "cso", "man", "ar"),
    ("EG", "migrant", "man", "ar"),
    ("MA", "migrant_association", "woman", "ar"),
    ("TN", "cso", "man", "ar"),
    ("DE", "cso", "woman", "en"),
    ("ES", "migrant_association", "man", "es"),
    ("IT", "trade_union", "woman", "en"),
    ("GB", "cso", "man", "en"),
    ("FR", "migrant", "woman", "fr"),
    ("BE", "cso", "", "fr"),
    ("US", "migrant_association", "man", "en"),
    ("CA", "academia", "woman", "en"),
    ("TR", "un_entity", "woman", "en"),
    ("FJ", "cso", "man", "en"),
    ("KH", "migrant", "", "en"),
    ("PH", "migrant_association", "man", "en"),
    ("PH", "trade_union", "woman", "en"),
    ("PH", "cso", "woman", "en"),
    ("DE", "migrant", "man", "ar"),
    ("SE", "migrant_association", "woman", "ar"),
]
# The Arab States are not heard on climate change in the demo, so "who is missing" has something to show.
SILENT = {5: "ESCWA"}
BIRDS = ["Swallow", "Swift", "Tern", "Crane", "Stork", "Plover", "Godwit", "Warbler", "Bunting", "Oriole"]


def _demo_participants() -> dict[str, list[User]]:
    by_language: dict[str, list[User]] = {}
    for n, (country, group, gender, language) in enumerate(PARTICIPANTS, start=1):
        user, created = User.objects.get_or_create(
            email=f"participant{n:02d}@demo.pmc.example",
            defaults={
                "display_name": f"{BIRDS[n % len(BIRDS)]} {2021_00 + n}",
                "country": country,
                "stakeholder_group": group,
                "gender": gender,
                "preferred_language": language,
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        by_language.setdefault(language, []).append(user)
    return by_language


def _round(consultation, sequence, title, opens_at, closes_at, state, guiding_questions="") -> Round:
    round_, created = Round.objects.update_or_create(
        consultation=consultation,
        scope=Round.Scope.GLOBAL,
        sequence=sequence,
        defaults={
            "title": title["en"],
            **{f"title_{code}": text for code, text in title.items()},
            "guiding_questions": guiding_questions,
            "guiding_questions_en": guiding_questions,
            "opens_at": opens_at,
            "closes_at": closes_at,
            "state": state,
        },
    )
    for position, area in enumerate(consultation.thematic_areas.all(), start=1):
        Thread.objects.update_or_create(
            round=round_,
            thematic_area=area,
            defaults={
                "position": position,
                "title": area.title_en,
                **{f"title_{code}": getattr(area, f"title_{code}") for code in ("en", "fr", "es", "ar")},
                "prompt": area.guiding_questions_en,
                **{f"prompt_{code}": getattr(area, f"guiding_questions_{code}") for code in ("en", "fr", "es", "ar")},
            },
        )
    return round_


def _silent_countries(theme: int) -> set[str]:
    code = SILENT.get(theme)
    return set(RegionCountry.objects.filter(region__code=code).values_list("country", flat=True)) if code else set()


def _discussion(round_: Round, items: slice, people: dict[str, list[User]], rng: random.Random) -> int:
    """Contributions, replies, supports and a few flags in each thread of a round, dated inside the round."""
    if Contribution.objects.filter(thread__round=round_).exists():
        return 0
    all_people = people
    last = min(round_.closes_at, timezone.now())  # an open round's contributions are all in the past
    span = (last - round_.opens_at).total_seconds()
    created = 0
    for thread in round_.threads.select_related("thematic_area"):
        silent = _silent_countries(thread.thematic_area.number)
        people = {lang: [u for u in users if u.country.code not in silent] for lang, users in all_people.items()}
        everyone = [user for users in people.values() for user in users]
        for item in CONTRIBUTIONS[thread.thematic_area.number][items]:
            author = rng.choice(people.get(item["language"]) or everyone)
            when = round_.opens_at + datetime.timedelta(seconds=rng.uniform(0.02, 0.8) * span)
            top = _contribution(thread, author, item, when, anonymous=rng.random() < 0.08)
            created += 1
            for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
                reply = rng.choice(REPLIES)
                replier = rng.choice(people.get(reply["language"]) or everyone)
                when += datetime.timedelta(hours=rng.uniform(1, 40))
                _contribution(thread, replier, reply, min(when, last), parent=top)
                created += 1
            supporters = rng.sample(everyone, rng.choice([0, 1, 2, 3, 5, 8, 13]))
            Support.objects.bulk_create(Support(user=u, contribution=top) for u in supporters if u != author)
            Contribution.objects.filter(pk=top.pk).update(support_count=top.supports.count())
    return created


def _contribution(thread, author, item, when, *, parent=None, anonymous=False) -> Contribution:
    contribution = Contribution.objects.create(
        thread=thread,
        author=author,
        parent=parent,
        root=parent,
        kind=item["kind"],
        body=item["body"],
        body_html=render_markdown(item["body"]),
        language=item["language"],
        anonymous=anonymous,
    )
    Contribution.objects.filter(pk=contribution.pk).update(created_at=when)
    if parent is not None:
        Contribution.objects.filter(pk=parent.pk).update(reply_count=parent.descendants.count())
    return contribution


def _outcomes(round_: Round, author: User) -> list[Outcome]:
    """Round 1's synthesis: two outcomes per thematic area citing the contributions they come from."""
    existing = list(round_.outcomes.order_by("position"))
    if existing:
        return existing
    principles = {p.slug: p for p in GuidingPrinciple.objects.all()}
    outcomes = []
    for position, item in enumerate(OUTCOMES, start=1):
        outcome = Outcome.objects.create(
            round=round_,
            kind=item["kind"],
            text=item["text"]["en"],
            **{f"text_{code}": text for code, text in item["text"].items()},
            thematic_area=ThematicArea.objects.get(number=item["theme"]),
            state=Outcome.State.PUBLISHED,
            position=position,
            created_by=author,
            published_at=round_.closes_at + datetime.timedelta(days=1),
        )
        outcome.gcm_objectives.set(GCMObjective.objects.filter(number__in=item["gcm_objectives"]))
        outcome.sdg_targets.set(SDGTarget.objects.filter(code__in=item["sdg_targets"]))
        outcome.guiding_principles.set(
            [p for slug, p in principles.items() if any(slug.startswith(wanted) for wanted in item["principles"])]
        )
        bodies = [CONTRIBUTIONS[item["theme"]][index]["body"] for index in item["sources"]]
        outcome.sources.set(Contribution.objects.filter(thread__round=round_, body__in=bodies))
        outcomes.append(outcome)
    return outcomes


REGIONAL_ROUNDS = [
    # region code or country, title
    (
        "ESCAP",
        {
            "en": "Asia and the Pacific: regional reflections",
            "fr": "Asie et Pacifique : réflexions régionales",
            "es": "Asia y el Pacífico: reflexiones regionales",
            "ar": "آسيا والمحيط الهادئ: تأملات إقليمية",
        },
    ),
    (
        "ECA",
        {
            "en": "Africa: regional reflections",
            "fr": "Afrique : réflexions régionales",
            "es": "África: reflexiones regionales",
            "ar": "أفريقيا: تأملات إقليمية",
        },
    ),
    (
        "ECE",
        {
            "en": "Europe, North America and Central Asia: regional reflections",
            "fr": "Europe, Amérique du Nord et Asie centrale : réflexions régionales",
            "es": "Europa, América del Norte y Asia Central: reflexiones regionales",
            "ar": "أوروبا وأمريكا الشمالية وآسيا الوسطى: تأملات إقليمية",
        },
    ),
    (
        "ECLAC",
        {
            "en": "Latin America and the Caribbean: regional reflections",
            "fr": "Amérique latine et Caraïbes : réflexions régionales",
            "es": "América Latina y el Caribe: reflexiones regionales",
            "ar": "أمريكا اللاتينية والكاريبي: تأملات إقليمية",
        },
    ),
    (
        "PH",
        {
            "en": "Philippines: national consultation",
            "fr": "Philippines : consultation nationale",
            "es": "Filipinas: consulta nacional",
            "ar": "الفلبين: مشاورة وطنية",
        },
    ),
]


def _regional_rounds(parent: Round, outcomes: list[Outcome], people, organiser: User, rng: random.Random) -> None:
    """Two weeks of regional and national rounds after round 1, with reflections and the organisers' feedback."""
    everyone = [user for users in people.values() for user in users]
    escwa = _silent_countries(5)
    opens_at = parent.closes_at + datetime.timedelta(hours=1)
    for code, title in REGIONAL_ROUNDS:
        region = Region.objects.filter(code=code).first()
        child, _created = Round.objects.update_or_create(
            consultation=parent.consultation,
            parent=parent,
            scope=Round.Scope.REGIONAL if region else Round.Scope.NATIONAL,
            region=region,
            country="" if region else code,
            defaults={
                "sequence": 1,
                "title": title["en"],
                **{f"title_{lang}": text for lang, text in title.items()},
                "opens_at": opens_at,
                "closes_at": opens_at + datetime.timedelta(days=14),
                "state": Round.State.CLOSED,
            },
        )
        for position, area in enumerate(parent.consultation.thematic_areas.all(), start=1):
            Thread.objects.get_or_create(
                round=child,
                thematic_area=area,
                defaults={
                    "position": position,
                    "title": area.title_en,
                    **{f"title_{lang}": getattr(area, f"title_{lang}") for lang in ("en", "fr", "es", "ar")},
                },
            )
        if Reflection.objects.filter(round=child).exists():
            continue
        countries = (
            set(RegionCountry.objects.filter(region=region).values_list("country", flat=True)) if region else {code}
        ) - escwa
        local = [user for user in everyone if user.country.code in countries]
        for index, outcome in enumerate(outcomes):
            for user in rng.sample(local, min(len(local), rng.randint(2, 6))):
                stance = rng.choices(["endorse", "amend", "object"], weights=[6, 3, 1] if index % 3 else [3, 4, 3])[0]
                Reflection.objects.create(
                    round=child,
                    outcome=outcome,
                    user=user,
                    stance=stance,
                    language="en",
                    comment=rng.choice(REFLECTION_COMMENTS[stance]),
                    amendment=rng.choice(AMENDMENTS[index]) if stance == "amend" else "",
                )
            RegionalFeedback.objects.update_or_create(
                round=child,
                outcome=outcome,
                defaults={"summary": REGIONAL_SUMMARIES[code][index], "written_by": organiser},
            )


def _flags(round_: Round, people: dict[str, list[User]], rng: random.Random) -> None:
    if Flag.objects.filter(contribution__thread__round=round_).exists():
        return
    everyone = [user for users in people.values() for user in users]
    targets = list(Contribution.objects.filter(thread__round=round_, parent__isnull=True).order_by("pk")[:40])
    for contribution, count, reason in zip(
        rng.sample(targets, 3), (1, 2, 1), ("spam", "other", "personal_data"), strict=True
    ):
        for user in rng.sample([u for u in everyone if u != contribution.author], count):
            Flag.objects.create(
                contribution=contribution,
                user=user,
                reason=reason,
                note="Please check this." if reason == "other" else "",
            )


def _meetings(round_2: Round, national: Round, outcomes: list[Outcome], people, now, rng: random.Random) -> None:
    """Round 2's open conversation (past, recorded), an upcoming meeting, and an offline national consultation."""
    everyone = [user for users in people.values() for user in users]
    specs = [
        (
            round_2,
            "Open conversation virtual meeting: the regions speak",
            Meeting.Kind.ONLINE,
            now - datetime.timedelta(days=2),
            "Europe/Zurich",
            "Regional organisers presented their feedback on round 1's outcomes; 11 participants spoke, several on "
            "detention of children and on humanitarian visas after climate disasters. The meeting asked the "
            "secretariat to give more time to the Arab States in round 3.",
            64,
            35,
            27,
        ),
        (
            round_2,
            "Open conversation: climate change and migration",
            Meeting.Kind.ONLINE,
            now + datetime.timedelta(days=6),
            "Asia/Manila",
            "",
            None,
            None,
            None,
        ),
        (
            national,
            "Offline national consultation, Quezon City",
            Meeting.Kind.OFFLINE_RECORD,
            national.opens_at + datetime.timedelta(days=5),
            "Asia/Manila",
            "Migrant workers' families and returnees met at a parish hall. They endorsed most outcomes and asked for "
            "seafarers and domestic workers to be named explicitly.",
            38,
            23,
            15,
        ),
    ]
    for round_, title, kind, starts_at, zone, notes, total, women, men in specs:
        meeting, created = Meeting.objects.get_or_create(
            round=round_,
            title_en=title,
            defaults={
                "title": title,
                "kind": kind,
                "starts_at": starts_at,
                "timezone": zone,
                "capacity": 100,
                "duration_minutes": 120,
                "join_link": "https://meet.example.org/pmc-2021" if kind == "online" else "",
                "venue": "Quezon City" if kind == Meeting.Kind.OFFLINE_RECORD else "",
                "notes": notes,
                "attendance_total": total,
                "attendance_women": women,
                "attendance_men": men,
                "recorded_at": now if notes else None,
            },
        )
        if not created:
            continue
        if kind == Meeting.Kind.ONLINE:
            MeetingRegistration.objects.bulk_create(
                MeetingRegistration(meeting=meeting, user=user) for user in rng.sample(everyone, 12)
            )
        if kind == Meeting.Kind.OFFLINE_RECORD:
            for outcome in outcomes[:6]:
                MeetingStance.objects.create(
                    meeting=meeting, outcome=outcome, stance=rng.choice(["endorse", "endorse", "amend"])
                )


class Command(BaseCommand):
    help = "Load the demo story (idempotent) and print the demo log-ins."

    @transaction.atomic
    def handle(self, *args, **options):
        organisations = {}
        for item in ORGANISATIONS:
            organisation, _ = Organisation.objects.update_or_create(
                name=item["name"], defaults={k: v for k, v in item.items() if k != "name"}
            )
            organisations[organisation.name] = organisation

        consultation, _ = Consultation.objects.update_or_create(
            slug=CONSULTATION["slug"],
            defaults={
                "status": CONSULTATION["status"],
                "starts_on": CONSULTATION["starts_on"],
                "title": CONSULTATION["title"]["en"],
                "description": CONSULTATION["description"]["en"],
                **{f"title_{code}": text for code, text in CONSULTATION["title"].items()},
                **{f"description_{code}": text for code, text in CONSULTATION["description"].items()},
            },
        )
        consultation.thematic_areas.set(ThematicArea.objects.all())

        rows = []
        demo_users = {}
        for email, display_name, role, extra in USERS:
            fields = dict(extra)
            if "organisation" in fields:
                fields["organisation"] = organisations[fields["organisation"]]
            user, created = User.objects.update_or_create(
                email=email, defaults={"display_name": display_name, **fields}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
            EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
            rows.append((role, email))
            demo_users[email] = user
            if email in TWO_FACTOR_ACCOUNTS and not Authenticator.objects.filter(user=user, type="totp").exists():
                TOTP.activate(user, DEMO_TOTP_SECRET)
        for email, (role, region_code) in ROLES.items():
            RoleAssignment.objects.get_or_create(
                consultation=consultation,
                user=demo_users[email],
                role=role,
                region=Region.objects.get(code=region_code) if region_code else None,
            )

        self._story(consultation)

        self.stdout.write(self.style.SUCCESS("Demo story loaded: " + consultation.title))
        self.stdout.write(
            f"  {Contribution.objects.filter(thread__round__consultation=consultation).count()} "
            "contributions; open it at /en/consultations/peoples-migration-challenge-2021/"
        )
        self.stdout.write(f"Demo log-ins (password for all: {DEMO_PASSWORD}):")
        for role, email in rows:
            self.stdout.write(f"  {role:<45} {email}{'  (two-factor)' if email in TWO_FACTOR_ACCOUNTS else ''}")
        self.stdout.write(
            "Accounts with powers use two-factor authentication: add the secret "
            f"{DEMO_TOTP_SECRET} to an authenticator app, or run `.venv/bin/python manage.py demo_code` "
            "for the current code."
        )

    def _story(self, consultation):
        """Round 1 (closed, 13 April - 18 May 2021), round 2 open now, round 3 scheduled after it."""
        rng = random.Random(2021)  # noqa: S311 -- the same demo story every time, not security
        people = _demo_participants()
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        utc = datetime.UTC
        round_1 = _round(
            consultation,
            1,
            {"en": "Global round 1", "fr": "Tour mondial 1", "es": "Ronda mundial 1", "ar": "الجولة العالمية الأولى"},
            datetime.datetime(2021, 4, 13, tzinfo=utc),
            datetime.datetime(2021, 5, 18, 23, 59, tzinfo=utc),
            Round.State.SYNTHESISED,
        )
        # The demo replays the 2021 process: round 2 is open now so that it can be tried.
        round_2 = _round(
            consultation,
            2,
            {
                "en": "Global round 2: regional feedback",
                "fr": "Tour mondial 2 : retours des régions",
                "es": "Ronda mundial 2: aportes regionales",
                "ar": "الجولة العالمية الثانية: ملاحظات المناطق",
            },
            now - datetime.timedelta(days=5),
            now + datetime.timedelta(days=23),
            Round.State.OPEN,
        )
        _round(
            consultation,
            3,
            {
                "en": "Global round 3: voices not yet heard",
                "fr": "Tour mondial 3 : les voix pas encore entendues",
                "es": "Ronda mundial 3: voces aún no escuchadas",
                "ar": "الجولة العالمية الثالثة: أصوات لم تُسمع بعد",
            },
            now + datetime.timedelta(days=40),
            now + datetime.timedelta(days=70),
            Round.State.SCHEDULED,
        )
        Consultation.objects.filter(pk=consultation.pk).update(ends_on=(now + datetime.timedelta(days=70)).date())
        _discussion(round_1, slice(0, 14), people, rng)
        secretariat = User.objects.get(email="secretariat@demo.pmc.example")
        outcomes = _outcomes(round_1, secretariat)
        Round.objects.filter(pk=round_1.pk).update(state=Round.State.SYNTHESISED)
        structure_changed()  # the two updates above bypass the signals that retire kept threads
        _regional_rounds(round_1, outcomes, people, User.objects.get(email="organiser.asia@demo.pmc.example"), rng)
        _discussion(round_2, slice(14, 20), people, rng)
        _flags(round_2, people, rng)
        national = Round.objects.get(parent=round_1, country="PH")
        _meetings(round_2, national, outcomes, people, now, rng)
