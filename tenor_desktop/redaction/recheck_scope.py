"""Where the output re-check can find something new: the text around the changed places.

Redacting changes the text only where a placeholder (or a topic's marker) now stands, and a
live segment's re-check reads the output without the surrounding segments the first pass had,
so its start and end changed too. ``changed_ranges`` gives those places with ``SCOPE_REACH``
characters each side (whole words) and ``excerpt_of`` joins them, one per line, into a shorter
text the detector can read, with the offsets of each piece: a cheap look there decides whether
the whole output needs reading again.
"""

from __future__ import annotations

from dataclasses import dataclass

from tenor_desktop.redaction.rewrite import Move, word_edge

# Characters each side of a changed place that the look's rules and tagger read (whole words
# added); the NER model reads its own, wider windows, which the look covers too. Over every
# tunable set (whole transcripts and live segments, 3754 re-checks) the look at 40 and at 80
# missed none of the 67 re-checks that found anything; 40 reads 59% of the text, 80 reads 77%.
SCOPE_REACH = 40


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Pieces of a text joined by newlines, and where each piece starts in both texts."""

    text: str
    # (start in the excerpt, start in the original, length) of each piece, in order.
    pieces: tuple[tuple[int, int, int], ...]

    def to_excerpt(self, start: int, end: int) -> tuple[int, int] | None:
        """The excerpt range of original range ``start``-``end``; None if no piece holds it."""
        for at, origin, length in self.pieces:
            if origin <= start and end <= origin + length:
                return start - origin + at, end - origin + at
        return None


def changed_ranges(
    output: str, moves: list[Move], extra: list[tuple[int, int]], edges: bool
) -> list[tuple[int, int]]:
    """Merged ranges of ``output`` around each move's output region and each ``extra`` range.

    Args:
        output: the redacted text.
        moves: the replaced regions (their output offsets are used).
        extra: more output ranges to cover whole (the NER model's windows).
        edges: cover the start and end too (the first pass read neighbouring segments there).
    """
    places = [(out_start, out_end) for _in_start, _in_end, out_start, out_end in moves]
    places += extra
    if edges:
        places += [(0, 0), (len(output), len(output))]
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(places):
        low = word_edge(output, max(0, start - SCOPE_REACH), -1)
        high = word_edge(output, min(len(output), end + SCOPE_REACH), 1)
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], max(high, ranges[-1][1]))
        else:
            ranges.append((low, high))
    return ranges


def excerpt_of(text: str, ranges: list[tuple[int, int]]) -> Excerpt:
    """``ranges`` of ``text`` (disjoint, in order) joined by newlines."""
    pieces: list[tuple[int, int, int]] = []
    parts: list[str] = []
    at = 0
    for low, high in ranges:
        pieces.append((at, low, high - low))
        parts.append(text[low:high])
        at += high - low + 1
    return Excerpt("\n".join(parts), tuple(pieces))
