from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("new/", views.ConsultationCreateView.as_view(), name="create"),
    path("<slug:slug>/edit/", views.ConsultationUpdateView.as_view(), name="edit"),
]
