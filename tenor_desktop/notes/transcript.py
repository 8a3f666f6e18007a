"""The transcript as a note provider sees it: labelled lines with stable segment ids."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tenor_desktop.core.models import Segment

_LABELLED = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s*(.*)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\[])")
_CLINICIAN_LABELS = re.compile(
    r"\b(therapist|clinician|counsel+or|provider|psychologist|psychiatrist|dr|doctor|lcsw|"
    r"social worker|interviewer|t)\b\.?",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "vs", "etc", "prof"})
UNKNOWN_SPEAKER = "Unknown"


@dataclass(frozen=True)
class TranscriptLine:
    """One transcript segment: its id (what evidence cites), speaker label and text."""

    segment_id: int
    speaker: str
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of a transcript line, with the segment it came from."""

    segment_id: int
    speaker: str
    text: str
    position: int


def parse_transcript_text(text: str) -> list[TranscriptLine]:
    """Parse ``Speaker: text`` lines; segment id = 0-based line number in the file.

    Blank lines are skipped but still counted, so an id always equals the file's line index.
    A line without a label keeps the text and gets the ``Unknown`` speaker.
    """
    lines: list[TranscriptLine] = []
    for index, raw in enumerate(text.splitlines()):
        if not raw.strip():
            continue
        match = _LABELLED.match(raw)
        if match and match.group(2).strip():
            lines.append(TranscriptLine(index, match.group(1).strip(), match.group(2).strip()))
        else:
            lines.append(TranscriptLine(index, UNKNOWN_SPEAKER, raw.strip()))
    return lines


def lines_from_segments(segments: Iterable[Segment]) -> list[TranscriptLine]:
    """Vault segments as transcript lines (evidence then cites ``Segment.id``)."""
    return [TranscriptLine(segment.id, segment.speaker, segment.text) for segment in segments]


def _split_text(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        words = text[start : match.start()].split()
        # "Dr. Lee", "e.g. this": a title or abbreviation does not end a sentence.
        if words and words[-1].lower().rstrip(".") in _ABBREVIATIONS:
            continue
        pieces.append(text[start : match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def split_sentences(lines: Sequence[TranscriptLine]) -> list[Sentence]:
    """Split each line into sentences, keeping the segment id of each."""
    sentences: list[Sentence] = []
    for line in lines:
        for piece in _split_text(line.text):
            sentences.append(Sentence(line.segment_id, line.speaker, piece, len(sentences)))
    return sentences


def clinician_speakers(lines: Sequence[TranscriptLine]) -> frozenset[str]:
    """Which speaker labels belong to the clinician.

    Labels that name the role win ("Therapist", "Dr. Lee"). Otherwise, with generic labels
    ("Speaker 0"), the speaker who asks the larger share of questions is taken as the clinician.
    """
    speakers = {line.speaker for line in lines}
    named = {speaker for speaker in speakers if _CLINICIAN_LABELS.search(speaker)}
    if named:
        return frozenset(named)
    counts: dict[str, list[int]] = {}
    for line in lines:
        asked, total = counts.setdefault(line.speaker, [0, 0])
        counts[line.speaker] = [asked + line.text.count("?"), total + 1]
    candidates = [s for s in counts if s != UNKNOWN_SPEAKER]
    if len(candidates) < 2:
        return frozenset()
    best = max(candidates, key=lambda s: (counts[s][0] / counts[s][1], -len(s)))
    return frozenset({best})
