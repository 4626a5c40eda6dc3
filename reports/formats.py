"""One format per forum: how a brief groups its recommendations. Pure Python over gathered data: no queries."""

from django.utils.translation import gettext as _

from rounds.models import Outcome

IMRF_ROUND_TABLES = {
    1: (2, 5, 6, 12, 18),
    2: (4, 8, 9, 10, 11, 13, 21),
    3: (14, 15, 16, 19, 20, 22),
    4: (1, 3, 7, 17, 23),
}


def _by_tag(outcomes, attribute):
    grouped: dict[int, list] = {}
    for outcome in outcomes:
        for tag in getattr(outcome, attribute).all():
            grouped.setdefault(tag.pk, []).append(outcome)
    return grouped


def imrf(data) -> list[dict]:
    """Recommendations by GCM objective (only objectives with content) under their IMRF round table."""
    by_objective = _by_tag(data.outcomes, "gcm_objectives")
    objectives = {o.number: o for o in data.objectives}
    sections = []
    for table, numbers in IMRF_ROUND_TABLES.items():
        groups = [
            {
                "id": f"objective-{n}",
                "title": _("Objective %(number)s: %(title)s") % {"number": n, "title": objectives[n].title},
                "outcomes": by_objective[objectives[n].pk],
            }
            for n in numbers
            if n in objectives and objectives[n].pk in by_objective
        ]
        if groups:
            sections.append(
                {
                    "id": f"round-table-{table}",
                    "title": _("Round table %(number)s") % {"number": table},
                    "groups": groups,
                }
            )
    unlinked = [o for o in data.outcomes if not o.gcm_objectives.all()]
    if unlinked:
        sections.append(
            {
                "id": "other",
                "title": _("Other recommendations"),
                "groups": [{"id": "other-list", "title": "", "outcomes": unlinked}],
            }
        )
    by_principle = _by_tag(data.outcomes, "guiding_principles")
    principles = [
        {"title": p.title, "numbers": [o.number for o in by_principle[p.pk]]}
        for p in data.principles
        if p.pk in by_principle
    ]
    return sections, principles


def gfmd(data) -> list[dict]:
    """Recommendations by thematic area, each addressed to governments, civil society or others."""
    sections = []
    areas: dict[int, dict] = {}
    for outcome in data.outcomes:
        area = areas.setdefault(outcome.thematic_area.number, {"area": outcome.thematic_area, "by": {}})
        area["by"].setdefault(outcome.addressee, []).append(outcome)
    for number in sorted(areas):
        area = areas[number]
        groups = [
            {"id": f"area-{number}-{value}", "title": label, "outcomes": area["by"][value]}
            for value, label in Outcome.Addressee.choices
            if value in area["by"]
        ]
        sections.append({"id": f"area-{number}", "title": area["area"].title, "groups": groups})
    return sections, []


def hlpf(data) -> list[dict]:
    """Recommendations by SDG target, 10.7 first, each target with the GCM objectives its recommendations link."""
    by_target = _by_tag(data.outcomes, "sdg_targets")
    targets = sorted(data.targets, key=lambda t: (t.code != "10.7", t.goal, t.code))
    sections = []
    for target in targets:
        if target.pk not in by_target:
            continue
        outcomes = by_target[target.pk]
        objectives = sorted({o.number for outcome in outcomes for o in outcome.gcm_objectives.all()})
        sections.append(
            {
                "id": f"target-{target.code}",
                "title": _("Target %(code)s") % {"code": target.code},
                "intro": target.title,
                "links": objectives,
                "groups": [{"id": f"target-{target.code}-list", "title": "", "outcomes": outcomes}],
            }
        )
    unlinked = [o for o in data.outcomes if not o.sdg_targets.all()]
    if unlinked:
        sections.append(
            {
                "id": "other",
                "title": _("Other recommendations"),
                "groups": [{"id": "other-list", "title": "", "outcomes": unlinked}],
            }
        )
    return sections, []


def regional(data) -> list[dict]:
    """One region: its feedback on each global outcome, then its own points."""
    sections = [
        {
            "id": "feedback",
            "title": _("Feedback on the global outcomes"),
            "groups": [{"id": "feedback-list", "title": "", "outcomes": data.outcomes}],
        }
    ]
    if data.regional_outcomes:
        for number, outcome in enumerate(data.regional_outcomes, start=len(data.outcomes) + 1):
            outcome.number = number
            outcome.stances = []
        sections.append(
            {
                "id": "own",
                "title": _("The region's own points"),
                "groups": [{"id": "own-list", "title": "", "outcomes": data.regional_outcomes}],
            }
        )
    return sections, []


FORMATS = {"imrf": imrf, "gfmd": gfmd, "hlpf": hlpf, "regional": regional}
