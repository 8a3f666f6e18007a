"""The previous live segment's last sentence, as the topic detector needs it for the next one.

In live recording each final segment is redacted before the next is heard. A whole transcript
reads a sentence after the one before it: the classifier reads it in that context, the exchange
rule (``topic_exchange``) reads it as a neighbour of a sentence with a topic, and a short answer
takes that sentence's topics (``topic_carry``). A recording session keeps what those three need
of the previous segment's last sentence, identifiers blanked, in memory only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_windows import split_sentences

# Topics that lead the exchange rule on to the next segment's first sentence: those the
# detector's own passes found, as in a whole transcript (an exchange or a carried answer does
# not lead it on).
LEADING_SOURCES = frozenset({"lexicon", "embedding", "classifier"})


@dataclass(frozen=True, slots=True)
class SegmentTail:
    """The last sentence of a segment as the topic detector read it, and its topics.

    ``leading``: the topics the detector's own passes found there (``LEADING_SOURCES``), which
    lead the exchange rule on; ``told``: every topic found there, a carried or exchanged one too,
    which a short answer opening the next segment carries on; ``context``: the sentence before
    it, which the classifier read it after (``topic_look_back`` reads it so again).
    """

    sentence: str = ""
    leading: frozenset[str] = frozenset()
    told: frozenset[str] = frozenset()
    context: str = ""


NO_TAIL = SegmentTail()


def segment_tail(view: str, topics: Iterable[TopicSpan], earlier: str = "") -> SegmentTail:
    """The last sentence of ``view`` (the segment as the detector read it) with its topics.

    ``earlier`` is the sentence before ``view`` (the previous segment's tail), the context of
    a one-sentence segment.
    """
    sentences = split_sentences(view)
    if not sentences:
        return NO_TAIL
    start, end = sentences[-1]
    there = [topic for topic in topics if start <= topic.start < end]
    context = view[slice(*sentences[-2])] if len(sentences) > 1 else earlier
    return SegmentTail(
        view[start:end],
        frozenset(t.category for t in there if t.source in LEADING_SOURCES),
        frozenset(t.category for t in there),
        context,
    )
