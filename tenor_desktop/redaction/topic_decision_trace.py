"""What the topic detector showed the fine-tuned classifier of each sentence, for error analysis.

``TopicDetector.detect(..., trace={})`` fills one ``SentenceTrace`` per sentence it read for
phrases: the categories the lexicon told, the categories barred from the classifier and why
(a look-alike idiom, a discounted phrase, a plain denial or settled status, a means of
self-harm, already told), and whether the classifier read it and by which rule (the
semantic-field gate or a phrase, or the short follow-up rule). ``topic_explain`` adds the
classifier's probabilities read in context, as ``classified_topics`` reads the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tenor_desktop.redaction.topic_phrases import CompiledCategory, look_alike_names, quiet
from tenor_desktop.redaction.topic_sentence_phrases import PhraseReading


@dataclass(slots=True)
class SentenceTrace:
    """One sentence as the detector's decision stages saw it."""

    # Categories the lexicon told.
    hits: tuple[str, ...]
    # Category -> why the classifier may not give it (before any override).
    barred: dict[str, str]
    # "gate" (through the semantic-field gate or a phrase), "follow" (short, after such a
    # sentence), "exchange" (next to a sentence with a topic, ``topic_exchange``), or "" when
    # the classifier did not read it.
    read: str = ""
    # The categories barred from the classifier when it did read the sentence.
    barred_when_read: frozenset[str] = field(default_factory=frozenset)


def barred_reasons(
    active: Sequence[CompiledCategory], lowered: str, reading: PhraseReading, withheld: bool
) -> dict[str, str]:
    """Category -> reason it is barred from the classifier in the lowercased sentence."""
    if withheld:
        return {c.category.name: "clinician line withheld" for c in active}
    reasons = dict.fromkeys(reading.discounted, "discounted phrase")
    reasons.update(dict.fromkeys(quiet(lowered), "denial or settled status"))
    reasons.update(dict.fromkeys(look_alike_names(list(active), lowered), "look-alike idiom"))
    reasons.update(dict.fromkeys(reading.means, "means of self-harm"))
    reasons.update(dict.fromkeys(reading.hits, "told by lexicon"))
    return reasons


def note_classifier_reads(
    trace: dict[int, SentenceTrace],
    candidates: Mapping[int, frozenset[str]],
    pointed: set[int],
) -> None:
    """Mark in ``trace`` the sentences the classifier reads, by which rule, with their bars."""
    for index, barred in candidates.items():
        entry = trace.get(index)
        if entry is not None:
            entry.read = "gate" if index in pointed else "follow"
            entry.barred_when_read = barred


def note_exchange_reads(trace: dict[int, SentenceTrace], indices: Sequence[int]) -> None:
    """Mark in ``trace`` the sentences the classifier read only for the exchange rule."""
    for index in indices:
        entry = trace.get(index)
        if entry is not None:
            entry.read = "exchange"
