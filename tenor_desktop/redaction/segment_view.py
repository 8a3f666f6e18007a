"""A text as the topic detector reads it: placeholders blanked, typographic quotes straight.

Both keep every offset: a placeholder becomes as many spaces, a curly quote one straight quote.
"""

from __future__ import annotations

from tenor_desktop.redaction.placeholders import PLACEHOLDER

# Typographic apostrophes and quotes (word processors, some transcription exports).
PLAIN_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)


def topic_view(text: str) -> str:
    """``text`` as the topic detector reads it: placeholders blanked, curly quotes straight."""
    return PLACEHOLDER.sub(lambda m: " " * len(m.group()), text).translate(PLAIN_QUOTES)
