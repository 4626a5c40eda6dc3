from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

# The admin signs in through allauth: the same rate limits and two-factor authentication apply.
admin.site.login = secure_admin_login(admin.site.login)

handler403 = "pmc.views.permission_denied"

urlpatterns = [
    path("health/", views.health, name="health"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("accounts/", include("pmc.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("themes/", include("themes.urls")),
    path("consultations/", include("consultations.urls")),
    path("", include("rounds.urls")),
    path("", include("reports.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
