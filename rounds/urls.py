from django.urls import path

from .views import exports, meetings, moderation, rounds, synthesis, threads

app_name = "rounds"

urlpatterns = [
    path("consultations/<slug:slug>/", rounds.consultation_detail, name="consultation"),
    path("consultations/<slug:slug>/rounds/new/", rounds.round_create_view, name="round_create"),
    path("consultations/<slug:slug>/moderation/", moderation.moderation_queue, name="moderation_queue"),
    path("consultations/<slug:slug>/moderation/log/", moderation.moderation_log, name="moderation_log"),
    path(
        "consultations/<slug:slug>/suspensions/<int:pk>/lift/", moderation.suspension_lift_view, name="suspension_lift"
    ),
    path("consultations/<slug:slug>/participation/", synthesis.participation, name="participation"),
    path("organise/", synthesis.organiser_dashboard, name="dashboard"),
    path("meetings/", meetings.upcoming_meetings, name="meetings"),
    path("meetings/<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/register/", meetings.meeting_register_view, name="meeting_register"),
    path("meetings/<int:pk>/cancel/", meetings.meeting_cancel_view, name="meeting_cancel"),
    path("meetings/<int:pk>/speak/", meetings.speak_request_view, name="meeting_speak"),
    path("meetings/<int:pk>/record/", meetings.meeting_record_view, name="meeting_record"),
    path("meetings/<int:pk>/meeting.ics", meetings.meeting_ics, name="meeting_ics"),
    path("speakers/<int:pk>/", meetings.speak_request_update, name="speak_update"),
    path("consultations/<slug:slug>/meetings.ics", meetings.consultation_calendar, name="calendar"),
    path("rounds/<int:pk>/meetings/new/", meetings.meeting_create, name="meeting_create"),
    path("rounds/<int:pk>/", rounds.round_detail, name="round"),
    path("rounds/<int:pk>/outcomes/", synthesis.outcomes_manage, name="outcomes_manage"),
    path("rounds/<int:pk>/outcomes/new/", synthesis.outcome_edit, name="outcome_create"),
    path("rounds/<int:pk>/outcomes/<int:outcome_pk>/edit/", synthesis.outcome_edit, name="outcome_edit"),
    path("rounds/<int:pk>/outcomes/publish/", synthesis.outcomes_publish, name="outcomes_publish"),
    path("rounds/<int:pk>/children/new/", synthesis.child_round_create_view, name="child_round_create"),
    path("rounds/<int:pk>/reflect/<int:outcome_pk>/", synthesis.reflection_submit, name="reflect"),
    path("rounds/<int:pk>/feedback/edit/", synthesis.feedback_edit, name="feedback_edit"),
    path("rounds/<int:pk>/feedback/", synthesis.feedback_overview, name="feedback"),
    path("rounds/<int:pk>/export/<str:what>.<str:fmt>", exports.round_export, name="export"),
    path("outcomes/<int:pk>/", synthesis.outcome_detail, name="outcome"),
    path("outcomes/<int:pk>/delete/", synthesis.outcome_delete_view, name="outcome_delete"),
    path("invitations/<str:token>/", synthesis.invitation_accept_view, name="invitation_accept"),
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
