from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, FormView, UpdateView
from rules.contrib.views import PermissionRequiredMixin

from .forms import ConsultationForm, RoleAssignmentForm
from .models import Consultation, RoleAssignment
from .services import RoleError, consultation_create, role_assign, role_revoke


@method_decorator(never_cache, name="dispatch")
class ConsultationCreateView(PermissionRequiredMixin, CreateView):
    permission_required = "consultations.add_consultation"
    form_class = ConsultationForm
    template_name = "consultations/form.html"

    def form_valid(self, form):
        consultation = form.save(commit=False)
        consultation_create(
            consultation=consultation, thematic_areas=form.cleaned_data["thematic_areas"], acting_user=self.request.user
        )
        messages.success(self.request, _("The consultation has been created. Add its first round next."))
        return redirect(consultation)


@method_decorator(never_cache, name="dispatch")
class ConsultationUpdateView(PermissionRequiredMixin, UpdateView):
    permission_required = "consultations.manage_consultation"
    form_class = ConsultationForm
    template_name = "consultations/form.html"
    context_object_name = "consultation"

    def get_object(self, queryset=None):
        return get_object_or_404(Consultation, slug=self.kwargs["slug"])

    def form_valid(self, form):
        messages.success(self.request, _("The consultation has been saved."))
        return super().form_valid(form)


@method_decorator(never_cache, name="dispatch")
class RoleListView(PermissionRequiredMixin, FormView):
    """The secretariat gives and withdraws roles (secretariat, moderator, regional organiser with a scope)."""

    permission_required = "consultations.manage_consultation"
    form_class = RoleAssignmentForm
    template_name = "consultations/roles.html"

    def get_permission_object(self):
        return self.consultation

    def dispatch(self, request, *args, **kwargs):
        self.consultation = get_object_or_404(Consultation, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            consultation=self.consultation,
            assignments=self.consultation.role_assignments.select_related("user", "region").order_by("role", "pk"),
            changes=self.consultation.role_changes.select_related("user", "changed_by")[:50],
            **kwargs,
        )

    def form_valid(self, form):
        try:
            role_assign(
                consultation=self.consultation,
                user=form.user,
                role=form.cleaned_data["role"],
                region=form.cleaned_data["region"],
                country=form.cleaned_data["country"] or "",
                acting_user=self.request.user,
            )
        except RoleError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("The role is assigned."))
        return redirect("consultations:roles", slug=self.consultation.slug)


@require_POST
def role_revoke_view(request, slug, pk):
    consultation = get_object_or_404(Consultation, slug=slug)
    if not request.user.has_perm("consultations.manage_consultation", consultation):
        raise PermissionDenied
    assignment = get_object_or_404(RoleAssignment, pk=pk, consultation=consultation)
    try:
        role_revoke(assignment=assignment, acting_user=request.user)
    except RoleError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The role is withdrawn."))
    return redirect("consultations:roles", slug=consultation.slug)
