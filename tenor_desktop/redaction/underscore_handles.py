"""Handles joined by an underscore, whatever is said around them: "my tag is NightHeron_42".

Nobody speaks an underscore; a transcript holds one only where a user name, gamer tag or
login was spelled out or typed in, so a token of letters or digits joined by "_" is a unique
identifier (ID) with or without a cue word. A token that is part of an e-mail address or a web
address (an "@", "/" or "." joined to it) is left to those finders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Hit = tuple[int, int, str, float]

_JOINED = re.compile(
    r"(?<![\w@./:-])(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![\w@/-]|\.\w)"
)


def find_underscore_handles(text: str) -> Iterator[Hit]:
    """Every underscore-joined token of ``text`` outside an address, labelled ID."""
    if "_" not in text:
        return
    for match in _JOINED.finditer(text):
        yield match.start(), match.end(), "ID", 0.8
