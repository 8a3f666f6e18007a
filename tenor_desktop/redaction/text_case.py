"""Lowercasing that keeps every offset: rules match lowercase patterns without re.IGNORECASE.

A case-insensitive alternation of many words is several times slower in Python's ``re`` than
the same pattern on lowercased text; offsets found in the lowered copy are offsets into the
original because no character changes length.
"""

from __future__ import annotations


def lower_same_length(text: str) -> str:
    """``text`` lowercased character by character, so every offset stays where it was."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
