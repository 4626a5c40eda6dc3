"""Everything a brief shows, read from the database in a fixed number of queries, whatever its size."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy
from django_countries import countries

from pmc.accounts.models import Organisation, Region, RegionCountry, StakeholderGroup, User
from rounds.models import Contribution, Meeting, Outcome, Reflection, RegionalFeedback, Round
from themes.models import GCMObjective, GuidingPrinciple, SDGTarget

SMALL_CELL = 5  # counts of people below this are shown as "<5"


@dataclass
class BriefData:
    rounds: list
    outcomes: list
    participation: list
    participation_total: int
    organisations: list
    objectives: list = field(default_factory=list)
    principles: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    region: Region | None = None
    regional_outcomes: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    meeting_attendance: str = "0"


def suppress(count: int) -> str:
    """Small cells are not shown exactly: a count of 1 to 4 people could identify someone."""
    return "<5" if 0 < count < SMALL_CELL else str(count)


def scope_rounds(brief) -> list[Round]:
    """The global rounds a brief covers (all synthesised global rounds when none is chosen), with children."""
    chosen = list(brief.rounds.all())
    if not chosen:
        chosen = list(
            Round.objects.filter(consultation=brief.consultation, parent__isnull=True, state=Round.State.SYNTHESISED)
        )
    return chosen


def _region_rounds(brief, rounds) -> list[Round]:
    """For a regional review: the region's own rounds (regional, and national in its countries)."""
    countries = RegionCountry.objects.filter(region=brief.region).values("country")
    return list(
        Round.objects.filter(parent__in=rounds)
        .filter(Q(region=brief.region) | Q(country__in=countries))
        .exclude(state__in=[Round.State.DRAFT, Round.State.SCHEDULED])
        .select_related("region")
        .order_by("opens_at")
    )


def _outcomes(queryset, brief) -> list[Outcome]:
    if brief.pk and brief.thematic_areas.exists():
        queryset = queryset.filter(thematic_area__in=brief.thematic_areas.all())
    sources = Contribution.objects.select_related("author").only(
        "pk", "anonymous", "status", "author__display_name", "thread_id"
    )
    return list(
        queryset.select_related("thematic_area", "round")
        .prefetch_related("gcm_objectives", "guiding_principles", "sdg_targets", Prefetch("sources", sources))
        .annotate(
            support=Coalesce(
                Subquery(
                    Contribution.objects.filter(outcomes=OuterRef("pk"))
                    .values("outcomes")
                    .annotate(total=Sum("support_count"))
                    .values("total")[:1],
                    output_field=IntegerField(),
                ),
                Value(0),
            )
        )
        .order_by("thematic_area__number", "round__opens_at", "position", "pk")
    )


def _attach_stances(outcomes: list[Outcome], region: Region | None = None) -> None:
    """Per outcome: the stance counts of each regional or national round, and its organiser's summary."""
    ids = [o.pk for o in outcomes]
    rows = (
        Reflection.objects.filter(outcome_id__in=ids)
        .values("outcome_id", "round_id", "round__region_id", "round__country", "stance")
        .annotate(n=Count("id"))
        .order_by("round__region__position", "round__country")
    )
    if region is not None:
        rows = rows.filter(
            Q(round__region=region)
            | Q(round__country__in=RegionCountry.objects.filter(region=region).values("country"))
        )
    region_names = {r.pk: r.name for r in Region.objects.all()}
    summaries = {
        (r["outcome_id"], r["round_id"]): r["summary"]
        for r in RegionalFeedback.objects.filter(outcome_id__in=ids).values("outcome_id", "round_id", "summary")
    }
    stances: dict[int, dict[int, dict]] = defaultdict(dict)
    for row in rows:
        entry = stances[row["outcome_id"]].setdefault(
            row["round_id"],
            {
                "where": region_names.get(row["round__region_id"]) or countries.name(row["round__country"]),
                "endorse": 0,
                "amend": 0,
                "object": 0,
                "summary": summaries.get((row["outcome_id"], row["round_id"]), ""),
            },
        )
        entry[row["stance"]] = row["n"]
    for outcome in outcomes:
        outcome.stances = list(stances.get(outcome.pk, {}).values())


