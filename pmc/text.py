"""Checks on text people type, shared by every app."""

import re
import unicodedata

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they reorder what follows them, so
# "Kestrel \u202eLANIGIRO" shows as "Kestrel ORIGINAL". Right-to-left text needs none of them: the page sets each
# text's direction itself.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    """The text without direction controls: a contribution reads as it was typed, in its paragraph's direction."""
    return _BIDI_CONTROLS.sub("", text)


def has_hidden_characters(name: str) -> bool:
    """Whether a public name holds characters that change how it looks without being seen: any format character
    (direction marks and controls, zero-width spaces, soft hyphens, ...) but the two joiners that Arabic, Persian
    and emoji need to be written at all."""
    return any(unicodedata.category(c) == "Cf" and c not in "\u200c\u200d" for c in name)


def normalised_name(name: str) -> str:
    """A public name with its spaces collapsed and compatibility forms folded (full-width letters, ligatures), so
    two names that look the same are the same."""
    return " ".join(unicodedata.normalize("NFKC", name).split())
