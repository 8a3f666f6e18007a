"""A transcript's lines as the recording pipeline's live segments, for the redaction benches.

Live segments carry no speaker label (speakers are attributed apart from the text), so each
line's label is cut off before it is redacted: one word, any case, maybe a number ("Client:",
"client:", "Partner:", "Speaker 2:"). Offsets still point into the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPEAKER_LABEL = re.compile(r"[ \t]*[A-Za-z]+(?:[ \t]\d+)?[ \t]*:[ \t]*")


def live_segments(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` without its speaker label, with the offset where it starts."""
    offset = 0
    for line in text.split("\n"):
        label = _SPEAKER_LABEL.match(line)
        skip = label.end() if label else 0
        yield offset + skip, line[skip:]
        offset += len(line) + 1
