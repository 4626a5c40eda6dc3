"""The thread page and everything a participant does in it: post, reply, support, flag, edit, remove."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from ..forms import ContributionEditForm, ContributionForm, FlagForm, ReplyForm
from ..models import Contribution, Support, Thread
from ..predicates import is_within_edit_window
from ..querysets import SORTS, thread_page
from ..services import PostingTooFast, RoundError, RoundNotOpen
from ..services.contributions import contribution_edit, contribution_post, contribution_remove, support_toggle
from ..services.moderation import flag_create
from .common import LANGUAGE_NAMES, kind_counts, posting_refusal

DRAFT_KEY = "draft-{}"
PERMISSIONS = {
    "can_reply": "rounds.reply_contribution",
    "can_support": "rounds.support_contribution",
    "can_flag": "rounds.flag_contribution",
    "can_edit": "rounds.change_contribution",
    "can_delete": "rounds.delete_contribution",
}


def _thread_or_404(request, pk) -> Thread:
    thread = get_object_or_404(Thread.objects.select_related("round__consultation", "thematic_area"), pk=pk)
    if not request.user.has_perm("rounds.view_round", thread.round):
        raise Http404
    return thread


def _contribution_or_404(request, pk) -> Contribution:
    contribution = get_object_or_404(
        Contribution.objects.select_related("author", "thread__round__consultation", "parent__author"), pk=pk
    )
    if not request.user.has_perm("rounds.view_round", contribution.thread.round):
        raise Http404
    return contribution


def _in_thread(contribution: Contribution) -> str:
    """The contribution's place on its thread page."""
    return f"{contribution.thread.get_absolute_url()}#c{contribution.pk}"


def _form_page(request, contribution: Contribution, mode: str, *, form=None, status: int = 200, **extra):
    """The no-JavaScript page for editing, flagging, replying to or removing one contribution."""
    context = {"contribution": contribution, "form": form, "mode": mode, "thread": contribution.thread, **extra}
    return render(request, "rounds/contribution_form.html", context, status=status)


def annotate(request, contributions, thread, supported: set[int]) -> None:
    """Attach to each contribution its URL and what the viewer may do with it, without further queries.

    Within one page the round and the viewer are fixed, so a permission depends only on what the predicates
    read of the contribution: its status, whether the viewer wrote it, and whether it is still editable. The
    answers are memoised on that key, which turns hundreds of rule evaluations per page into a handful.
    """
    can_moderate = request.user.has_perm("rounds.moderate", thread.round)
    moderation_url = (
        reverse("rounds:moderation_queue", kwargs={"slug": thread.round.consultation.slug}) if can_moderate else ""
    )
    viewer = request.user.pk
    memo: dict[tuple, bool] = {}
    kind_labels = dict(Contribution.Kind.choices)
    anonymous = _("Anonymous participant")
    for contribution in contributions:
        contribution.thread = thread
        contribution.url = contribution.get_absolute_url()
        contribution.kind_label = kind_labels.get(contribution.kind, "")
        contribution.created_iso = contribution.created_at.isoformat()
        contribution.author_name = anonymous if contribution.anonymous else contribution.author.public_name
        key = (contribution.status, contribution.author_id == viewer, is_within_edit_window(None, contribution))
        for attribute, permission in PERMISSIONS.items():
            if (permission, *key) not in memo:
                memo[(permission, *key)] = request.user.has_perm(permission, contribution)
            setattr(contribution, attribute, memo[(permission, *key)])
        contribution.supported = contribution.pk in supported
        contribution.can_moderate = can_moderate
        contribution.moderation_url = moderation_url


def _supported_ids(user, ids) -> set[int]:
    if not user.is_authenticated or not ids:
        return set()
    return set(Support.objects.filter(user=user, contribution_id__in=ids).values_list("contribution_id", flat=True))


def load_replies(top_level: list[Contribution]) -> dict[int, list[Contribution]]:
    """Replies (and replies to replies, shown flat) of the given top-level contributions, in one query."""
    replies: dict[int, list[Contribution]] = {c.pk: [] for c in top_level}
    if not top_level:
        return replies
    rows = (
        Contribution.objects.filter(root_id__in=replies.keys())
        .select_related("author", "parent__author")
        .order_by("created_at", "id")
    )
    for reply in rows:
        replies[reply.root_id].append(reply)
    return replies


