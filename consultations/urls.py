from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("new/", views.ConsultationCreateView.as_view(), name="create"),
    path("<slug:slug>/edit/", views.ConsultationUpdateView.as_view(), name="edit"),
    path("<slug:slug>/roles/", views.RoleListView.as_view(), name="roles"),
    path("<slug:slug>/roles/<int:pk>/withdraw/", views.role_revoke_view, name="role_revoke"),
]
