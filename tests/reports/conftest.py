import subprocess

import pytest

from consultations.models import RoleAssignment
from pmc.accounts.models import Organisation
from reports.models import Brief
from rounds.services.synthesis import feedback_save, reflection_save
from themes.models import GCMObjective, GuidingPrinciple, SDGTarget, ThematicArea

from ..accounts.factories import UserFactory
from ..consultations.factories import ConsultationFactory, RoleFactory
from ..rounds.factories import ContributionFactory, OutcomeFactory, RoundFactory, ThreadFactory, child_round


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def story(db):
    """A synthesised global round with tagged outcomes, an African regional round that reflected on them,
    participants with demographics, and a named organisation."""
    consultation = ConsultationFactory(slug="pmc")
    secretariat = UserFactory(display_name="Secretariat 000001")
    RoleFactory(consultation=consultation, user=secretariat, role=RoleAssignment.Role.SECRETARIAT)
    round_1 = RoundFactory(consultation=consultation, title_en="Global round 1", state="synthesised")
    named = Organisation.objects.create(name="Sahel Migrant Workers' Collective", agrees_to_be_named=True)
    Organisation.objects.create(name="Secret Shelter Network", agrees_to_be_named=False)
    women = [
        UserFactory(country="SN", stakeholder_group="migrant", gender="woman", organisation=named) for _ in range(6)
    ]
    man = UserFactory(country="KE", stakeholder_group="cso", gender="man")
    thread = ThreadFactory(round=round_1, thematic_area=ThematicArea.objects.get(number=4))
    sources = [ContributionFactory(thread=thread, author=user, support_count=3) for user in women[:2]]

    def outcome(text, theme, objectives, targets, principle, addressee="governments"):
        o = OutcomeFactory(
            round=round_1,
            text_en=text,
            text_ar=f"{text} (بالعربية)",
            thematic_area=ThematicArea.objects.get(number=theme),
            addressee=addressee,
        )
        o.gcm_objectives.set(GCMObjective.objects.filter(number__in=objectives))
        o.sdg_targets.set(SDGTarget.objects.filter(code__in=targets))
        o.guiding_principles.set(GuidingPrinciple.objects.filter(slug=principle))
        return o

    detention = outcome("End the detention of migrant children", 4, [13], ["16.2"], "child-sensitive")
    detention.sources.set(sources)
    pathways = outcome(
        "Open regular pathways for seasonal workers",
        3,
        [5, 6],
        ["10.7", "8.8"],
        "human-rights",
        addressee="civil_society",
    )
    climate = outcome(
        "Grant humanitarian visas after climate disasters", 5, [2], ["13.1", "10.7"], "sustainable-development"
    )
    africa = child_round(round_1, region_code="ECA")
    for user in women:
        reflection_save(
            round_=africa, outcome=detention, user=user, stance="endorse", comment="", amendment="", language="en"
        )
    reflection_save(
        round_=africa,
        outcome=pathways,
        user=man,
        stance="amend",
        comment="",
        amendment="Include domestic workers",
        language="en",
    )
    type(africa).objects.filter(pk=africa.pk).update(state="closed")
    feedback_save(round_=africa, outcome=detention, summary="Africa endorses ending child detention.", acting_user=None)
    return {
        "consultation": consultation,
        "secretariat": secretariat,
        "round": round_1,
        "africa": africa,
        "outcomes": {"detention": detention, "pathways": pathways, "climate": climate},
    }


def make_brief(story, forum, language="en", **fields):
    from pmc.accounts.models import Region

    return Brief.objects.create(
        consultation=story["consultation"],
        forum=forum,
        language=language,
        title=f"{forum} brief",
        title_en=f"{forum.upper()} brief",
        executive_summary_en="Migrants ask for rights, not charity.",
        requested_by=story["secretariat"],
        region=Region.objects.get(code="ECA") if forum == "regional" else None,
        **fields,
    )