def render_thread(request, thread: Thread, form, *, status: int = 200, refusal: str | None = None):
    kind = request.GET.get("kind", "")
    kind = kind if kind in Contribution.Kind.values else ""
    language = request.GET.get("lang", "")
    language = language if language in LANGUAGE_NAMES else ""
    sort = request.GET.get("sort", "newest")
    sort = sort if sort in SORTS else "newest"

    queryset = Contribution.objects.filter(thread=thread, parent__isnull=True).select_related("author")
    if kind:
        queryset = queryset.filter(kind=kind)
    if language:
        queryset = queryset.filter(language=language)
    items, next_cursor = thread_page(queryset, sort=sort, cursor=request.GET.get("after"))
    replies = load_replies(items)
    everything = items + [reply for group in replies.values() for reply in group]
    annotate(request, everything, thread, _supported_ids(request.user, [c.pk for c in everything]))
    for item in items:
        item.reply_list = replies[item.pk]

    refusal = refusal or posting_refusal(request.user, thread.round)
    context = {
        "thread": thread,
        "round": thread.round,
        "consultation": thread.round.consultation,
        "items": items,
        "next_cursor": next_cursor,
        "is_first_page": not request.GET.get("after"),
        "form": form,
        "refusal": refusal,
        "can_post": request.user.has_perm("rounds.post_contribution", thread.round),
        "kind_counts": [
            (k, label, n) for (k, label), n in zip(Contribution.Kind.choices, kind_counts(thread).values(), strict=True)
        ],
        "filters": {"kind": kind, "lang": language, "sort": sort},
        "kinds": Contribution.Kind.choices,
        "languages": LANGUAGE_NAMES.items(),
    }
    return render(request, "rounds/thread.html", context, status=status)


def thread_detail(request, pk):
    thread = _thread_or_404(request, pk)
    draft = request.session.pop(DRAFT_KEY.format(thread.pk), None)
    if draft and request.user.is_authenticated:
        messages.info(request, _("We kept the text you wrote before signing in. Check it and post it when ready."))
        form = ContributionForm(initial=draft)
    else:
        form = ContributionForm()
    return render_thread(request, thread, form)


def _keep_draft_and_sign_in(request, thread: Thread):
    """The session expired (or never was): keep what was typed, send to sign-in, give it back afterwards."""
    request.session[DRAFT_KEY.format(thread.pk)] = {k: request.POST.get(k, "") for k in ("kind", "body", "language")}
    messages.info(request, _("Please sign in to post. What you wrote is kept and will be waiting for you."))
    return redirect_to_login(thread.get_absolute_url())


@require_POST
def contribution_create(request, pk):
    thread = _thread_or_404(request, pk)
    form = ContributionForm(request.POST)
    if not request.user.is_authenticated:
        return _keep_draft_and_sign_in(request, thread)
    template = "rounds/includes/post_form.html"
    refusal = posting_refusal(request.user, thread.round)
    if refusal:
        return _form_response(request, thread, form, template, status=403, refusal=refusal)
    if not form.is_valid():
        return _form_response(request, thread, form, template, status=422)
    try:
        contribution = contribution_post(thread=thread, author=request.user, **form.cleaned_data)
    except RoundError as error:
        form.add_error(None, str(error))
        status = 429 if isinstance(error, PostingTooFast) else 409 if isinstance(error, RoundNotOpen) else 422
        return _form_response(request, thread, form, template, status=status)
    if request.htmx:
        contribution.reply_list = []
        annotate(request, [contribution], thread, set())
        html = render_to_string(
            template,
            {"thread": thread, "form": ContributionForm(), "can_post": True, "posted": contribution},
            request=request,
        )
        return HttpResponse(html)
    messages.success(request, _("Your contribution is posted."))
    return redirect(_in_thread(contribution))


def _form_response(request, thread, form, template, *, status, refusal=None, context=None):
    if request.htmx:
        ctx = {"thread": thread, "form": form, "can_post": refusal is None, "refusal": refusal, **(context or {})}
        return HttpResponse(render_to_string(template, ctx, request=request), status=status)
    return render_thread(request, thread, form, status=status, refusal=refusal)


