"""The thread page and everything a participant does in it: post, reply, support, flag, edit, remove."""

import datetime
import time

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from pmc.cache import kept

from .. import page_cache
from ..forms import ContributionEditForm, ContributionForm, FlagForm, ReplyForm
from ..models import Contribution, Thread
from ..predicates import EDIT_WINDOW, is_within_edit_window
from ..querysets import SORTS, decode_cursor, thread_page
from ..services import PostingTooFast, RoundError, RoundNotOpen
from ..services.contributions import contribution_edit, contribution_post, contribution_remove, support_toggle
from ..services.moderation import flag_create
from .common import LANGUAGE_NAMES, kind_counts, posting_refusal

# Where a form's text waits in the session while its writer signs in again: what, and of which thread/contribution.
DRAFT_KEY = "draft-{}-{}"
DRAFT_TIMEOUT = 3600  # seconds
DRAFTS_KEPT = 3  # per session
# The variants of a contribution's controls: whether the viewer wrote it, and whether it is still editable.
PERSONAL = {"other": (False, True), "mine": (True, True), "mine-late": (True, False)}
PERMISSIONS = {
    "can_reply": "rounds.reply_contribution",
    "can_support": "rounds.support_contribution",
    "can_flag": "rounds.flag_contribution",
    "can_edit": "rounds.change_contribution",
    "can_delete": "rounds.delete_contribution",
}


def _thread_or_404(request, pk, *, kept: bool = False) -> Thread:
    """The thread with its round and consultation, if the viewer may see it. ``kept``: as kept between requests
    (``page_cache.thread_head``), for pages that only show it; what changes things reads the row."""
    if kept:
        thread = page_cache.thread_head(pk)
    else:
        thread = Thread.objects.select_related("round__consultation").filter(pk=pk).first()
    if thread is None or not request.user.has_perm("rounds.view_round", thread.round):
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
    context = {
        "contribution": contribution,
        "form": form,
        "mode": mode,
        "thread": contribution.thread,
        # a hidden or removed contribution is quoted for moderators only, as on the thread page
        "can_moderate": request.user.has_perm("rounds.moderate", contribution.thread.round),
        **extra,
    }
    return render(request, "rounds/contribution_form.html", context, status=status)


class Permissions:
    """What the viewer may do with the contributions of one thread page, asked once per kind of contribution.

    Within one page the round and the viewer are fixed, so a permission depends only on what the predicates read
    of the contribution: its status, whether the viewer wrote it, and whether it is still editable. Each
    combination is asked once, of a stand-in contribution, which turns hundreds of rule evaluations per page
    into a handful.
    """

    def __init__(self, request, thread: Thread):
        self.user = request.user
        self.thread = thread
        self.can_moderate = self.user.has_perm("rounds.moderate", thread.round)
        self._answers: dict[tuple, dict[str, bool]] = {}

    def of(self, status: str, mine: bool, in_window: bool) -> dict[str, bool]:
        key = (status, mine, in_window)
        if key not in self._answers:
            probe = Contribution(
                thread=self.thread,
                status=status,
                author_id=self.user.pk if mine else None,
                created_at=timezone.now() - (datetime.timedelta(0) if in_window else 2 * EDIT_WINDOW),
            )
            self._answers[key] = {attribute: self.user.has_perm(name, probe) for attribute, name in PERMISSIONS.items()}
        return self._answers[key]

    def signature(self) -> tuple:
        """What a contribution list shared between viewers depends on: the same answers, the same list."""
        answers = (tuple(self.of(Contribution.Status.PUBLISHED, *PERSONAL[name]).values()) for name in PERSONAL)
        return (self.user.is_authenticated, self.can_moderate, *answers)


def annotate(request, contributions, thread, supported: set[int], permissions: Permissions | None = None) -> None:
    """Attach to each contribution its URL, author name and what the viewer may do with it, without queries."""
    permissions = permissions or Permissions(request, thread)
    moderation_url = (
        reverse("rounds:moderation_queue", kwargs={"slug": thread.round.consultation.slug})
        if permissions.can_moderate
        else ""
    )
    viewer = request.user.pk if request.user.is_authenticated else None
    kind_labels = dict(Contribution.Kind.choices)
    anonymous = _("Anonymous participant")
    for contribution in contributions:
        contribution.thread = thread
        contribution.url = contribution.get_absolute_url()
        contribution.kind_label = kind_labels.get(contribution.kind, "")
        contribution.created_iso = contribution.created_at.isoformat()
        contribution.author_name = anonymous if contribution.anonymous else contribution.author.public_name
        mine = viewer is not None and contribution.author_id == viewer
        answers = permissions.of(contribution.status, mine, is_within_edit_window(None, contribution))
        for attribute, value in answers.items():
            setattr(contribution, attribute, value)
        contribution.supported = contribution.pk in supported
        contribution.can_moderate = permissions.can_moderate
        contribution.moderation_url = moderation_url


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


