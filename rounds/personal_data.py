"""What the rounds app holds about a participant: for their data export, and what erasure removes."""


def export(user) -> dict:
    from .models import Contribution, Flag, MeetingRegistration, Reflection, SpeakRequest, Support

    return {
        "contributions": list(
            Contribution.objects.filter(author=user).values(
                "id",
                "thread_id",
                "parent_id",
                "kind",
                "language",
                "anonymous",
                "status",
                "created_at",
                "edited_at",
                "body",
            )
        ),
        "reflections": list(
            Reflection.objects.filter(user=user).values(
                "id", "round_id", "outcome_id", "stance", "comment", "amendment", "language", "updated_at"
            )
        ),
        "supports": list(Support.objects.filter(user=user).values("contribution_id", "created_at")),
        "flags": list(Flag.objects.filter(user=user).values("contribution_id", "reason", "note", "created_at")),
        "meeting_registrations": list(
            MeetingRegistration.objects.filter(user=user).values("meeting_id", "status", "created_at")
        ),
        "requests_to_speak": list(SpeakRequest.objects.filter(user=user).values("meeting_id", "topic", "created_at")),
    }


def erase(user) -> None:
    """Contributions and reflections stay (attributed to "Former participant"); the rest goes."""
    from consultations.models import RoleAssignment

    from .models import Flag, MeetingRegistration, SpeakRequest

    MeetingRegistration.objects.filter(user=user).delete()
    SpeakRequest.objects.filter(user=user).delete()
    Flag.objects.filter(user=user).update(note="")
    RoleAssignment.objects.filter(user=user).delete()
