"""A transcript's lines as the recording pipeline's live segments, for the redaction benches.

Live segments carry no speaker label (speakers are attributed apart from the text), so each
line's label is cut off before it is redacted: one word, any case, maybe a number ("Client:",
"client:", "Partner:", "Speaker 2:"). Offsets still point into the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the benches import the app after choosing its tree (``--tree``)
    from tenor_desktop.redaction import Redactor

_SPEAKER_LABEL = re.compile(r"[ \t]*[A-Za-z]+(?:[ \t]\d+)?[ \t]*:[ \t]*")


def live_segments(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` without its speaker label, with the offset where it starts."""
    offset = 0
    for line in text.split("\n"):
        label = _SPEAKER_LABEL.match(line)
        skip = label.end() if label else 0
        yield offset + skip, line[skip:]
        offset += len(line) + 1


Marks = list[tuple[int, int, str]]


def redacted_live(redactor: Redactor, text: str) -> tuple[Marks, Marks]:
    """PHI and topic spans of ``text`` redacted one live segment at a time, as the recording
    pipeline does (one session, labels cut), with offsets into the whole text. A segment the
    next one revised (``RedactionSession.take_revision``) counts as revised, as it is stored."""
    session = redactor.new_session()
    spans: Marks = []
    topics: list[Marks] = []
    before = 0
    try:
        for start, segment in live_segments(text):
            result = session.redact_segment(segment)
            revision = getattr(session, "take_revision", lambda: None)()
            if revision is not None and topics:
                topics[-1] = [
                    (before + t.start, before + t.end, t.category) for t in revision.result.topics
                ]
            spans += [(start + s.start, start + s.end, s.label) for s in result.spans]
            topics.append([(start + t.start, start + t.end, t.category) for t in result.topics])
            before = start
    finally:
        session.close()
    return spans, [topic for segment in topics for topic in segment]
