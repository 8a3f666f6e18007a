"""The Redactor: identifiers and sensitive topics out, placeholders and risk flags in.

Typical use::

    models = RedactionModels.load()                 # once per process (~1 s)
    redactor = Redactor(settings, models)
    result = redactor.redact(text)                  # one-off text
    session = redactor.new_session()                # one recording
    for segment in segments:
        stored = session.redact_segment(segment).text

Security rules enforced here: a result carries the original text only in ``spans``/``topics``
offsets (never surfaces); ``replacements`` hold labels only; SELF_HARM redacted from the text
always raises a risk flag so the clinician's risk view keeps it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.ner_focus import focus_words_from
from tenor_desktop.redaction.ner_model import NerModel
from tenor_desktop.redaction.phi_detector import PhiDetector
from tenor_desktop.redaction.phi_tagger import PhiTagger
from tenor_desktop.redaction.placeholders import PLACEHOLDER, PlaceholderRegistry
from tenor_desktop.redaction.recheck_scope import changed_ranges, excerpt_of
from tenor_desktop.redaction.redaction_session import RedactionSession
from tenor_desktop.redaction.rewrite import (
    RECHECK_REACH,
    RISK_CATEGORIES,
    Move,
    apply_redactions,
    blank_spans,
    recheck_windows,
    to_input,
    word_edge,
)
from tenor_desktop.redaction.segment_view import PLAIN_QUOTES as _PLAIN_QUOTES
from tenor_desktop.redaction.segment_view import topic_view as _topic_view
from tenor_desktop.redaction.settings import RedactionSettings
from tenor_desktop.redaction.spans import PhiSpan, RedactionResult, TopicSpan
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_segment_tail import NO_TAIL, SegmentTail

__all__ = ["RISK_CATEGORIES", "RedactionModels", "RedactionSession", "Redactor"]
_EXTRA_PASSES = 2


@dataclass(frozen=True, slots=True)
class RedactionModels:
    """Loaded models shared by every Redactor in a process."""

    lexicons: Lexicons
    ner: NerModel | None
    encoder: MiniLMEncoder | None
    tagger: PhiTagger

    @classmethod
    def load(cls, *, with_ner: bool = True, with_encoder: bool = True) -> RedactionModels:
        """Load the bundled lexicons, spaCy NER, MiniLM and PHI tagger (checksums verified).

        MiniLM (mostly checksum hashing and array reads, which release the GIL) loads on a
        worker thread while spaCy imports on this one, so the two overlap on a second core.
        """
        if not with_encoder:
            lexicons = Lexicons.load()
            ner = _load_ner(lexicons) if with_ner else None
            return cls(lexicons, ner, None, PhiTagger.load(lexicons))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="minilm-load") as pool:
            encoder = pool.submit(MiniLMEncoder)
            lexicons = Lexicons.load()
            ner = _load_ner(lexicons) if with_ner else None
            return cls(lexicons, ner, encoder.result(), PhiTagger.load(lexicons))


def _load_ner(lexicons: Lexicons) -> NerModel:
    """spaCy NER reading only near words that could name a person or place (same entities)."""
    return NerModel.load().focus_on(focus_words_from(lexicons))


class Redactor:
    """Redacts texts according to one client's effective settings."""

    def __init__(self, settings: RedactionSettings, models: RedactionModels) -> None:
        self._settings = settings
        self._phi = PhiDetector(models.lexicons, models.ner, models.tagger)
        categories = list(BUILTIN_CATEGORIES) + list(settings.custom_categories)
        self._display = {c.name: c.display for c in categories}
        enabled = [c for c in categories if c.name in settings.topics]
        self._topics = TopicDetector(
            models.encoder,
            enabled,
            threshold=settings.topic_threshold,
            embed_all=settings.topic_embed_all,
        )

    @property
    def topic_detector(self) -> TopicDetector:
        """The topic detector for the enabled categories (for inspection and benchmarks)."""
        return self._topics

    @property
    def topic_display(self) -> dict[str, str]:
        """Each topic category's name in a placeholder ("[Redacted: substance use]")."""
        return dict(self._display)

    @property
    def settings(self) -> RedactionSettings:
        """The settings this redactor applies."""
        return self._settings

    def new_session(self) -> RedactionSession:
        """A session: consistent placeholders and cross-segment context for one recording."""
        return RedactionSession(self)

    def redact(self, text: str) -> RedactionResult:
        """Redact one standalone text (its own placeholder numbering)."""
        return self.redact_in(text, PlaceholderRegistry(), {}, context="")

    def detect(
        self, text: str, known: dict[str, str], context: str = "", following: str = ""
    ) -> tuple[list[PhiSpan], list[TopicSpan]]:
        """Spans in ``text`` (offsets into it).

        ``context`` is text just before it and ``following`` text just after it; both help
        detection (an identifier split across segments) but are never redacted here.
        """
        spans, topics, _, _ = self._detect_with_surfaces(text, known, context, following)
        return spans, topics

    def _detect_with_surfaces(
        self,
        text: str,
        known: dict[str, str],
        context: str,
        following: str,
        ner_windows: list[tuple[int, int]] | None = None,
        topic_before: SegmentTail = NO_TAIL,
    ) -> tuple[list[PhiSpan], list[TopicSpan], dict[tuple[int, int], str], list[tuple[int, int]]]:
        """Spans, topics, whole surfaces of cut spans, and ranges NER saw unredacted (local)."""
        # The whole surface of a span cut by a segment edge keys its placeholder, so both
        # halves of "jdoe at gmail | dot com" become the same "[EMAIL 1]".
        surfaces: dict[tuple[int, int], str] = {}
        placeholders = list(PLACEHOLDER.finditer(text))
        masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
        # Curly quotes read as straight ones ("She\u2019s 91" reads as "She's 91"): same length, so
        # every offset still points into the original text.
        masked = masked.translate(_PLAIN_QUOTES)
        tail = " " + following.translate(_PLAIN_QUOTES) if following else ""
        joined = context.translate(_PLAIN_QUOTES) + masked + tail
        spans: list[PhiSpan] = []
        unseen: list[tuple[int, int]] = []
        if self._settings.phi_enabled:
            windows = ner_windows
            if windows is None:
                # Surrounding segments are there for identifiers cut at an edge: the model
                # needs only a little of them.
                low = word_edge(joined, max(0, len(context) - RECHECK_REACH), -1)
                high = word_edge(joined, min(len(joined), len(context) + len(text) + 40), 1)
                windows = [(low, high)]
            # The tagger reads its words' raw neighbours, so a placeholder where a number stood
            # changes what it sees ("hope [PHONE 1] jdoe"): the re-check reads all of it again.
            whole = None if ner_windows is None else [(0, len(joined))]
            detection = self._phi.detect_detailed(joined, known, windows, tagger_windows=whole)
            shift = len(context)
            unseen = [
                (max(s - shift, 0), min(e - shift, len(text)))
                for s, e in detection.unseen_by_ner
                if e > shift and s < shift + len(text)
            ]
            for span in detection.spans:
                local_start, local_end = span.start - shift, span.end - shift
                if any(local_start < m.end() and m.start() < local_end for m in placeholders):
                    continue
                if span.end > shift and span.start < shift + len(text):
                    clipped = PhiSpan(
                        max(span.start, shift),
                        min(span.end, shift + len(text)),
                        span.label,
                        span.confidence,
                        span.source,
                    )
                    shifted = clipped.shifted(-shift)
                    spans.append(shifted)
                    surfaces[(shifted.start, shifted.end)] = joined[span.start : span.end]
        with_topics = self._settings.topics and ner_windows is None
        # Topics read the text with identifiers blanked, as a second call on the redacted
        # output sees it (placeholders blanked): the same sentences, so the same topics.
        view = blank_spans(_topic_view(text), spans)
        topics = self._topics.detect(view, before=topic_before) if with_topics else []
        return spans, topics, surfaces, unseen

    def redact_in(
        self,
        text: str,
        registry: PlaceholderRegistry,
        known: dict[str, str],
        context: str,
        following: str = "",
        topic_before: SegmentTail = NO_TAIL,
    ) -> RedactionResult:
        """Redact ``text`` using a session's registry, known entities and surrounding text.

        ``topic_before`` is the sentence before ``text`` as the topic detector read it, with its
        topics (``topic_segment_tail``), so a live segment's first sentence is read after it as
        it would be in the whole transcript.
        """
        spans, topics, surfaces, unseen = self._detect_with_surfaces(
            text,
            known,
            context,
            following,
            topic_before=topic_before,
        )
        result, moves = apply_redactions(text, spans, topics, registry, self._display, surfaces)
        # Redacting changes the context the NER model sees, which can reveal an identifier it
        # missed ("Tucson [DATE 1]"). Re-check the output until nothing new appears, so that
        # redacting a redacted text changes nothing (idempotence). The model already saw the
        # text with rule-found identifiers blanked (ner_view), so only the neighbourhoods of
        # spans it had not seen redacted need the model again; rules re-check everything, once
        # a look near the changed places (``_output_may_change``) shows anything at all.
        for _ in range(_EXTRA_PASSES):
            if not (self._settings.phi_enabled and self._settings.recheck_output):
                break
            if result.text == text:
                break  # nothing was replaced: a fresh call on the output is this very call
            windows = recheck_windows(result.text, unseen, moves)
            edges = bool(context or following)
            if not self._output_may_change(result.text, known, windows, moves, edges):
                break
            # Exactly what a fresh call on the output would see, so one more call finds nothing.
            found, _topics, _surfaces, _unseen = self._detect_with_surfaces(
                result.text, known, "", "", ner_windows=windows
            )
            new = [
                span
                for span in (to_input(s, moves) for s in found)
                if span is not None
                and not any(span.start < o.end and o.start < span.end for o in spans)
            ]
            if not new:
                break
            spans = spans + new
            unseen = [(span.start, span.end) for span in new]
            if topics or self._settings.topics:
                # The topics read the text with the new identifiers blanked too, as a fresh
                # call on the output would (the classifier reads every word of a sentence).
                view = blank_spans(_topic_view(text), spans)
                topics = self._topics.detect(view, before=topic_before)
            result, moves = apply_redactions(text, spans, topics, registry, self._display, surfaces)
        return result

    def _output_may_change(
        self,
        output: str,
        known: dict[str, str],
        windows: list[tuple[int, int]],
        moves: list[Move],
        edges: bool,
    ) -> bool:
        """Whether the re-check of ``output`` may find anything: a look near the changed places.

        Only near a placeholder (and, when ``edges``, at the start and end, read now without the
        neighbouring segments) does the output differ from what the first pass read; elsewhere
        the rules and the tagger read what they read before, and found nothing there. The
        whole re-check runs whenever the look shows any identifier or teaches any name, and
        then decides as before. ``windows`` are the re-check's NER windows (read by the look
        too); ``known`` is left unchanged.
        """
        view = _topic_view(output)
        scope = changed_ranges(view, moves, windows, edges)
        if scope == [(0, len(view))]:
            return True  # everything changed: the look would cost what the re-check costs
        excerpt = excerpt_of(view, scope)
        ner_windows = [
            placed for placed in (excerpt.to_excerpt(s, e) for s, e in windows) if placed
        ]
        learned = dict(known)
        detection = self._phi.detect_detailed(
            excerpt.text, learned, ner_windows, tagger_windows=[(0, len(excerpt.text))]
        )
        return bool(detection.spans) or learned != known
