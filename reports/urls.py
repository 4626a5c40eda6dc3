from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("consultations/<slug:slug>/briefs/", views.brief_list, name="brief_list"),
    path("briefs/<int:pk>/", views.brief_detail, name="brief"),
    path("briefs/<int:pk>/edit/", views.brief_update, name="brief_update"),
    path("briefs/<int:pk>/retry/", views.brief_retry_view, name="brief_retry"),
    path("briefs/<int:pk>/publish/", views.brief_publish_view, name="brief_publish"),
    path("briefs/<int:pk>/v<int:number>.pdf", views.version_pdf, name="version_pdf"),
    path("briefs/<int:pk>/v<int:number>.html", views.version_html, name="version_html"),
]
