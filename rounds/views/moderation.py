"""The moderation queue and audit log of a consultation (moderators and secretariat)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import Consultation, Suspension

from ..forms import ModerationForm, SuspensionForm
from ..models import Contribution, Flag, ModerationAction
from ..services import RoundError
from ..services.moderation import contribution_set_visibility, flags_dismiss, participant_suspend, suspension_lift
from .common import permission_required


def _consultation(request, slug, **_kwargs):
    return get_object_or_404(Consultation, slug=slug)


def _contribution_consultation(request, pk):
    return get_object_or_404(Contribution.objects.select_related("thread__round__consultation"), pk=pk).thread.round


@never_cache
@permission_required("rounds.moderate", _consultation)
def moderation_queue(request, slug):
    consultation = get_object_or_404(Consultation, slug=slug)
    open_flags = Q(flags__status=Flag.Status.OPEN)
    queue = Contribution.objects.filter(thread__round__consultation=consultation)
    # One contribution, flagged or not, when a moderator comes from its "Moderate" link; else what awaits review.
    only = request.GET.get("contribution", "")
    only = int(only) if only.isascii() and only.isdigit() and len(only) < 12 else None
    queue = queue.filter(pk=only) if only else queue.filter(open_flags | Q(status=Contribution.Status.HIDDEN))
    queue = (
        queue.annotate(open_flag_count=Count("flags", filter=open_flags))
        .select_related("author", "thread__round")
        .order_by("-open_flag_count", "-created_at")
        .distinct()
    )
    page = Paginator(queue, 25).get_page(request.GET.get("page"))
    flags = Flag.objects.filter(contribution__in=page.object_list, status=Flag.Status.OPEN).order_by("created_at")
    by_contribution: dict[int, list[Flag]] = {}
    for flag in flags:
        by_contribution.setdefault(flag.contribution_id, []).append(flag)
    for contribution in page.object_list:
        contribution.open_flags = by_contribution.get(contribution.pk, [])
    suspensions = Suspension.objects.filter(consultation=consultation, lifted_at__isnull=True).select_related("user")
    return render(
        request,
        "rounds/moderation_queue.html",
        {
            "consultation": consultation,
            "page": page,
            "form": ModerationForm(),
            "suspension_form": SuspensionForm(),
            "suspensions": suspensions,
            "only": only,
        },
    )


@never_cache
@permission_required("rounds.moderate", _consultation)
def moderation_log(request, slug):
    consultation = get_object_or_404(Consultation, slug=slug)
    actions = ModerationAction.objects.filter(consultation=consultation).select_related("moderator", "participant")
    page = Paginator(actions, 50).get_page(request.GET.get("page"))
    return render(request, "rounds/moderation_log.html", {"consultation": consultation, "page": page})


@require_POST
@permission_required("rounds.moderate", _contribution_consultation)
def contribution_moderate(request, pk):
    contribution = get_object_or_404(Contribution.objects.select_related("thread__round__consultation"), pk=pk)
    consultation = contribution.thread.round.consultation
    form = ModerationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a decision and give a reason: it is kept in the audit log."))
        queue = reverse("rounds:moderation_queue", kwargs={"slug": consultation.slug})
        return redirect(f"{queue}?contribution={contribution.pk}")  # back to this one contribution
    action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
    try:
        if action == "dismiss":
            flags_dismiss(contribution=contribution, moderator=request.user, reason=reason)
        else:
            contribution_set_visibility(
                contribution=contribution, moderator=request.user, hidden=action == "hide", reason=reason
            )
    except RoundError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            {
                "hide": _("The contribution is hidden."),
                "restore": _("The contribution is visible again."),
                "dismiss": _("The flags are dismissed."),
            }[action],
        )
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect("rounds:moderation_queue", slug=consultation.slug)


@require_POST
@permission_required("rounds.moderate", _contribution_consultation)
def author_suspend(request, pk):
    contribution = get_object_or_404(Contribution.objects.select_related("thread__round__consultation"), pk=pk)
    consultation = contribution.thread.round.consultation
    form = SuspensionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for the suspension: it is kept in the audit log."))
    else:
        try:
            participant_suspend(
                consultation=consultation,
                participant=contribution.author,
                moderator=request.user,
                reason=form.cleaned_data["reason"],
            )
        except RoundError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The participant is suspended from this consultation."))
    return redirect("rounds:moderation_queue", slug=consultation.slug)


@require_POST
@permission_required("rounds.moderate", _consultation)
def suspension_lift_view(request, slug, pk):
    consultation = get_object_or_404(Consultation, slug=slug)
    suspension = get_object_or_404(Suspension, pk=pk, consultation=consultation, lifted_at__isnull=True)
    form = SuspensionForm(request.POST)
    if form.is_valid():
        suspension_lift(suspension=suspension, moderator=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("The suspension is lifted."))
    else:
        messages.error(request, _("Give a reason: it is kept in the audit log."))
    return redirect("rounds:moderation_queue", slug=consultation.slug)
