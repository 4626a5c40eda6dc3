from .discussion import Contribution, Flag, ModerationAction, Round, Support, Thread
from .meetings import Meeting, MeetingRegistration, MeetingStance, SpeakRequest
from .synthesis import Invitation, Outcome, OutcomeSource, OutcomeVersion, Reflection, RegionalFeedback

__all__ = [
    "Meeting",
    "MeetingRegistration",
    "MeetingStance",
    "SpeakRequest",
    "Contribution",
    "Flag",
    "Invitation",
    "ModerationAction",
    "Outcome",
    "OutcomeSource",
    "OutcomeVersion",
    "Reflection",
    "RegionalFeedback",
    "Round",
    "Support",
    "Thread",
]
