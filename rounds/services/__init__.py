class RoundError(Exception):
    """A refused action in a round; the message is translated and meant for the person who tried."""


class PostingTooFast(RoundError):
    """The participant hit the per-minute posting limit."""


class RoundNotOpen(RoundError):
    """The round is not open (closed meanwhile, or not opened yet)."""
