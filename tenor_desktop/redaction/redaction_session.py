"""One recording's redaction: segments in order, and the one before revised when the next shows it.

Per session it keeps, in memory only and until ``close()``: the placeholders ("[NAME 1]" is
the same person all session), the names seen so far, the last characters of the previous
segment (context for an identifier cut at the edge) and, when topics are read, the previous
segment's last sentence with its topics (``SegmentTail``) and its redacted form with the
sentences as the detector read them (identifiers blanked).

A live segment is stored before the next is heard, so a question it ends on ("how much are you
having on a typical night?") cannot yet know the answer makes it a topic. When the next
segment's first sentence leads with a topic, the question is read again as the whole
transcript reads it (``topic_look_back``); if it takes the topic, :meth:`take_revision` hands
the previous segment's new redacted form to whoever stored it (the recording service), once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tenor_desktop.redaction.placeholders import PlaceholderRegistry
from tenor_desktop.redaction.rewrite import blank_spans
from tenor_desktop.redaction.risk_screening import line_signals
from tenor_desktop.redaction.segment_revision import Revision, with_last_sentence_topics
from tenor_desktop.redaction.segment_view import topic_view
from tenor_desktop.redaction.spans import RedactionResult
from tenor_desktop.redaction.topic_look_back import topics_back
from tenor_desktop.redaction.topic_segment_tail import (
    LEADING_SOURCES,
    NO_TAIL,
    SegmentTail,
    segment_tail,
)
from tenor_desktop.redaction.topic_windows import split_sentences

if TYPE_CHECKING:
    from tenor_desktop.redaction.redactor import Redactor

_CONTEXT_CHARS = 160


@dataclass(frozen=True, slots=True)
class _Redacted:
    """A segment's redacted form and the segment as the topic detector read it."""

    result: RedactionResult
    view: str


class RedactionSession:
    """Per-recording state: placeholders, names seen so far and the previous segment."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._registry = PlaceholderRegistry()
        self._known: dict[str, str] = {}
        self._tail = ""
        # The previous segment's last sentence, identifiers blanked, and its topics.
        self._topic_tail = NO_TAIL
        self._previous: _Redacted | None = None
        self._revision: Revision | None = None
        self._pending: str | None = None
        self.risk_flags: set[str] = set()

    def redact_segment(self, text: str) -> RedactionResult:
        """Redact the next final segment, using the previous segment's tail as context."""
        return self._finish(text, following="")

    def take_revision(self) -> Revision | None:
        """The segment before the last one redacted, revised by the last one; once, or None."""
        revision, self._revision = self._revision, None
        return revision

    def push(self, text: str) -> RedactionResult | None:
        """Queue a segment; return the previous one redacted with context on both sides.

        One segment of delay buys the right-hand context, so an identifier split across two
        segments ("jdoe at gmail" | "dot com") is removed from both. Call :meth:`flush` at stop.
        """
        pending, self._pending = self._pending, text
        if pending is None:
            return None
        return self._finish(pending, following=_head_of(text))

    def flush(self) -> RedactionResult | None:
        """Redact and return the last queued segment, if any."""
        pending, self._pending = self._pending, None
        return None if pending is None else self._finish(pending, following="")

    def _finish(self, text: str, following: str) -> RedactionResult:
        context = _with_boundary(self._tail)
        before = self._topic_tail
        result = self._redactor.redact_in(
            text, self._registry, self._known, context, following, before
        )
        self._tail = _tail_of(text)
        self._revision = None
        # Kept only when topics are read: nothing else needs the sentences.
        if self._redactor.settings.topics:
            view = blank_spans(topic_view(text), list(result.spans))
            self._revision = self._look_back(before, view, result)
            self._topic_tail = segment_tail(view, result.topics, earlier=before.sentence)
            self._previous = _Redacted(result, view)
        else:
            self._topic_tail = NO_TAIL
            self._previous = None
        self.risk_flags |= result.risk_flags
        return result

    def _look_back(
        self, before: SegmentTail, view: str, result: RedactionResult
    ) -> Revision | None:
        """The previous segment revised, when its last sentence takes this one's first topic."""
        previous = self._previous
        if previous is None or before.told or not before.sentence:
            return None  # nothing stored to revise, or the sentence already had its topic
        sentences = split_sentences(view)
        if not sentences:
            return None
        start, end = sentences[0]
        leading = {
            t.category
            for t in result.topics
            if start <= t.start < end and t.source in LEADING_SOURCES
        }
        found = topics_back(self._redactor.topic_detector, before, view[start:end], leading)
        if not found:
            return None
        last = split_sentences(previous.view)[-1][0]
        topics = [t.shifted(last) for t in found]
        revised = with_last_sentence_topics(
            previous.result, previous.view, topics, self._redactor.topic_display
        )
        if revised is None:
            return None
        self.risk_flags |= revised.risk_flags
        return Revision(revised, line_signals(previous.view, revised.topics))

    def redact(self, text: str) -> RedactionResult:
        """Redact a whole text within this session (no cross-segment context)."""
        result = self._redactor.redact_in(text, self._registry, self._known, "")
        self.risk_flags |= result.risk_flags
        return result

    def close(self) -> None:
        """Forget everything held in memory for this session."""
        self._registry.clear()
        self._known.clear()
        self._tail = ""
        self._topic_tail = NO_TAIL
        self._previous = None
        self._revision = None
        self._pending = None
        self._pending = None


def _with_boundary(tail: str) -> str:
    """The previous segment's tail, joined to the next as a new line once a sentence ended.

    A finished sentence makes the next segment a new turn or sentence, which line-start rules
    read ("yeah, fenella."); an unfinished one ("call me at six one seven,") runs on, so an
    identifier split across the two still reads as one.
    """
    if not tail:
        return ""
    return tail + ("\n" if tail.rstrip().endswith((".", "?", "!")) else " ")


def _head_of(text: str) -> str:
    head = text[:_CONTEXT_CHARS]
    if len(text) > _CONTEXT_CHARS and " " in head:
        head = head[: head.rindex(" ")]
    return head


def _tail_of(text: str) -> str:
    tail = text[-_CONTEXT_CHARS:]
    if len(text) > _CONTEXT_CHARS and " " in tail:
        tail = tail[tail.index(" ") + 1 :]
    return tail
