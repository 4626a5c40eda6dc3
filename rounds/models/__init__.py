from .discussion import Contribution, Flag, ModerationAction, Round, Support, Thread
from .synthesis import Invitation, Outcome, OutcomeSource, OutcomeVersion, Reflection, RegionalFeedback

__all__ = [
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