def _participants(rounds_all):
    contributors = Contribution.objects.filter(thread__round__in=rounds_all, status="published").values("author_id")
    reflectors = Reflection.objects.filter(round__in=rounds_all).values("user_id")
    return User.objects.filter(Q(pk__in=contributors) | Q(pk__in=reflectors))


def _group_label(code: str):
    return StakeholderGroup(code).label if code in StakeholderGroup.values else gettext_lazy("Not stated")


def participation(rounds_all) -> tuple[list[dict], int]:
    """People who took part, counted by the database: region × stakeholder group × gender, small cells hidden."""
    first_region = Subquery(
        RegionCountry.objects.filter(country=OuterRef("country")).order_by("region__position").values("region_id")[:1]
    )
    names = {region.pk: region.name for region in Region.objects.all()}  # in the brief's language
    rows = (
        _participants(rounds_all)
        .annotate(first_region=first_region)
        .values("first_region", "stakeholder_group", "gender")
        .annotate(n=Count("pk"))
        .order_by("first_region", "stakeholder_group", "gender")
    )
    table: dict[tuple, dict] = {}
    total = 0
    for row in rows:
        key = (names.get(row["first_region"], ""), row["stakeholder_group"] or "")
        entry = table.setdefault(
            key,
            {"region": key[0], "group_label": _group_label(key[1]), "woman": 0, "man": 0, "other": 0, "total": 0},
        )
        column = row["gender"] if row["gender"] in ("woman", "man") else "other"
        entry[column] += row["n"]
        entry["total"] += row["n"]
        total += row["n"]
    for entry in table.values():
        for column in ("woman", "man", "other", "total"):
            entry[column] = suppress(entry[column])
    return list(table.values()), total


def gather(brief) -> BriefData:
    rounds = scope_rounds(brief)
    children = list(Round.objects.filter(parent__in=rounds).exclude(state__in=["draft", "scheduled"]))
    rounds_all = rounds + children
    outcomes = _outcomes(Outcome.objects.published().filter(round__in=rounds), brief)
    region = brief.region if brief.forum == "regional" else None
    _attach_stances(outcomes, region)
    for number, outcome in enumerate(outcomes, start=1):
        outcome.number = number
    table, total = participation(rounds_all)
    organisations = list(
        Organisation.objects.filter(agrees_to_be_named=True, members__in=_participants(rounds_all))
        .distinct()
        .order_by("name")
    )
    round_rows = list(
        Round.objects.filter(pk__in=[r.pk for r in rounds_all])
        .select_related("region")
        .annotate(
            contribution_count=Count(
                "threads__contributions", filter=Q(threads__contributions__status="published"), distinct=True
            ),
            reflection_count=Count("reflections", distinct=True),
        )
        .order_by("opens_at", "pk")
    )
    meetings = list(
        Meeting.objects.filter(round__in=rounds_all, recorded_at__isnull=False)
        .select_related("round")
        .order_by("starts_at")
    )
    data = BriefData(
        meetings=meetings,
        meeting_attendance=suppress(sum(m.attendance_total or 0 for m in meetings)),
        rounds=round_rows,
        outcomes=outcomes,
        participation=table,
        participation_total=total,
        organisations=organisations,
        region=region,
    )
    if brief.forum == "imrf":
        data.objectives = list(GCMObjective.objects.all())
        data.principles = list(GuidingPrinciple.objects.all())
    elif brief.forum == "hlpf":
        data.targets = list(SDGTarget.objects.prefetch_related("thematic_areas").all())
    elif brief.forum == "regional":
        own_rounds = _region_rounds(brief, rounds)
        data.regional_outcomes = _outcomes(Outcome.objects.published().filter(round__in=own_rounds), brief)
        data.rounds = [r for r in round_rows if r.parent_id is None or r.pk in {x.pk for x in own_rounds}]
    return data
