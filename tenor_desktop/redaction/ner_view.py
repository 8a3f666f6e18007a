"""The text the NER model sees: identifiers already found blanked, blank runs made canonical.

Why: redacting an identifier changes the context of its neighbours, so the NER model can tag
"Tucson" in "Tucson [DATE 1]" that it missed in "Tucson March 5th". Showing the model the text
as a later call on the redacted output would see it (rule-found identifiers gone) means one
NER pass gives the same entities that re-checking the output would, so the re-check only has
to look near the spans found by NER itself. Blanked regions become a fixed run of spaces, so
"Maria" and "[NAME 1]" (masked to spaces by the redactor) look identical to the model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

_BLANK = "   "
_SPACE_RUN = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class NerView:
    """A string for the NER model plus the map back to offsets of the original text."""

    text: str
    # Sorted (view start, original start, original end of a collapsed run or -1 for copied text).
    _pieces: tuple[tuple[int, int, int], ...]
    _starts: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of view range [start, end)."""
        return self._point(start, is_end=False), self._point(end, is_end=True)

    def _point(self, position: int, *, is_end: bool) -> int:
        index = bisect_right(self._starts, position) - 1
        if is_end and index > 0 and self._starts[index] == position:
            index -= 1  # an end offset belongs to the piece before it
        view_start, original_start, run_end = self._pieces[index]
        if run_end >= 0:
            return run_end if is_end else original_start
        return original_start + (position - view_start)


def build_view(text: str, blanks: Sequence[tuple[int, int]]) -> NerView:
    """``text`` with ``blanks`` (sorted, non-overlapping) and every run of 2+ spaces canonical."""
    marked = list(text)
    for start, end in blanks:
        for index in range(start, end):
            marked[index] = " "
    blanked = "".join(marked) if blanks else text
    pieces: list[tuple[int, int, int]] = []
    out: list[str] = []
    length = 0
    cursor = 0
    for match in _SPACE_RUN.finditer(blanked):
        if match.start() > cursor:
            pieces.append((length, cursor, -1))
            out.append(blanked[cursor : match.start()])
            length += match.start() - cursor
        pieces.append((length, match.start(), match.end()))
        out.append(_BLANK)
        length += len(_BLANK)
        cursor = match.end()
    if cursor < len(blanked) or not pieces:
        pieces.append((length, cursor, -1))
        out.append(blanked[cursor:])
    return NerView("".join(out), tuple(pieces), tuple(piece[0] for piece in pieces))
