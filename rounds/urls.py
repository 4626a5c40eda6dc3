from django.urls import path

from .views import moderation, rounds, threads

app_name = "rounds"

urlpatterns = [
    path("consultations/<slug:slug>/", rounds.consultation_detail, name="consultation"),
    path("consultations/<slug:slug>/rounds/new/", rounds.round_create_view, name="round_create"),
    path("consultations/<slug:slug>/moderation/", moderation.moderation_queue, name="moderation_queue"),
    path("consultations/<slug:slug>/moderation/log/", moderation.moderation_log, name="moderation_log"),
    path(
        "consultations/<slug:slug>/suspensions/<int:pk>/lift/", moderation.suspension_lift_view, name="suspension_lift"
    ),
    path("rounds/<int:pk>/", rounds.round_detail, name="round"),
    path("rounds/<int:pk>/edit/", rounds.round_edit_view, name="round_edit"),
    path("rounds/<int:pk>/state/", rounds.round_state_view, name="round_state"),
    path("rounds/<int:pk>/threads/new/", rounds.thread_create_view, name="thread_create"),
    path("threads/<int:pk>/", threads.thread_detail, name="thread"),
    path("threads/<int:pk>/post/", threads.contribution_create, name="contribution_create"),
    path("contributions/<int:pk>/", threads.contribution_detail, name="contribution"),
    path("contributions/<int:pk>/reply/", threads.contribution_reply, name="contribution_reply"),
    path("contributions/<int:pk>/support/", threads.contribution_support, name="contribution_support"),
    path("contributions/<int:pk>/flag/", threads.contribution_flag, name="contribution_flag"),
    path("contributions/<int:pk>/edit/", threads.contribution_edit_view, name="contribution_edit"),
    path("contributions/<int:pk>/delete/", threads.contribution_delete, name="contribution_delete"),
    path("contributions/<int:pk>/moderate/", moderation.contribution_moderate, name="contribution_moderate"),
    path("contributions/<int:pk>/suspend-author/", moderation.author_suspend, name="author_suspend"),
]
