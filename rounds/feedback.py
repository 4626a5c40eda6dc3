"""Read-only views of what regions said: feedback per outcome, agreement rankings, who is missing."""

from collections import defaultdict

from django.db.models import Count, Q

from pmc.accounts.models import Region, RegionCountry

from .models import Contribution, MeetingStance, Outcome, Reflection, RegionalFeedback, Round, Thread

STANCES = [choice for choice, _label in Reflection.Stance.choices]


def outcome_feedback(outcomes: list[Outcome]) -> list[Outcome]:
    """Attach to each outcome the feedback of every child round that carried it: per round (region or country)
    the count of each stance, the proposed amendments and the organiser's summary; plus totals, agreement and
    contention. Four queries, whatever the number of outcomes and rounds."""
    ids = [outcome.pk for outcome in outcomes]
    counts = (
        Reflection.objects.filter(outcome_id__in=ids).values("outcome_id", "round_id", "stance").annotate(n=Count("id"))
    )
    amendments = (
        Reflection.objects.filter(outcome_id__in=ids, stance=Reflection.Stance.AMEND)
        .values("outcome_id", "round_id", "amendment", "language")
        .order_by("created_at")
    )
    summaries = RegionalFeedback.objects.filter(outcome_id__in=ids).values("outcome_id", "round_id", "summary")
    meeting_stances = (
        MeetingStance.objects.filter(outcome_id__in=ids)
        .values("outcome_id", "meeting__round_id", "meeting__title", "stance", "note")
        .order_by("meeting__starts_at")
    )
    parent_ids = {outcome.round_id for outcome in outcomes}
    children = {
        r.pk: r
        for r in Round.objects.filter(parent_id__in=parent_ids)
        .exclude(state__in=[Round.State.DRAFT, Round.State.SCHEDULED])
        .select_related("region")
    }

    per_round: dict[tuple[int, int], dict] = {}

    def entry(outcome_id, round_id):
        return per_round.setdefault(
            (outcome_id, round_id),
            {
                "round": children.get(round_id),
                "counts": dict.fromkeys(STANCES, 0),
                "amendments": [],
                "summary": "",
                "meetings": [],
            },
        )

    for row in counts:
        entry(row["outcome_id"], row["round_id"])["counts"][row["stance"]] = row["n"]
    for row in amendments:
        entry(row["outcome_id"], row["round_id"])["amendments"].append(row)
    for row in summaries:
        entry(row["outcome_id"], row["round_id"])["summary"] = row["summary"]
    for row in meeting_stances:
        # A meeting's stance counts like a reflection, and is listed as coming from that meeting.
        value = entry(row["outcome_id"], row["meeting__round_id"])
        value["counts"][row["stance"]] += 1
        value["meetings"].append({**row, "stance_label": Reflection.Stance(row["stance"]).label})

    for outcome in outcomes:
        rounds = [value for (oid, _rid), value in per_round.items() if oid == outcome.pk and value["round"]]
        rounds.sort(key=lambda value: (value["round"].scope, str(value["round"].region or value["round"].country)))
        outcome.regional = rounds
        totals = dict.fromkeys(STANCES, 0)
        for value in rounds:
            for stance, n in value["counts"].items():
                totals[stance] += n
        outcome.totals = totals
        outcome.reflection_total = sum(totals.values())
        outcome.agreement = totals["endorse"] / outcome.reflection_total if outcome.reflection_total else None
        outcome.contention = (
            (totals["amend"] + totals["object"]) / outcome.reflection_total if outcome.reflection_total else None
        )
        outcome.agreement_percent = round(outcome.agreement * 100) if outcome.agreement is not None else None
    return outcomes


def regions_by_country() -> dict[str, set[int]]:
    mapping: dict[str, set[int]] = defaultdict(set)
    for country, region_id in RegionCountry.objects.values_list("country", "region_id"):
        mapping[country].add(region_id)
    return mapping


def who_is_missing(consultation) -> dict:
    """Per thematic area, the regions and countries heard (contributions or reflections) and those not heard;
    and the outcomes and threads with the least engagement."""
    regions = list(Region.objects.all())
    country_regions = regions_by_country()
    heard_countries: dict[int, set[str]] = defaultdict(set)
    heard_regions: dict[int, set[int]] = defaultdict(set)

    contributed = (
        Contribution.objects.filter(thread__round__consultation=consultation, status=Contribution.Status.PUBLISHED)
        .exclude(author__country="")
        .values_list("thread__thematic_area_id", "author__country")
        .distinct()
    )
    for area_id, country in contributed:
        heard_countries[area_id].add(country)
        heard_regions[area_id] |= country_regions.get(country, set())
    reflected = (
        Reflection.objects.filter(round__consultation=consultation)
        .values_list("outcome__thematic_area_id", "round__region_id", "round__country", "user__country")
        .distinct()
    )
    for area_id, region_id, round_country, user_country in reflected:
        if region_id:
            heard_regions[area_id].add(region_id)
        for country in (round_country, user_country):
            if country:
                heard_countries[area_id].add(country)
                heard_regions[area_id] |= country_regions.get(country, set())

    met = (
        MeetingStance.objects.filter(meeting__round__consultation=consultation)
        .values_list("outcome__thematic_area_id", "meeting__round__region_id", "meeting__round__country")
        .distinct()
    )
    for area_id, region_id, round_country in met:
        if region_id:
            heard_regions[area_id].add(region_id)
        if round_country:
            heard_countries[area_id].add(round_country)
            heard_regions[area_id] |= country_regions.get(round_country, set())
    areas = []
    for area in consultation.thematic_areas.all():
        areas.append(
            {
                "area": area,
                "heard": [r for r in regions if r.pk in heard_regions[area.pk]],
                "missing": [r for r in regions if r.pk not in heard_regions[area.pk]],
                "countries": sorted(heard_countries[area.pk]),
            }
        )
    quiet_outcomes = (
        Outcome.objects.published()
        .filter(round__consultation=consultation)
        .select_related("round", "thematic_area")
        .annotate(reflection_count=Count("reflections"))
        .order_by("reflection_count", "pk")[:10]
    )
    quiet_threads = (
        Thread.objects.filter(round__consultation=consultation)
        .exclude(round__state__in=["draft", "scheduled"])
        .select_related("round")
        .annotate(contribution_count=Count("contributions", filter=Q(contributions__status="published")))
        .order_by("contribution_count", "pk")[:10]
    )
    return {"areas": areas, "quiet_outcomes": quiet_outcomes, "quiet_threads": quiet_threads}
