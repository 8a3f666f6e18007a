"""Building the redacted text and mapping offsets between the input and the output.

``apply_redactions`` replaces topic sentences and identifiers with their placeholders and
records each replaced region as a ``Move``; the other helpers map positions across them for
the redactor's output re-check.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tenor_desktop.redaction.placeholders import PlaceholderRegistry
from tenor_desktop.redaction.span_index import DisjointRanges, RangeIndex
from tenor_desktop.redaction.spans import PhiSpan, RedactionResult, Replacement, TopicSpan

RISK_CATEGORIES = frozenset({"SELF_HARM"})
# Characters each side of a changed span that the NER model re-reads in the output re-check.
RECHECK_REACH = 80
# (input start, input end, output start, output end) of each replaced region.
Move = tuple[int, int, int, int]


def blank_spans(text: str, spans: Sequence[PhiSpan]) -> str:
    """``text`` with each span's characters replaced by spaces (offsets unchanged)."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def to_input(span: PhiSpan, moves: list[Move]) -> PhiSpan | None:
    """Map a span found in the redacted text back to the input; None if it touches a placeholder."""
    delta = 0
    for _in_start, in_end, out_start, out_end in moves:
        if span.start < out_end and out_start < span.end:
            return None
        if out_end <= span.start:
            delta = in_end - out_end
    return PhiSpan(span.start + delta, span.end + delta, span.label, span.confidence, "second pass")


def _output_position(position: int, moves: list[Move]) -> int:
    """Where input offset ``position`` lands in the redacted text."""
    delta = 0
    for in_start, in_end, out_start, out_end in moves:
        if in_end <= position:
            delta = out_end - in_end
        elif in_start <= position:
            return out_start
        else:
            break
    return position + delta


def recheck_windows(
    output: str, ranges: list[tuple[int, int]], moves: list[Move]
) -> list[tuple[int, int]]:
    """Merged ranges of ``output`` around the input ``ranges``, wide enough for NER context."""
    windows: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        low = max(0, _output_position(start, moves) - RECHECK_REACH)
        high = min(len(output), _output_position(end, moves) + RECHECK_REACH)
        low, high = word_edge(output, low, -1), word_edge(output, high, 1)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def word_edge(text: str, position: int, step: int) -> int:
    """``position`` moved outwards (step -1: left, 1: right) so it cuts no word in two."""
    if step < 0:
        while position > 0 and not text[position - 1].isspace():
            position -= 1
    else:
        while position < len(text) and not text[position].isspace():
            position += 1
    return position


def topic_placeholder(categories: Iterable[str], display: Mapping[str, str]) -> tuple[str, str]:
    """The placeholder of a sentence redacted for ``categories`` and its stored label."""
    named = sorted(set(categories))
    names = ", ".join(display.get(c, c.lower()) for c in named)
    return f"[Redacted: {names}]", "TOPIC:" + "+".join(named)


def apply_redactions(
    text: str,
    spans: list[PhiSpan],
    topics: list[TopicSpan],
    registry: PlaceholderRegistry,
    display: dict[str, str],
    surfaces: dict[tuple[int, int], str],
) -> tuple[RedactionResult, list[Move]]:
    """Build the redacted text: topic sentences first, then identifiers outside them."""
    regions: list[tuple[int, int, str, str]] = []
    by_range: dict[tuple[int, int], list[str]] = {}
    for topic in topics:
        by_range.setdefault((topic.start, topic.end), []).append(topic.category)
    for (start, end), categories in sorted(by_range.items()):
        if regions and start < regions[-1][1]:
            continue
        regions.append((start, end, *topic_placeholder(categories, display)))
    in_topic = RangeIndex((start, end) for start, end, _, _ in regions).overlaps
    # Spans taken so far: in order of start, an empty one can block no later span.
    taken = DisjointRanges()
    for span in sorted(spans, key=lambda s: s.start):
        if in_topic(span.start, span.end) or taken.overlaps(span.start, span.end):
            continue
        if span.end > span.start:
            taken.add(span.start, span.end)
        surface = surfaces.get((span.start, span.end), text[span.start : span.end])
        placeholder = registry.placeholder(span.label, surface)
        regions.append((span.start, span.end, placeholder, span.label))
    regions.sort(key=lambda region: region[0])
    pieces: list[str] = []
    replacements: list[Replacement] = []
    moves: list[Move] = []
    cursor = 0
    length = 0
    for start, end, replacement, label in regions:
        pieces.append(text[cursor:start])
        length += start - cursor
        pieces.append(replacement)
        replacements.append(Replacement(length, length + len(replacement), label))
        moves.append((start, end, length, length + len(replacement)))
        length += len(replacement)
        cursor = end
    pieces.append(text[cursor:])
    flags = frozenset(t.category for t in topics if t.category in RISK_CATEGORIES)
    result = RedactionResult(
        text="".join(pieces),
        spans=tuple(sorted(spans, key=lambda s: s.start)),
        topics=tuple(topics),
        risk_flags=flags,
        replacements=tuple(replacements),
    )
    return result, moves
