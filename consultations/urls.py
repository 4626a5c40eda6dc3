from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("<slug:slug>/", views.ConsultationDetailView.as_view(), name="detail"),
]
