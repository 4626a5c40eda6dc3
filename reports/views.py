from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from consultations.models import Consultation

from .forms import BriefForm
from .models import Brief, BriefVersion
from .services import BriefError, brief_publish, brief_request, brief_retry

REQUEST_MESSAGES = {
    "queued": gettext_lazy("The brief is queued: it compiles in the background. This page shows its progress."),
    "reused": gettext_lazy("Nothing has changed since the last version, so it is reused instead of compiling again."),
    "ready": gettext_lazy("The brief is compiled: download it below."),
    "offline": gettext_lazy(
        "The request is stored. The task queue is unreachable right now; compiling starts "
        "automatically when it is back."
    ),
}


def _require(request, permission, obj):
    if request.user.has_perm(permission, obj):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


@never_cache
def brief_list(request, slug):
    """The secretariat's briefs of a consultation, and the form to request a new one."""
    consultation = get_object_or_404(Consultation, slug=slug)
    if refused := _require(request, "reports.request_brief", consultation):
        return refused
    form = BriefForm(request.POST or None, consultation=consultation)
    if request.method == "POST" and form.is_valid():
        brief = form.save(commit=False)
        brief.consultation = consultation
        brief.title = form.cleaned_data["title_en"]
        brief.executive_summary = form.cleaned_data.get("executive_summary_en") or ""
        brief.requested_by = request.user
        brief.save()
        form.save_m2m()
        outcome = brief_request(brief=brief, acting_user=request.user)
        brief.refresh_from_db(fields=["state"])
        if outcome == "queued" and brief.state == Brief.State.READY:
            outcome = "ready"  # tasks ran in-process (development): already done
        messages.success(request, REQUEST_MESSAGES[outcome])
        return redirect(brief)
    briefs = consultation.briefs.select_related("region").prefetch_related("versions")
    return render(
        request,
        "reports/brief_list.html",
        {"consultation": consultation, "briefs": briefs, "form": form},
        status=422 if request.method == "POST" else 200,
    )


def _brief(pk):
    return get_object_or_404(Brief.objects.select_related("consultation", "region"), pk=pk)


@never_cache
def brief_detail(request, pk):
    brief = _brief(pk)
    if not request.user.has_perm("reports.view_brief", brief):
        raise Http404
    can_manage = request.user.has_perm("reports.publish_brief", brief)
    versions = brief.versions.select_related("requested_by") if can_manage else []
    form = BriefForm(instance=brief, consultation=brief.consultation) if can_manage else None
    template = "reports/includes/brief_status.html" if request.htmx else "reports/brief.html"
    shown = brief.latest_version if can_manage else brief.published_version
    return render(
        request,
        template,
        {"brief": brief, "versions": versions, "can_manage": can_manage, "form": form, "shown_version": shown},
    )


@require_POST
def brief_update(request, pk):
    """Edit the front matter or scope and compile again (a new version, unless nothing changed)."""
    brief = _brief(pk)
    if refused := _require(request, "reports.request_brief", brief):
        return refused
    form = BriefForm(request.POST, instance=brief, consultation=brief.consultation)
    if not form.is_valid():
        return render(
            request,
            "reports/brief.html",
            {
                "brief": brief,
                "versions": brief.versions.all(),
                "can_manage": True,
                "form": form,
                "shown_version": brief.latest_version,
            },
            status=422,
        )
    brief = form.save(commit=False)
    brief.title = form.cleaned_data["title_en"]
    brief.executive_summary = form.cleaned_data.get("executive_summary_en") or ""
    # Only what the form edits: the compile's state may have moved since this request loaded the brief.
    brief.save(
        update_fields=[name for name in form.Meta.fields if name not in ("rounds", "thematic_areas")]
        + ["title", "executive_summary"]
    )
    form.save_m2m()
    messages.success(request, REQUEST_MESSAGES[brief_request(brief=brief, acting_user=request.user)])
    return redirect(brief)


@require_POST
def brief_retry_view(request, pk):
    brief = _brief(pk)
    if refused := _require(request, "reports.request_brief", brief):
        return refused
    messages.success(request, REQUEST_MESSAGES[brief_retry(brief=brief, acting_user=request.user)])
    return redirect(brief)


@require_POST
def brief_publish_view(request, pk):
    brief = _brief(pk)
    if refused := _require(request, "reports.publish_brief", brief):
        return refused
    publish = request.POST.get("publish") != "0"
    try:
        brief_publish(brief=brief, acting_user=request.user, published=publish)
    except BriefError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The brief is published on the consultation's page.") if publish else _("The brief is no longer public."),
        )
    return redirect(brief)


def _version(request, pk, number) -> BriefVersion:
    brief = _brief(pk)
    if not request.user.has_perm("reports.view_brief", brief):
        raise Http404
    version = get_object_or_404(BriefVersion, brief=brief, number=number)
    if not request.user.has_perm("reports.request_brief", brief) and version.pk != brief.published_version_id:
        raise Http404  # the public sees the published version only
    return version


def version_pdf(request, pk, number):
    version = _version(request, pk, number)
    response = FileResponse(
        version.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"brief-{version.brief_id}-v{version.number}.pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def version_html(request, pk, number):
    version = _version(request, pk, number)
    return FileResponse(version.html.open("rb"), content_type="text/html; charset=utf-8")
