"""An overdose or a bottle of pills read in context: the means of self-harm, or substance use.

The lexicon tells SUBSTANCE_USE from "overdose", "overdosed", "my mom's sleeping pills"; but in
a session about a suicide attempt the same words name its means ("can you tell me more about
the overdose?", "after the overdose they kept me at the behavioral unit for six days"), and the
tunable sets' writers mark those SELF_HARM, never SUBSTANCE_USE as well.
``topic_sentence_phrases`` already drops the use when a self-harm phrase stands in the same
sentence. Here, when a sentence's only substance-use phrase is such a means and no self-harm
phrase stands beside it, the fine-tuned classifier (read after the sentence before it, as
everywhere) decides: when it gives SELF_HARM at least the detector's MEANS_SELF_HARM_BAR and
more than SUBSTANCE_USE, the sentence takes SELF_HARM in place of the use. An overdose of drugs
("the overdose was fentanyl", "did you overdose?") keeps SUBSTANCE_USE: there the classifier
favours the use.

Measured (stop 31, tunable sets but fresh22, the classifier read on the raw transcripts): of 35
such sentences, 20 are marked SELF_HARM (19 at 0.6 or more, each above SUBSTANCE_USE), 13
SUBSTANCE_USE (1 at 0.6 or more: a brother's overdose the speaker thinks of every day), 2
other topics (neither taken).
"""

from __future__ import annotations

from collections.abc import Sequence

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_classifier import (
    TopicClassifier,
    by_label,
    topic_probabilities,
)
from tenor_desktop.redaction.topic_phrases import CompiledCategory, phrase_hit
from tenor_desktop.redaction.topic_sentence_phrases import without_means

USE = "SUBSTANCE_USE"
HARM = "SELF_HARM"


def means_only_use(lowered: str, using: CompiledCategory) -> bool:
    """Whether the lowercased sentence tells substance use only by the means of an overdose
    (its phrases all fall inside "overdose", "pills", "her sleeping pills" ...)."""
    return phrase_hit(using, lowered) and not phrase_hit(using, without_means(lowered))


def means_as_self_harm(
    classifier: TopicClassifier,
    text: str,
    sentences: Sequence[tuple[int, int]],
    found: Sequence[TopicSpan],
    active: Sequence[CompiledCategory],
    bar: float,
    previous: str = "",
) -> list[TopicSpan]:
    """``found`` with each lexicon use told only by a means (``means_only_use``), where no
    self-harm phrase stands, read again: SELF_HARM in its place where the classifier gives
    SELF_HARM at least ``bar`` and more than SUBSTANCE_USE."""
    using = next((c for c in active if c.category.name == USE), None)
    if using is None or bar > 1.0 or HARM not in classifier.labels:
        return list(found)
    if not any(c.category.name == HARM for c in active):
        return list(found)
    index_of = {start: index for index, (start, _end) in enumerate(sentences)}
    phrased = {(s.start, s.category) for s in found if s.source == "lexicon"}
    order = sorted(
        index_of[span.start]
        for span in found
        if span.source == "lexicon"
        and span.category == USE
        and span.start in index_of
        and (span.start, HARM) not in phrased
        and means_only_use(text[span.start : span.end].lower(), using)
    )
    if not order:
        return list(found)
    rows = topic_probabilities(classifier, text, sentences, order, previous)
    harmed: dict[int, float] = {}
    for row, index in enumerate(order):
        labelled = by_label(classifier.labels, rows[row])
        harm = labelled.get(HARM, 0.0)
        if harm >= bar and harm > labelled.get(USE, 0.0):
            harmed[sentences[index][0]] = harm
    told = {(span.start, span.category) for span in found}
    kept = [span for span in found if not (span.category == USE and span.start in harmed)]
    for start, harm in sorted(harmed.items()):
        if (start, HARM) not in told:
            end = sentences[index_of[start]][1]
            kept.append(TopicSpan(start, end, HARM, round(harm, 3), "classifier"))
    return kept
