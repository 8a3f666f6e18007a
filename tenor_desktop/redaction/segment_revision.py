"""A redacted segment revised after the fact: its last sentence replaced by a topic placeholder.

Used when the next live segment shows that the sentence a segment ended on was about a topic
(``topic_look_back``). The revision works on the stored form (the redacted text and its
label-only replacements), not on the original: the last sentence of the redacted text is found
again and checked word for word against the sentence the detector read (identifiers blanked
in both), so a placeholder never lands on the wrong words. Anything that does not match is left
as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tenor_desktop.redaction.rewrite import RISK_CATEGORIES, topic_placeholder
from tenor_desktop.redaction.risk_screening import TurnSignal
from tenor_desktop.redaction.segment_view import topic_view
from tenor_desktop.redaction.spans import RedactionResult, Replacement, TopicSpan
from tenor_desktop.redaction.topic_windows import split_sentences


@dataclass(frozen=True, slots=True)
class Revision:
    """The previous segment redacted again, and its self-harm signals as they now read."""

    result: RedactionResult
    signals: tuple[TurnSignal, ...]


def with_last_sentence_topics(
    result: RedactionResult,
    view: str,
    topics: Sequence[TopicSpan],
    display: Mapping[str, str],
) -> RedactionResult | None:
    """``result`` with its last sentence replaced by the placeholder of ``topics``.

    ``view`` is the segment as the topic detector read it (input offsets, identifiers blanked)
    and ``topics`` cover its last sentence (input offsets). None when the redacted text's last
    sentence does not read as the view's (then nothing is revised).
    """
    read = split_sentences(view)
    stored = topic_view(result.text)
    written = split_sentences(stored)
    if not topics or not read or not written:
        return None
    start, end = read[-1]
    low, high = written[-1]
    if any((t.start, t.end) != (start, end) for t in topics):
        return None
    if view[start:end].split() != stored[low:high].split():
        return None
    placeholder, label = topic_placeholder([t.category for t in topics], display)
    shift = len(placeholder) - (high - low)
    kept = [r for r in result.replacements if r.end <= low]
    after = [replace(r, start=r.start + shift, end=r.end + shift) for r in result.replacements]
    moved = [r for r, old in zip(after, result.replacements, strict=True) if old.start >= high]
    every = (*result.topics, *topics)
    return RedactionResult(
        text=result.text[:low] + placeholder + result.text[high:],
        spans=result.spans,
        topics=tuple(sorted(every, key=lambda t: (t.start, t.category))),
        risk_flags=frozenset(t.category for t in every if t.category in RISK_CATEGORIES),
        replacements=(*kept, Replacement(low, low + len(placeholder), label), *moved),
    )