def _list_filters(request) -> dict[str, str]:
    kind = request.GET.get("kind", "")
    language = request.GET.get("lang", "")
    sort = request.GET.get("sort", "newest")
    return {
        "kind": kind if kind in Contribution.Kind.values else "",
        "lang": language if language in LANGUAGE_NAMES else "",
        "sort": sort if sort in SORTS else "newest",
        "after": request.GET.get("after", ""),
    }


def _render_content(request, thread: Thread, filters, permissions: Permissions, page: dict, holes=None) -> str:
    """The thread page's content: the thread, the post form, then counts per kind, filters, one page of
    contributions with their replies, and the pager."""
    queryset = Contribution.objects.filter(thread=thread).top_level().select_related("author")
    if filters["kind"]:
        queryset = queryset.filter(kind=filters["kind"])
    if filters["lang"]:
        queryset = queryset.filter(language=filters["lang"])
    items, next_cursor = thread_page(queryset, sort=filters["sort"], cursor=filters["after"] or None)
    replies = load_replies(items)
    everything = items + [reply for group in replies.values() for reply in group]
    supported = set() if holes else page_cache.supported_ids(request.user, thread.pk)
    annotate(request, everything, thread, supported, permissions)
    for item in items:
        item.reply_list = replies[item.pk]
    context = {
        **page,
        "items": items,
        "next_cursor": next_cursor,
        "is_first_page": not filters["after"],
        "kind_counts": [
            (k, label, n) for (k, label), n in zip(Contribution.Kind.choices, kind_counts(thread).values(), strict=True)
        ],
        "filters": filters,
        "kinds": Contribution.Kind.choices,
        "languages": LANGUAGE_NAMES.items(),
    }
    if page["form"] is None and page["can_post"]:
        # The empty form is the same for everyone who reads in this language: rendered once.
        context["form_html"] = kept(
            f"contribution-form:{page_cache.RELEASE}:{get_language()}",
            lambda: str(ContributionForm().as_div()),
            page_cache.TIMEOUT,
        )
    if holes:
        context["personal_holes"] = holes
        context["csrf_token"] = holes.csrf_placeholder
    return render_to_string("rounds/includes/thread_content.html", context, request=request)


def _personal_variants(request, permissions: Permissions):
    """The variants of a contribution's controls that some viewer with these permissions could need."""
    signed_in = request.user.is_authenticated

    def variants(contribution):
        other = permissions.of(contribution.status, False, True)
        found = [("other", {**other, "supported": False})]
        if other["can_support"]:
            found.append(("supported", {**other, "supported": True}))
        if signed_in:
            if is_within_edit_window(None, contribution):
                found.append(("mine", {**permissions.of(contribution.status, True, True), "supported": False}))
            found.append(("mine-late", {**permissions.of(contribution.status, True, False), "supported": False}))
        return found

    return variants


def thread_content(request, thread: Thread, page: dict) -> str:
    """The page's content, from the cache shared by viewers with the same permissions when it can be.

    Only the controls under each contribution are the viewer's own: they are kept in every variant and the
    viewer's are put in place (see ``rounds.page_cache``). A form being filled in is never shared.
    """
    filters = _list_filters(request)
    permissions = Permissions(request, thread)
    # Shared only as the site's own links ask for it: no stray parameters (the page's links repeat them) and
    # only cursors the site handed out, so that requests cannot multiply the entries kept.
    canonical = all(request.GET.getlist(name) == [filters.get(name)] for name in request.GET)
    cursor = filters["after"]
    if page["form"] is not None or not canonical or (cursor and decode_cursor(filters["sort"], cursor) is None):
        return _render_content(request, thread, filters, permissions, page)
    round_ = thread.round
    version = page_cache.content_version(thread.pk)
    key = page_cache.content_key(
        thread.pk,
        version,
        get_language(),
        timezone.get_current_timezone_name(),
        sorted(filters.items()),
        page["can_post"],
        str(page["refusal"] or ""),
        permissions.signature(),
        # what the page shows of the thread, its round and consultation: an edit there makes a new entry
        (thread.title, thread.prompt, round_.title, round_.state, round_.opens_at, round_.closes_at),
        (round_.consultation.title, round_.consultation.slug),
    )

    def build():
        holes = page_cache.Holes(_personal_variants(request, permissions))
        return holes.entry(_render_content(request, thread, filters, permissions, page, holes))

    entry = kept(key, build, page_cache.TIMEOUT)
    viewer = request.user.pk if request.user.is_authenticated else None
    supported = page_cache.supported_ids(request.user, thread.pk, version) if entry.supportable else set()
    now = timezone.now()

    def choose(pk: int, variants: dict[str, str]) -> str:
        author, created_at = entry.owners[pk]
        if viewer is not None and author == viewer:
            return "mine" if "mine" in variants and now - created_at <= EDIT_WINDOW else "mine-late"
        return "supported" if pk in supported and "supported" in variants else "other"

    return entry.render(choose, get_token(request) if entry.has_forms else "")


