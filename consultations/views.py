from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import CreateView, UpdateView
from rules.contrib.views import PermissionRequiredMixin

from .forms import ConsultationForm
from .models import Consultation
from .services import consultation_create


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
