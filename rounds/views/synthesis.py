"""Outcomes of a round, carry-forward into regional and national rounds, reflections and regional feedback."""

import datetime

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import Consultation, RoleAssignment
from consultations.predicates import countries_of_region, organiser_scopes
from pmc.accounts.models import Region

from ..feedback import outcome_feedback, who_is_missing
from ..forms import ChildRoundForm, FeedbackForm, OutcomeForm, ReflectionForm
from ..models import Contribution, Outcome, Reflection, RegionalFeedback, Round
from ..services import RoundError
from ..services.synthesis import (
    carried_outcomes,
    child_round_create,
    feedback_save,
    invitation_accept,
    outcome_delete,
    outcome_save,
    reflection_save,
    round_publish_outcomes,
)
from .common import permission_required


def _round(request, pk):
    return get_object_or_404(Round.objects.select_related("consultation", "parent"), pk=pk)


def _outcome_round(request, pk):
    return get_object_or_404(Outcome.objects.select_related("round__consultation", "round__parent"), pk=pk).round


def _can_edit_outcomes(user, round_: Round) -> bool:
    return user.has_perm("rounds.manage_rounds", round_) and round_.state in (
        Round.State.CLOSED,
        Round.State.SYNTHESISED,
    )


@never_cache
@permission_required("rounds.manage_rounds", _round)
def outcomes_manage(request, pk):
    """The organiser's synthesis page: a closed round's outcomes, drafts and published, and publishing."""
    round_ = _round(request, pk)
    outcomes = list(
        round_.outcomes.with_tags()
        .annotate(source_count=Count("sources"))
        .order_by("thematic_area__number", "position")
    )
    return render(
        request,
        "rounds/outcomes_manage.html",
        {
            "round": round_,
            "outcomes": outcomes,
            "can_edit": _can_edit_outcomes(request.user, round_),
            "can_publish": request.user.has_perm("rounds.synthesise_round", round_),
            "drafts": sum(1 for o in outcomes if o.state == Outcome.State.DRAFT),
        },
    )


def _source_candidates(round_: Round, data, selected_ids: set[int]):
    """Contributions of the round to pick sources from: filtered by text, thread and kind, most supported first,
    with the ones already chosen always listed."""
    queryset = (
        Contribution.objects.filter(thread__round=round_, status=Contribution.Status.PUBLISHED)
        .select_related("author", "thread")
        .order_by("-support_count", "-pk")
    )
    query = (data.get("source_q") or "").replace("\x00", "").strip()[:200]
    if query:
        queryset = queryset.filter(body__icontains=query)
    if (data.get("source_thread") or "").isascii() and (data.get("source_thread") or "").isdigit():
        queryset = queryset.filter(thread_id=int(data["source_thread"]))
    if data.get("source_kind") in Contribution.Kind.values:
        queryset = queryset.filter(kind=data["source_kind"])
    candidates = list(queryset[:60])
    shown = {c.pk for c in candidates}
    missing = selected_ids - shown
    if missing:
        candidates = list(Contribution.objects.filter(pk__in=missing).select_related("author", "thread")) + candidates
    return candidates


@never_cache
def outcome_edit(request, pk, outcome_pk=None):
    round_ = _round(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not _can_edit_outcomes(request.user, round_):
        raise PermissionDenied
    outcome = get_object_or_404(Outcome, pk=outcome_pk, round=round_) if outcome_pk else None
    data = request.POST if request.method == "POST" else None
    form = OutcomeForm(data, instance=outcome, round_=round_)
    filtering = request.method == "POST" and "filter_sources" in request.POST
    if request.method == "POST" and not filtering and form.is_valid():
        fields = {
            name: form.cleaned_data[name]
            for name in form.Meta.fields
            if name not in ("gcm_objectives", "guiding_principles", "sdg_targets")
        }
        try:
            outcome = outcome_save(
                round_=round_,
                acting_user=request.user,
                fields=fields,
                gcm_objectives=form.cleaned_data["gcm_objectives"],
                guiding_principles=form.cleaned_data["guiding_principles"],
                sdg_targets=form.cleaned_data["sdg_targets"],
                sources=form.cleaned_data["sources"],
                outcome=outcome,
            )
        except RoundError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The outcome is saved."))
            return redirect("rounds:outcomes_manage", pk=round_.pk)
    if data is not None:
        selected = {int(v) for v in request.POST.getlist("sources") if v.isascii() and v.isdigit()}
    else:
        selected = set(outcome.sources.values_list("pk", flat=True)) if outcome else set()
    status = 422 if request.method == "POST" and not filtering else 200
    return render(
        request,
        "rounds/outcome_form.html",
        {
            "round": round_,
            "outcome": outcome,
            "form": form,
            "candidates": _source_candidates(round_, request.POST if data else request.GET, selected),
            "selected": selected,
            "threads": round_.threads.all(),
            "kinds": Contribution.Kind.choices,
            "filters": request.POST if data else request.GET,
        },
        status=status,
    )


@require_POST
@permission_required("rounds.manage_rounds", _outcome_round)
def outcome_delete_view(request, pk):
    outcome = get_object_or_404(Outcome, pk=pk)
    try:
        outcome_delete(outcome=outcome, acting_user=request.user)
    except RoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The draft outcome is deleted."))
    return redirect("rounds:outcomes_manage", pk=outcome.round_id)


@require_POST
@permission_required("rounds.synthesise_round", _round)
def outcomes_publish(request, pk):
    round_ = _round(request, pk)
    try:
        count = round_publish_outcomes(round_=round_, acting_user=request.user)
    except RoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("%(count)s outcomes are published and the round is synthesised.") % {"count": count}
        )
    return redirect(round_)


