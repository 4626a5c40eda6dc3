from django.urls import path

from . import views

app_name = "themes"

urlpatterns = [
    path("", views.ThematicAreaListView.as_view(), name="list"),
    path("<slug:slug>/", views.ThematicAreaDetailView.as_view(), name="detail"),
]