def render_thread(request, thread: Thread, form=None, *, status: int = 200, refusal: str | None = None):
    """The thread page; ``form`` is the post form being filled in, or None for an empty one."""
    can_post = request.user.has_perm("rounds.post_contribution", thread.round)
    page = {
        "thread": thread,
        "round": thread.round,
        "consultation": thread.round.consultation,
        "form": form,
        "refusal": refusal or (None if can_post else posting_refusal(request.user, thread.round)),
        "can_post": can_post,
    }
    context = {"thread": thread, "content": thread_content(request, thread, page)}
    return render(request, "rounds/thread.html", context, status=status)


def thread_detail(request, pk):
    thread = _thread_or_404(request, pk, kept=True)
    allowed = request.user.has_perm("rounds.post_contribution", thread.round)
    form = _kept_draft(request, "post", thread.pk, ContributionForm, allowed)  # None: the empty form
    return render_thread(request, thread, form)


def _keep_draft_and_sign_in(request, what: str, pk: int, form, next_url: str):
    """The session expired (or never was): keep what was typed, send to sign-in, give it back afterwards."""
    fields = {name: _capped(form[name].data) for name in form.fields}
    drafts = sorted((key for key in request.session.keys() if key.startswith("draft-")), key=_kept_at(request))
    for key in drafts[: max(0, len(drafts) - DRAFTS_KEPT + 1)]:  # the oldest give way
        del request.session[key]
    request.session[DRAFT_KEY.format(what, pk)] = {"fields": fields, "kept_at": time.time()}
    messages.info(request, _("Please sign in to post. What you wrote is kept and will be waiting for you."))
    return redirect_to_login(next_url)


def _capped(value):
    # A draft is kept in the session: enough to give back any text the form accepts, and a little more.
    return value[: 2 * Contribution._meta.get_field("body").max_length] if isinstance(value, str) else value


def _kept_at(request):
    def kept_at(key):
        draft = request.session.get(key)
        return draft.get("kept_at", 0) if isinstance(draft, dict) else 0

    return kept_at


def _kept_draft(request, what: str, pk: int, form_class, allowed: bool, **form_kwargs):
    """The form with what was typed before signing in again (``_keep_draft_and_sign_in``), given back once and
    only within an hour (later, whoever signs in on that browser does not get it; see SECURITY.md); None when
    nothing is kept. When the action
    is no longer allowed (the round closed meanwhile, say), the form is bound: the page shows the text without
    offering to send it."""
    if not request.user.is_authenticated:
        return None
    draft = request.session.pop(DRAFT_KEY.format(what, pk), None)
    if not isinstance(draft, dict) or time.time() - draft.get("kept_at", 0) > DRAFT_TIMEOUT:
        return None
    if not allowed:
        messages.info(request, _("Here is the text you wrote before signing in, so you can keep a copy."))
        prefixed = form_class(**form_kwargs).add_prefix
        return form_class(data={prefixed(name): value for name, value in draft["fields"].items()}, **form_kwargs)
    messages.info(request, _("We kept the text you wrote before signing in. Check it and post it when ready."))
    return form_class(initial=draft["fields"], **form_kwargs)


@require_POST
def contribution_create(request, pk):
    thread = _thread_or_404(request, pk)
    form = ContributionForm(request.POST)
    if not request.user.is_authenticated:
        return _keep_draft_and_sign_in(request, "post", thread.pk, form, thread.get_absolute_url())
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
    form = ReplyForm(request.POST or None, parent=parent)
    if not request.user.is_authenticated:
        if request.method == "POST":
            return _keep_draft_and_sign_in(request, "reply", parent.pk, form, request.path)
        return redirect_to_login(request.path)
    allowed = request.user.has_perm("rounds.reply_contribution", parent)
    if request.method != "POST":
        kept_form = _kept_draft(request, "reply", parent.pk, ReplyForm, allowed, parent=parent)
        form = form if kept_form is None else kept_form
        if form.is_bound:  # the text kept through signing in, which can no longer be sent
            form.add_error(None, _reply_refusal(request, thread))
            return _form_page(request, parent, "reply", form=form, status=403, locked=True)
    template = "rounds/includes/reply_form.html"
    context = {"parent": parent, "reply_form": form}
    if request.method != "POST":
        if not allowed:
            raise PermissionDenied
        if request.htmx:
            return render(request, template, context)
        return _form_page(request, parent, "reply", form=form)
    if not allowed:
        form.add_error(None, _reply_refusal(request, thread))
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


def _reply_refusal(request, thread: Thread) -> str:
    return posting_refusal(request.user, thread.round) or _("This contribution can no longer be replied to.")


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
    form = ContributionEditForm(request.POST or None, instance=contribution)
    if not request.user.is_authenticated:
        if request.method == "POST":
            return _keep_draft_and_sign_in(request, "edit", contribution.pk, form, request.path)
        return redirect_to_login(request.path)
    allowed = request.user.has_perm("rounds.change_contribution", contribution)
    if request.method != "POST":
        kept_form = _kept_draft(request, "edit", contribution.pk, ContributionEditForm, allowed, instance=contribution)
        form = form if kept_form is None else kept_form
    if not allowed:
        if form.is_bound and contribution.author_id == request.user.pk:
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
    annotate(request, everything, thread, page_cache.supported_ids(request.user, thread.pk))
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