def outcome_detail(request, pk):
    outcome = get_object_or_404(
        Outcome.objects.with_tags().select_related("round__consultation", "round__parent", "created_by"), pk=pk
    )
    if outcome.state != Outcome.State.PUBLISHED and not request.user.has_perm("rounds.manage_rounds", outcome.round):
        raise Http404
    sources = outcome.sources.select_related("author", "thread").order_by("created_at")
    revisions = outcome.revisions.published().select_related("round")
    versions = outcome.versions.select_related("changed_by")
    outcome_feedback([outcome])
    return render(
        request,
        "rounds/outcome.html",
        {"outcome": outcome, "round": outcome.round, "sources": sources, "revisions": revisions, "versions": versions},
    )


def _organiser_scope_choices(user, consultation):
    """Regions and countries an organiser may open a round in: (regions queryset, country codes or None for all)."""
    if user.has_perm("consultations.manage_consultation", consultation):
        return Region.objects.all(), None
    scopes = organiser_scopes(user, consultation.pk)
    region_ids = [region_id for region_id, _country in scopes if region_id]
    countries = {country for _region, country in scopes if country}
    for region_id in region_ids:
        countries |= countries_of_region(region_id)
    return Region.objects.filter(pk__in=region_ids), countries


@never_cache
@permission_required("rounds.view_organiser_dashboard", lambda request, pk: _round(request, pk))
def child_round_create_view(request, pk):
    parent = _round(request, pk)
    if parent.parent_id is not None or parent.state != Round.State.SYNTHESISED:
        messages.error(request, _("Regional and national rounds start from a synthesised global round."))
        return redirect(parent)
    now = timezone.now().replace(second=0, microsecond=0)
    regions, countries = _organiser_scope_choices(request.user, parent.consultation)
    form = ChildRoundForm(
        request.POST or None,
        regions=regions,
        countries=countries,
        initial={"opens_at": now, "closes_at": now + datetime.timedelta(days=14), "scope": Round.Scope.REGIONAL},
    )
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "invite_emails"}
        proposed = Round(consultation=parent.consultation, parent=parent, sequence=parent.sequence, **fields)
        proposed.parent = parent
        if not request.user.has_perm("rounds.create_child_round", proposed):
            form.add_error(None, _("This region or country is outside your scope as an organiser."))
            return render(request, "rounds/child_round_form.html", {"form": form, "parent": parent}, status=403)
        fields["title"] = fields["title_en"]
        fields["state"] = Round.State.SCHEDULED if fields["opens_at"] > timezone.now() else Round.State.OPEN
        round_ = child_round_create(
            parent=parent,
            acting_user=request.user,
            invite_emails=form.cleaned_data["invite_emails"],
            sequence=parent.sequence,
            **fields,
        )
        messages.success(request, _("The round is created with the global outcomes carried forward."))
        return redirect(round_)
    status = 422 if request.method == "POST" else 200
    return render(request, "rounds/child_round_form.html", {"form": form, "parent": parent}, status=status)


@never_cache
def invitation_accept_view(request, token):
    if not request.user.is_authenticated:
        messages.info(request, _("Sign in, or sign up, to accept your invitation."))
        return redirect_to_login(request.path)
    if request.method == "POST":
        try:
            invitation = invitation_accept(token=token, user=request.user)
        except RoundError as error:
            return render(request, "rounds/invitation.html", {"error": str(error)}, status=400)
        messages.success(request, _("Welcome: you can now take part in this round."))
        return redirect(invitation.round)
    return render(request, "rounds/invitation.html", {})


@require_POST
def reflection_submit(request, pk, outcome_pk):
    round_ = _round(request, pk)
    outcome = get_object_or_404(carried_outcomes(round_), pk=outcome_pk)
    if not request.user.is_authenticated:
        return redirect_to_login(round_.get_absolute_url())
    if not request.user.has_perm("rounds.reflect", round_):
        raise PermissionDenied
    existing = Reflection.objects.filter(round=round_, outcome=outcome, user=request.user).first()
    form = ReflectionForm(request.POST, instance=existing, outcome=outcome)
    if form.is_valid():
        try:
            reflection_save(round_=round_, outcome=outcome, user=request.user, **form.cleaned_data)
        except RoundError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your reflection is saved. You can change it while the round is open."))
            return redirect(f"{round_.get_absolute_url()}#o{outcome.pk}")
    return render(
        request, "rounds/reflection_form.html", {"round": round_, "outcome": outcome, "form": form}, status=422
    )


