from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import UpdateView

from .forms import EraseForm, ProfileForm
from .models import PersonalDataExport
from .services import account_erase, personal_data_export_request, public_names_changed


@method_decorator(never_cache, name="dispatch")
class ProfileUpdateView(LoginRequiredMixin, UpdateView):
    form_class = ProfileForm
    template_name = "accounts/profile.html"
    success_url = reverse_lazy("accounts:profile")

    def get_object(self, queryset=None):
        return self.request.user

    def form_valid(self, form):
        response = super().form_valid(form)
        if "display_name" in form.changed_data:
            public_names_changed()
        messages.success(self.request, _("Your profile has been saved."))
        return response


@never_cache
@login_required
def personal_data_view(request):
    """Download everything held about me; erase my account."""
    if request.method == "POST" and request.POST.get("action") == "export":
        personal_data_export_request(user=request.user)
        messages.success(request, _("Your download is being prepared. It appears below in a moment."))
        return redirect("accounts:data")
    exports = PersonalDataExport.objects.filter(user=request.user, expires_at__gt=timezone.now())
    return render(request, "accounts/data.html", {"exports": exports, "form": EraseForm(user=request.user)})


@never_cache
@login_required
def personal_data_download(request, pk):
    export = get_object_or_404(
        PersonalDataExport,
        pk=pk,
        user=request.user,
        state=PersonalDataExport.State.READY,
        expires_at__gt=timezone.now(),
    )
    return FileResponse(
        export.file.open("rb"), as_attachment=True, filename="personal-data.json", content_type="application/json"
    )


@never_cache
@login_required
@require_POST
def account_erase_view(request):
    form = EraseForm(request.POST, user=request.user)
    if not form.is_valid():
        exports = PersonalDataExport.objects.filter(user=request.user, expires_at__gt=timezone.now())
        return render(request, "accounts/data.html", {"exports": exports, "form": form}, status=422)
    user = request.user
    logout(request)
    account_erase(user=user)
    messages.success(request, _("Your account is erased. What you wrote stays, signed “Former participant”."))
    return redirect("home")
