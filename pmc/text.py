"""Checks on text people type, shared by every app."""

import re

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they reorder what follows them, so
# "Kestrel \u202eLANIGIRO" shows as "Kestrel ORIGINAL". Right-to-left text needs none of them: the page sets each
# text's direction itself. Zero-width spaces and the byte-order mark hide inside names the same way.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_HIDDEN_IN_NAMES = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\ufeff]")


def without_bidi_controls(text: str) -> str:
    """The text without direction controls: a contribution reads as it was typed, in its paragraph's direction."""
    return _BIDI_CONTROLS.sub("", text)


def has_hidden_characters(name: str) -> bool:
    """Whether a public name holds characters that change how it looks without being seen."""
    return bool(_HIDDEN_IN_NAMES.search(name))
