"""The question a live segment ended on, read again once the next segment answers it.

In a whole transcript the exchange rule (``topic_exchange``) reads a sentence with no topic of
its own right before a sentence with one ("how much are you having on a typical night?" before
"a fifth, most nights."), and the question takes the answer's topic when the classifier gives
that topic at least EXCHANGE_BAR. Recording live, the question was redacted and stored before
the answer was heard. Here the previous segment's last sentence (``SegmentTail``) and the next
segment's first sentence are read as that pair: the tail after the sentence before it, as the
whole transcript reads it, and the answer after the tail. The tail takes what it gets there,
from the exchange rule or from the classifier when the answer opened the gate to it (a short
question read because the answer beside it told a topic), but only over the whole sentence and
only topics the answer's own reading led with in its segment.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_segment_tail import SegmentTail

if TYPE_CHECKING:
    from tenor_desktop.redaction.topic_detector import TopicDetector


def topics_back(
    detector: TopicDetector, tail: SegmentTail, first: str, leading: Set[str]
) -> list[TopicSpan]:
    """The topics the previous segment's last sentence takes from the next one's first.

    ``tail`` is the previous segment's last sentence as the detector read it (it must have had
    no topic), ``first`` the next segment's first sentence (identifiers blanked) and
    ``leading`` the topics the detector's own passes found there. Offsets are into
    ``tail.sentence``; each span covers all of it.
    """
    if not leading or tail.told or not tail.sentence or not first:
        return []
    pair = tail.sentence + "\n" + first
    found = detector.detect(pair, before=SegmentTail(tail.context))
    whole = (0, len(tail.sentence))
    return [t for t in found if (t.start, t.end) == whole and t.category in leading]
