"""Which sentences the fine-tuned topic classifier reads, and what it may give each one.

``TopicDetector.detect`` first reads every sentence for phrases; this is its second pass, with
only built-in topics enabled. A sentence the lexicon did not place is read when it went through
the semantic-field gate, or is a short follow-up to a sentence that did or that was placed
(CLASSIFIER_GATE, CLASSIFIER_FOLLOW_WORDS; with CLASSIFIER_FOLLOW_CHAIN a short follow-up
lets the next short one be read too), or when a second-band rule reads it at a bar of its own
(``topic_gate_band``). A sentence the lexicon placed is read for a second topic when the
detector queued it (PLACED_SECOND_BAR). With EXCHANGE_BAR, the unplaced sentences right before
and after a sentence with a topic are then read too, for that topic (``topic_exchange``). The
detector's settings reach this module as a ``ClassifierRules``, built from the detector's own
bindings at each detection, so a bench or test still changes them on ``topic_detector``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_classifier import TopicClassifier, classified_topics
from tenor_desktop.redaction.topic_decision_rules import kept_classifier_topics
from tenor_desktop.redaction.topic_decision_trace import (
    SentenceTrace,
    note_classifier_reads,
    note_exchange_reads,
)
from tenor_desktop.redaction.topic_exchange import exchange_neighbours, exchange_topics
from tenor_desktop.redaction.topic_gate import opens_gate
from tenor_desktop.redaction.topic_gate_band import band_bar


@dataclass(frozen=True, slots=True)
class ClassifierRules:
    """The detector's classifier settings (``topic_detector_settings`` says what each does)."""

    bar: float
    second_bar: float
    gate: bool
    follow_words: int
    follow_chain: bool
    band_floor: float
    band_bar: float
    after_question_bar: float
    exchange_bar: float = 1.01
    exchange_across_turns: bool = False


@dataclass(frozen=True, slots=True)
class PhraseReading:
    """What the detector's phrase pass left for the classifier.

    ``unplaced``: sentences the lexicon did not place, with the categories each must not get;
    ``overrides``: the barred categories the classifier may still give there when surer;
    ``placed_bars``: sentences the lexicon placed, queued for a second topic, with the
    categories they must not get again; ``pointed``: sentences with a phrase or through the
    gate; ``placed_topics``: the topics already found (the exchange rule reads their
    neighbours; ``placed_at`` gives their sentences' start offsets);
    ``clinician``: the clinician's turns (``topic_speakers.clinician_ranges``);
    ``before_topics``: the topics of the sentence before the text (a live segment's previous
    one), whose neighbour is the first sentence.
    """

    unplaced: Mapping[int, frozenset[str]]
    overrides: Mapping[int, Mapping[str, float]]
    placed_bars: Mapping[int, frozenset[str]]
    pointed: frozenset[int]
    placed_topics: Sequence[TopicSpan]
    clinician: Sequence[tuple[int, int]] = ()
    before_topics: frozenset[str] = frozenset()

    @property
    def placed_at(self) -> frozenset[int]:
        """Start offsets of the sentences that already have a topic."""
        return frozenset(span.start for span in self.placed_topics)


def classifier_topics(
    classifier: TopicClassifier,
    text: str,
    sentences: Sequence[tuple[int, int]],
    reading: PhraseReading,
    known: Sequence[str],
    rules: ClassifierRules,
    previous: str = "",
    trace: dict[int, SentenceTrace] | None = None,
) -> list[TopicSpan]:
    """The built-in ``known`` topics the classifier gives the sentences it reads.

    ``previous`` is the sentence before ``text`` (a live segment's predecessor); ``trace``, when
    given, records which sentences were read.
    """
    previous_gated = bool(previous.strip()) and opens_gate(previous, builtin_only=True)
    placed_at = reading.placed_at
    candidates: dict[int, frozenset[str]] = {}
    leading = set(reading.pointed)
    # Sentences the gate shut out but a second-band rule reads, with their own bar.
    banded: dict[int, float] = {}
    for i, kept_out in reading.unplaced.items():
        if sentences[i][0] in placed_at:
            continue
        if not worth_classifying(text, i, sentences, leading, placed_at, rules, previous_gated):
            needed = band_bar(
                text,
                i,
                sentences,
                reading.pointed,
                placed_at,
                static_floor=rules.band_floor,
                band_bar=rules.band_bar,
                after_question_bar=rules.after_question_bar,
            )
            if needed is None:
                continue
            banded[i] = needed
        candidates[i] = kept_out - frozenset(reading.overrides[i])
        if rules.follow_chain:
            leading.add(i)
    candidates.update(reading.placed_bars)
    if trace is not None:
        note_classifier_reads(trace, candidates, set(reading.pointed))
    # Asked at the lowest bar in force; each verdict is then held to its own bar.
    lowest = min(rules.bar, rules.second_bar)
    read: dict[int, dict[str, float]] = {}
    kept = kept_classifier_topics(
        classified_topics(classifier, text, sentences, candidates, known, lowest, previous, read),
        sentences,
        {i: reading.overrides[i] for i in candidates if i in reading.overrides},
        frozenset(reading.placed_bars),
        bar=rules.bar,
        second_bar=rules.second_bar,
        sentence_bars=banded,
    )
    if rules.exchange_bar > 1.0:
        return kept
    found = [*reading.placed_topics, *kept]
    turns = reading.clinician if rules.exchange_across_turns else None
    wanted = exchange_neighbours(
        sentences, found, reading.unplaced, known, turns, reading.before_topics
    )
    if trace is not None:
        note_exchange_reads(trace, [i for i in wanted if i not in read])
    return kept + exchange_topics(
        classifier, text, sentences, wanted, read, rules.exchange_bar, previous
    )


def worth_classifying(
    text: str,
    index: int,
    sentences: Sequence[tuple[int, int]],
    pointed: set[int],
    placed_at: frozenset[int],
    rules: ClassifierRules,
    previous_gated: bool = False,
) -> bool:
    """Whether the classifier reads sentence ``index`` (CLASSIFIER_GATE).

    ``previous_gated``: the sentence before the text (a live segment's predecessor) went
    through the gate, so a short first sentence may answer it.
    """
    if not rules.gate or index in pointed:
        return True
    before = index - 1
    if before < 0:
        if not previous_gated:
            return False
    elif before not in pointed and sentences[before][0] not in placed_at:
        return False
    return len(text[slice(*sentences[index])].split()) < rules.follow_words
