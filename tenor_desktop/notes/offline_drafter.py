"""The offline provider: an extractive drafter that never writes what the transcript lacks.

No language model ships that could write a note on the clinician's laptop, so the offline draft
is assembled from the transcript: sentences are classified into the template's sections,
the strongest few per section are kept in session order, fillers are trimmed, and each is
quoted with who said it. Every statement cites the segment it came from; a section with nothing
behind it says so instead of inventing content (no default "normal mental status exam").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tenor_desktop.core.models import NoteStatement
from tenor_desktop.notes.draft_note import DraftNote, build_section
from tenor_desktop.notes.risk_detector import RiskDetector
from tenor_desktop.notes.sentence_classifier import (
    CLIENT,
    ClassifiedSentence,
    Embedder,
    SentenceClassifier,
    content_words,
)
from tenor_desktop.notes.templates import NoteTemplate, TemplateSection
from tenor_desktop.notes.transcript import TranscriptLine, clinician_speakers, split_sentences

OFFLINE_PROVIDER = "offline"
_LEADING_FILLER = re.compile(
    r"^(?:(?:so|well|um+|uh+|yeah|okay|ok|honestly|and|but|like|i mean|you know|alright)"
    r"\b[,.]?\s*)+",
    re.IGNORECASE,
)
_INNER_FILLER = re.compile(r",?\s*\b(?:um+|uh+|you know|i mean)\b,?", re.IGNORECASE)
_MAX_WORDS = 45
_LABELS = {
    ("presenting", True): "Client reported",
    ("response", True): "Client responded",
    ("goal", True): "Client stated a goal",
    ("goal", False): "Clinician noted a goal",
    ("plan", True): "Client agreed",
    ("plan", False): "Plan",
    ("observation", False): "Clinician observed",
    ("intervention", False): "Clinician intervention",
    ("assessment", False): "Clinician assessment",
}


def condense(text: str) -> str:
    """Trim spoken fillers and cap the length (an ellipsis marks what was cut)."""
    text = _INNER_FILLER.sub("", _LEADING_FILLER.sub("", text.strip())).strip()
    words = text.split()
    if len(words) > _MAX_WORDS:
        text = " ".join(words[:_MAX_WORDS]).rstrip(",;:") + " …"
    return text[:1].upper() + text[1:] if text else text


def _statement(item: ClassifiedSentence) -> NoteStatement:
    category = item.category or "presenting"
    label = _LABELS.get((category, item.role == CLIENT)) or (
        "Client said" if item.role == CLIENT else "Clinician said"
    )
    quoted = condense(item.sentence.text).replace('"', "'")
    return NoteStatement(f'{label}: "{quoted}"', (item.sentence.segment_id,), True)


class OfflineDrafter:
    """Drafts a note from a transcript with rules (and an optional sentence embedder)."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        risk_detector: RiskDetector | None = None,
        max_statements: int = 6,
    ) -> None:
        self._classifier = SentenceClassifier(embedder)
        self._risk = risk_detector or RiskDetector()
        self._max_statements = max_statements

    def draft(self, template: NoteTemplate, lines: Sequence[TranscriptLine]) -> DraftNote:
        """A draft note for ``template``; always a draft, always with the risk flags."""
        flags = self._risk.detect(lines)
        risky = {segment_id for flag in flags for segment_id in flag.evidence}
        classified = self._classifier.classify(split_sentences(lines), clinician_speakers(lines))
        # Long sessions get longer notes, slowly: ~1 extra statement per 60 sentences.
        cap = self._max_statements + math.floor(len(classified) / 60)
        sections = [
            build_section(section.title, self._select(section, classified, risky, cap))
            for section in template.sections
        ]
        return DraftNote(template.key, OFFLINE_PROVIDER, tuple(sections), flags, draft=True)

    @staticmethod
    def _select(
        section: TemplateSection,
        classified: Sequence[ClassifiedSentence],
        risky: set[int],
        cap: int,
    ) -> list[NoteStatement]:
        chosen: list[tuple[float, int, ClassifiedSentence]] = []
        seen: set[str] = set()
        for item in classified:
            text = item.sentence.text.lower()
            in_section = item.category in section.categories or (
                item.category is not None and any(cue in text for cue in section.cues)
            )
            key = " ".join(content_words(text))
            if not in_section or key in seen:
                continue
            seen.add(key)
            # A risk disclosure is never condensed away.
            priority = item.score + (100.0 if item.sentence.segment_id in risky else 0.0)
            chosen.append((priority, item.sentence.position, item))
        # The cap applies per category, so a section that gathers several kinds of content
        # (DAP "Data") keeps some of each instead of only the highest-scoring kind.
        per_category: dict[str | None, int] = {}
        kept: list[tuple[float, int, ClassifiedSentence]] = []
        for entry in sorted(chosen, key=lambda entry: -entry[0]):
            count = per_category.get(entry[2].category, 0)
            if count < cap:
                per_category[entry[2].category] = count + 1
                kept.append(entry)
        return [_statement(item) for _, _, item in sorted(kept, key=lambda entry: entry[1])]
