"""Load the demo story: the 2021 People's Migration Challenge, a few organisations and one user per role.

Idempotent: run it again and nothing is duplicated; passwords of existing demo users are left alone.
"""

import datetime

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand
from django.db import transaction

from consultations.models import Consultation
from pmc.accounts.models import Organisation, StakeholderGroup, User
from themes.models import ThematicArea

DEMO_PASSWORD = "migration-2021-demo"  # noqa: S105 (printed on purpose: demo accounts only)

ORGANISATIONS = [
    {"name": "Asia Pacific Mission for Migrants", "kind": Organisation.Kind.REGIONAL_NETWORK, "country": "HK",
     "website": "https://www.apmigrants.org/", "agrees_to_be_named": True},
    {"name": "Sahel Migrant Workers' Collective", "kind": Organisation.Kind.MIGRANT_ASSOCIATION, "country": "SN",
     "website": "", "agrees_to_be_named": True},
    {"name": "Mesoamerican Network for Migrant Rights", "kind": Organisation.Kind.REGIONAL_NETWORK,
     "country": "GT", "website": "", "agrees_to_be_named": True},
    {"name": "European Platform for Undocumented Workers", "kind": Organisation.Kind.CSO, "country": "BE",
     "website": "", "agrees_to_be_named": False},
    {"name": "Gulf Domestic Workers' Solidarity", "kind": Organisation.Kind.MIGRANT_ASSOCIATION, "country": "LB",
     "website": "", "agrees_to_be_named": False},
]

USERS = [
    # email, display name, role description, extra fields
    ("secretariat@demo.pmc.example", "Secretariat", "secretariat", {"stakeholder_group": StakeholderGroup.CSO}),
    ("moderator@demo.pmc.example", "Moderator Ana", "moderator", {"stakeholder_group": StakeholderGroup.CSO}),
    ("organiser.asia@demo.pmc.example", "APMM organiser", "regional organiser (Asia and the Pacific)",
     {"stakeholder_group": StakeholderGroup.CSO, "country": "HK",
      "organisation": "Asia Pacific Mission for Migrants"}),
    ("amina@demo.pmc.example", "Swallow 210413", "participant (migrant domestic worker)",
     {"stakeholder_group": StakeholderGroup.MIGRANT, "country": "LB", "gender": "woman", "age_band": "25_34",
      "preferred_language": "ar"}),
    ("jose@demo.pmc.example", "Tern 180521", "participant (migrant association)",
     {"stakeholder_group": StakeholderGroup.MIGRANT_ASSOCIATION, "country": "MX", "gender": "man",
      "preferred_language": "es", "organisation": "Mesoamerican Network for Migrant Rights"}),
    ("admin@demo.pmc.example", "Site operator", "staff (Django admin)",
     {"is_staff": True, "is_superuser": True}),
]

CONSULTATION = {
    "slug": "peoples-migration-challenge-2021",
    "status": Consultation.Status.CONCLUDED,
    "starts_on": datetime.date(2021, 4, 13),
    "ends_on": datetime.date(2021, 9, 30),
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
                "ends_on": CONSULTATION["ends_on"],
                "title": CONSULTATION["title"]["en"],
                "description": CONSULTATION["description"]["en"],
                **{f"title_{code}": text for code, text in CONSULTATION["title"].items()},
                **{f"description_{code}": text for code, text in CONSULTATION["description"].items()},
            },
        )
        consultation.thematic_areas.set(ThematicArea.objects.all())

        rows = []
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
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
            rows.append((role, email))

        self.stdout.write(self.style.SUCCESS("Demo story loaded: " + consultation.title))
        self.stdout.write(f"Demo log-ins (password for all: {DEMO_PASSWORD}):")
        for role, email in rows:
            self.stdout.write(f"  {role:<45} {email}")
