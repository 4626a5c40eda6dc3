from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.ProfileUpdateView.as_view(), name="profile"),
    path("my-data/", views.personal_data_view, name="data"),
    path("my-data/<int:pk>/download/", views.personal_data_download, name="data_download"),
    path("erase/", views.account_erase_view, name="erase"),
]
