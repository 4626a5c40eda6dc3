"""Consultation timeline, round pages, and the secretariat's round and thread management."""

from django.contrib import messages
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import Consultation

from ..forms import ReflectionForm, RoundForm, ThreadForm
from ..models import Meeting, Reflection, Round
from ..services import RoundError
from ..services.lifecycle import ALLOWED, round_create, round_transition, round_update, thread_add
from ..services.synthesis import carried_outcomes
from .common import permission_required, posting_refusal, thread_counts


def _timeline(rounds: list[Round]) -> list[Round]:
    """Global rounds in order, each followed by its regional and national children."""
    children: dict[int, list[Round]] = {}
    for round_ in rounds:
        if round_.parent_id:
            children.setdefault(round_.parent_id, []).append(round_)
    ordered = []
    for round_ in rounds:
        if round_.parent_id is None:
            ordered.append(round_)
            ordered.extend(children.get(round_.pk, []))
    return ordered


def consultation_detail(request, slug):
    consultation = get_object_or_404(Consultation.objects.prefetch_related("thematic_areas"), slug=slug)
    manage = request.user.has_perm("consultations.manage_consultation", consultation)
    if consultation.status == Consultation.Status.DRAFT and not manage:
        raise Http404
    rounds = Round.objects.filter(consultation=consultation).select_related("region").with_counts()
    if not manage:
        rounds = rounds.visible()
    timeline = _timeline(list(rounds))
    open_rounds = [r for r in timeline if r.state == Round.State.OPEN]
    upcoming = [r for r in timeline if r.state == Round.State.SCHEDULED]
    return render(
        request,
        "rounds/consultation.html",
        {
            "consultation": consultation,
            "timeline": timeline,
            "open_rounds": open_rounds,
            "next_round": upcoming[0] if upcoming else None,
            "can_manage": manage,
            "can_moderate": request.user.has_perm("rounds.moderate", consultation),
            "meetings": list(
                Meeting.objects.filter(round__in=[r.pk for r in timeline]).select_related("round").order_by("starts_at")
            ),
        },
    )


def round_detail(request, pk):
    round_ = get_object_or_404(Round.objects.select_related("consultation", "region", "parent"), pk=pk)
    if not request.user.has_perm("rounds.view_round", round_):
        raise Http404
    can_manage = request.user.has_perm("rounds.manage_rounds", round_)
    transitions = []
    if can_manage:
        labels = {
            Round.State.DRAFT: _("Back to draft"),
            Round.State.SCHEDULED: _("Announce it (scheduled)"),
            Round.State.OPEN: _("Reopen now") if round_.state == Round.State.CLOSED else _("Open now"),
            Round.State.CLOSED: _("Close now"),
        }
        transitions = [(state, labels[state]) for state in ALLOWED[round_.state] if state in labels]
    carried = []
    if round_.parent_id:
        carried = list(carried_outcomes(round_).with_tags())
        mine = {}
        if request.user.is_authenticated:
            mine = {r.outcome_id: r for r in Reflection.objects.filter(round=round_, user=request.user)}
        counts = {}
        for row in Reflection.objects.filter(round=round_).values("outcome_id", "stance").annotate(n=Count("id")):
            counts.setdefault(row["outcome_id"], {})[row["stance"]] = row["n"]
        can_reflect = request.user.has_perm("rounds.reflect", round_)
        for outcome in carried:
            outcome.my_reflection = mine.get(outcome.pk)
            outcome.stance_counts = [
                (label, counts.get(outcome.pk, {}).get(stance, 0)) for stance, label in Reflection.Stance.choices
            ]
            if can_reflect:
                outcome.reflection_form = ReflectionForm(instance=outcome.my_reflection, outcome=outcome)
    return render(
        request,
        "rounds/round.html",
        {
            "round": round_,
            "consultation": round_.consultation,
            "threads": thread_counts(round_),
            "refusal": posting_refusal(request.user, round_),
            "can_manage": can_manage,
            "can_export": request.user.has_perm("rounds.export_round", round_),
            "can_carry_forward": round_.parent_id is None
            and round_.state == Round.State.SYNTHESISED
            and request.user.has_perm("rounds.view_organiser_dashboard", round_),
            "transitions": transitions,
            "export_kinds": [
                ("contributions", _("Contributions")),
                ("reflections", _("Reflections")),
                ("outcomes", _("Outcomes")),
            ],
            "carried": carried,
            "meetings": list(round_.meetings.all()),
            "outcomes": list(round_.outcomes.published().with_tags()),
            "children": list(round_.children.visible().select_related("region")) if not round_.parent_id else [],
            "previous_global": (
                Round.objects.filter(
                    consultation=round_.consultation,
                    parent=None,
                    sequence=round_.sequence - 1,
                    state=Round.State.SYNTHESISED,
                ).first()
                if round_.parent_id is None and round_.sequence > 1
                else None
            ),
        },
    )


def _consultation_by_slug(request, slug):
    return get_object_or_404(Consultation, slug=slug)


@never_cache
@permission_required("rounds.manage_rounds", _consultation_by_slug)
def round_create_view(request, slug):
    consultation = get_object_or_404(Consultation, slug=slug)
    form = RoundForm(request.POST or None, initial={"sequence": consultation.rounds.filter(parent=None).count() + 1})
    if request.method == "POST" and form.is_valid():
        fields = {name: value for name, value in form.cleaned_data.items()}
        fields["title"] = fields["title_en"]
        fields["state"] = Round.State.SCHEDULED if request.POST.get("schedule") else Round.State.DRAFT
        round_ = round_create(consultation=consultation, acting_user=request.user, **fields)
        messages.success(request, _("The round has been created with one thread per thematic area."))
        return redirect(round_)
    return render(
        request,
        "rounds/round_form.html",
        {"form": form, "consultation": consultation},
        status=422 if request.method == "POST" else 200,
    )


def _round(request, pk):
    return get_object_or_404(Round, pk=pk)


@never_cache
@permission_required("rounds.manage_rounds", _round)
def round_edit_view(request, pk):
    round_ = get_object_or_404(Round.objects.select_related("consultation"), pk=pk)
    form = RoundForm(request.POST or None, instance=round_)
    if request.method == "POST" and form.is_valid():
        round_update(round_=round_, acting_user=request.user, fields=form.cleaned_data)
        messages.success(request, _("The round has been saved."))
        return redirect(round_)
    return render(
        request,
        "rounds/round_form.html",
        {"form": form, "consultation": round_.consultation, "round": round_},
        status=422 if request.method == "POST" else 200,
    )


@require_POST
@permission_required("rounds.manage_rounds", _round)
def round_state_view(request, pk):
    round_ = get_object_or_404(Round, pk=pk)
    to_state = request.POST.get("state", "")
    if to_state not in Round.State.values:
        messages.error(request, _("Unknown state."))
        return redirect(round_)
    try:
        round_transition(round_id=round_.pk, to_state=to_state, acting_user=request.user, now=timezone.now())
    except RoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The round is now “%(state)s”.") % {"state": Round.State(to_state).label})
    return redirect(round_)


@never_cache
@permission_required("rounds.manage_rounds", _round)
def thread_create_view(request, pk):
    round_ = get_object_or_404(Round.objects.select_related("consultation"), pk=pk)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        thread = form.save(commit=False)
        thread.title = form.cleaned_data["title_en"]
        thread = thread_add(round_=round_, acting_user=request.user, thread=thread)
        messages.success(request, _("The thread has been added."))
        return redirect(thread)
    return render(
        request,
        "rounds/thread_form.html",
        {"form": form, "round": round_},
        status=422 if request.method == "POST" else 200,
    )