@never_cache
def contribution_reply(request, pk):
    """GET: the reply form (a page, or the inline form for htmx). POST: post the reply."""
    parent = _contribution_or_404(request, pk)
    thread = parent.thread
    if not request.user.is_authenticated:
        return redirect_to_login(request.path)
    form = ReplyForm(request.POST or None, parent=parent)
    template = "rounds/includes/reply_form.html"
    context = {"parent": parent, "reply_form": form}
    if request.method != "POST":
        if not request.user.has_perm("rounds.reply_contribution", parent):
            raise PermissionDenied
        if request.htmx:
            return render(request, template, context)
        return _form_page(request, parent, "reply", form=form)
    if not request.user.has_perm("rounds.reply_contribution", parent):
        refusal = posting_refusal(request.user, thread.round) or _("This contribution can no longer be replied to.")
        form.add_error(None, refusal)
        return _reply_response(request, parent, form, template, context, status=403)
    if not form.is_valid():
        return _reply_response(request, parent, form, template, context, status=422)
    try:
        reply = contribution_post(thread=thread, author=request.user, parent=parent, **form.cleaned_data)
    except RoundError as error:
        form.add_error(None, str(error))
        status = 429 if isinstance(error, PostingTooFast) else 409 if isinstance(error, RoundNotOpen) else 422
        return _reply_response(request, parent, form, template, context, status=status)
    if request.htmx:
        annotate(request, [reply], thread, set())
        html = render_to_string(
            template, {"parent": parent, "reply_form": ReplyForm(parent=parent), "posted": reply}, request=request
        )
        return HttpResponse(html)
    messages.success(request, _("Your reply is posted."))
    return redirect(_in_thread(reply))


def _reply_response(request, parent, form, template, context, *, status):
    if request.htmx:
        return HttpResponse(render_to_string(template, context, request=request), status=status)
    return _form_page(request, parent, "reply", form=form, status=status)


@require_POST
def contribution_support(request, pk):
    contribution = _contribution_or_404(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(contribution.get_absolute_url())
    if not request.user.has_perm("rounds.support_contribution", contribution):
        raise PermissionDenied
    try:
        supported = support_toggle(contribution=contribution, user=request.user)
    except RoundError as error:
        messages.error(request, str(error))
        return redirect(_in_thread(contribution))
    contribution.refresh_from_db(fields=["support_count"])
    if request.htmx:
        contribution.supported, contribution.can_support = supported, True
        contribution.url = contribution.get_absolute_url()
        return render(request, "rounds/includes/support_button.html", {"contribution": contribution})
    messages.success(request, _("You support this contribution.") if supported else _("Your support is withdrawn."))
    return redirect(_in_thread(contribution))


@never_cache
def contribution_flag(request, pk):
    contribution = _contribution_or_404(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.path)
    if not request.user.has_perm("rounds.flag_contribution", contribution):
        raise PermissionDenied
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            flag_create(contribution=contribution, user=request.user, **form.cleaned_data)
        except RoundError as error:
            form.add_error(None, str(error))
        else:
            thanks = _("Thank you. Moderators will review this contribution.")
            if request.htmx:
                return HttpResponse(f'<p class="notice" role="status">{thanks}</p>')
            messages.success(request, thanks)
            return redirect(_in_thread(contribution))
    status = 422 if request.method == "POST" else 200
    return _form_page(request, contribution, "flag", form=form, status=status)


@never_cache
def contribution_edit_view(request, pk):
    contribution = _contribution_or_404(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.path)
    form = ContributionEditForm(request.POST or None, instance=contribution)
    if not request.user.has_perm("rounds.change_contribution", contribution):
        if request.method == "POST" and contribution.author_id == request.user.pk:
            # Too late: keep the text in front of them instead of a bare refusal.
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Contributions can be edited for 30 minutes after posting, while the round is "
                    "open. Your new text was not saved; it is still below so you can copy it."
                ),
            )
            return _form_page(request, contribution, "edit", form=form, status=409, locked=True)
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        try:
            contribution_edit(contribution=contribution, acting_user=request.user, **form.cleaned_data)
        except RoundError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your changes are saved. The contribution is marked as edited."))
            return redirect(_in_thread(contribution))
    status = 422 if request.method == "POST" else 200
    return _form_page(request, contribution, "edit", form=form, status=status)


@never_cache
def contribution_delete(request, pk):
    contribution = _contribution_or_404(request, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.path)
    if not request.user.has_perm("rounds.delete_contribution", contribution):
        raise PermissionDenied
    if request.method == "POST":
        contribution_remove(contribution=contribution, acting_user=request.user)
        messages.success(request, _("Your contribution is removed."))
        return redirect(_in_thread(contribution))
    return _form_page(request, contribution, "delete")


def contribution_detail(request, pk):
    """Permalink: the contribution in its conversation (its top-level post with every reply)."""
    contribution = _contribution_or_404(request, pk)
    thread = contribution.thread
    root = contribution.root or contribution
    if root.pk != contribution.pk:
        root = Contribution.objects.select_related("author").get(pk=root.pk)
    root.reply_list = load_replies([root])[root.pk]
    everything = [root, *root.reply_list]
    annotate(request, everything, thread, _supported_ids(request.user, [c.pk for c in everything]))
    return render(
        request,
        "rounds/contribution.html",
        {
            "thread": thread,
            "round": thread.round,
            "item": root,
            "highlight": contribution.pk,
        },
    )