@never_cache
@permission_required("rounds.manage_rounds", _round)
def feedback_edit(request, pk):
    """After a regional or national round closes, its organiser summarises its feedback on each carried outcome."""
    round_ = _round(request, pk)
    if round_.parent_id is None or round_.state not in (Round.State.CLOSED, Round.State.SYNTHESISED):
        messages.error(request, _("Regional feedback is written for a regional or national round once it closes."))
        return redirect(round_)
    outcomes = outcome_feedback(list(carried_outcomes(round_).with_tags()))
    existing = dict(RegionalFeedback.objects.filter(round=round_).values_list("outcome_id", "summary"))
    forms = {
        o.pk: FeedbackForm(request.POST or None, prefix=f"f{o.pk}", initial={"summary": existing.get(o.pk, "")})
        for o in outcomes
    }
    if request.method == "POST":
        saved = 0
        for outcome in outcomes:
            form = forms[outcome.pk]
            if form.is_valid():
                feedback_save(
                    round_=round_, outcome=outcome, summary=form.cleaned_data["summary"], acting_user=request.user
                )
                saved += 1
        if saved == len(outcomes):
            messages.success(request, _("The regional feedback is saved."))
            return redirect(round_)
        messages.error(request, _("Some summaries are missing: every carried outcome needs one."))
    for outcome in outcomes:
        outcome.feedback_form = forms[outcome.pk]
        outcome.mine = next((r for r in outcome.regional if r["round"] and r["round"].pk == round_.pk), None)
    return render(
        request,
        "rounds/feedback_form.html",
        {"round": round_, "outcomes": outcomes},
        status=422 if request.method == "POST" else 200,
    )


def feedback_overview(request, pk):
    """For a global round's outcomes: what every regional and national round said, ranked by agreement."""
    round_ = get_object_or_404(Round.objects.select_related("consultation"), pk=pk, parent__isnull=True)
    if not request.user.has_perm("rounds.view_round", round_):
        raise Http404
    outcomes = outcome_feedback(list(round_.outcomes.published().with_tags()))
    order = request.GET.get("order", "")
    if order == "agreement":
        outcomes.sort(key=lambda o: (o.agreement is None, -(o.agreement or 0)))
    elif order == "contention":
        outcomes.sort(key=lambda o: (o.contention is None, -(o.contention or 0)))
    later_rounds = round_.consultation.rounds.filter(parent__isnull=True, sequence__gt=round_.sequence)
    return render(
        request,
        "rounds/feedback_overview.html",
        {"round": round_, "outcomes": outcomes, "order": order, "later_rounds": later_rounds},
    )


def participation(request, slug):
    consultation = get_object_or_404(Consultation.objects.public(), slug=slug)
    return render(request, "rounds/participation.html", {"consultation": consultation, **who_is_missing(consultation)})


@never_cache
def organiser_dashboard(request):
    """An organiser's or secretariat member's consultations: scope, rounds, and what needs doing."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.path)
    assignments = (
        RoleAssignment.objects.filter(
            user=request.user,
            role__in=[RoleAssignment.Role.REGIONAL_ORGANISER, RoleAssignment.Role.SECRETARIAT],
        )
        .select_related("consultation", "region")
        .order_by("consultation__title")
    )
    consultations: dict[int, dict] = {}
    for assignment in assignments:
        entry = consultations.setdefault(
            assignment.consultation_id, {"consultation": assignment.consultation, "scopes": [], "rounds": []}
        )
        entry["scopes"].append(assignment)
    if not consultations:
        raise PermissionDenied
    rounds = (
        Round.objects.filter(consultation_id__in=consultations)
        .select_related("region", "parent", "consultation")
        .annotate(
            open_flags=Count(
                "threads__contributions__flags",
                filter=Q(threads__contributions__flags__status="open"),
                distinct=True,
            ),
            outcome_count=Count("outcomes", distinct=True),
            feedback_count=Count("feedback", distinct=True),
        )
    )
    for round_ in rounds:
        if not request.user.has_perm("rounds.manage_rounds", round_):
            continue
        round_.todo = []
        if round_.state in (Round.State.DRAFT, Round.State.SCHEDULED):
            round_.todo.append(_("announce or open it"))
        if round_.state == Round.State.CLOSED:
            round_.todo.append(_("write and publish its outcomes"))
        if round_.open_flags:
            round_.todo.append(_("%(count)s open flags to review") % {"count": round_.open_flags})
        if (
            round_.parent_id
            and round_.state in (Round.State.CLOSED, Round.State.SYNTHESISED)
            and not round_.feedback_count
        ):
            round_.todo.append(_("write its regional feedback"))
        if round_.parent_id is None and round_.state == Round.State.SYNTHESISED:
            round_.can_carry = True
        consultations[round_.consultation_id]["rounds"].append(round_)
    return render(request, "rounds/dashboard.html", {"consultations": consultations.values()})
