"""The other side of an exchange about a topic: the sentence just before or after a found one.

A disclosure rarely stands alone in a session: the clinician's question before it ("any
temptation to take more than that?") or after it ("how many of hers are you taking in a
day?"), and the client's answer ("five, six on a bad day."), tell the same matter, often
without a word of the topic's field. The semantic-field gate shuts most of them out, and the
classifier, read after the sentence before it, is often only half sure of them. Here, once the
detector's other passes are done, each sentence the lexicon did not place and that got no
topic, right before or after a sentence with a topic, is read by the classifier (when it was
not read already) and takes that neighbour's topic when the classifier gives that topic at
least ``bar`` (the detector's EXCHANGE_BAR, below its CLASSIFIER_BAR). A category barred from
the sentence (a look-alike idiom, a negated phrase, a denial) stays barred. What this pass adds
does not lead it on to the next sentence. With EXCHANGE_ACROSS_TURNS, only the neighbour in
the other speaker's turn is read: a sentence in the same turn as the disclosure carries on the
speaker's own account, which the classifier already read after the sentence before it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_classifier import (
    TopicClassifier,
    by_label,
    topic_probabilities,
)
from tenor_desktop.redaction.topic_speakers import in_ranges


def exchange_neighbours(
    sentences: Sequence[tuple[int, int]],
    found: Sequence[TopicSpan],
    unplaced: Mapping[int, frozenset[str]],
    known: Sequence[str],
    clinician: Sequence[tuple[int, int]] | None = None,
    before: frozenset[str] = frozenset(),
) -> dict[int, frozenset[str]]:
    """Sentence index -> the topics of its found neighbours it may take: the sentences of
    ``unplaced`` (with the categories barred from each) with no topic of their own, right
    before or after a sentence with a topic in ``found``; with ``clinician`` (the clinician's
    turns), only a neighbour in the other speaker's turn (the last sentence of the turn before,
    the first of the turn after). ``before`` holds the topics of the sentence before the text
    (a live segment's previous one, already stored): the first sentence is its neighbour."""
    turns = list(clinician) if clinician is not None else None
    index_of = {start: index for index, (start, _end) in enumerate(sentences)}
    topics_at: dict[int, set[str]] = {}
    for span in found:
        index = index_of.get(span.start)
        if index is not None:
            topics_at.setdefault(index, set()).add(span.category)
    wanted: dict[int, set[str]] = {}
    if before and sentences and 0 not in topics_at and 0 in unplaced:
        allowed = {c for c in before if c in known and c not in unplaced[0]}
        if allowed:
            wanted[0] = allowed
    for index, categories in topics_at.items():
        for neighbour in (index - 1, index + 1):
            if neighbour in topics_at or neighbour not in unplaced:
                continue
            if turns is not None and in_ranges(sentences[index][0], turns) == in_ranges(
                sentences[neighbour][0], turns
            ):
                continue
            allowed = {c for c in categories if c in known and c not in unplaced[neighbour]}
            if allowed:
                wanted.setdefault(neighbour, set()).update(allowed)
    return {index: frozenset(categories) for index, categories in wanted.items()}


def exchange_topics(
    classifier: TopicClassifier,
    text: str,
    sentences: Sequence[tuple[int, int]],
    wanted: Mapping[int, frozenset[str]],
    read: Mapping[int, Mapping[str, float]],
    bar: float,
    previous: str = "",
) -> list[TopicSpan]:
    """The topics of ``wanted`` (``exchange_neighbours``) the classifier gives at least ``bar``.

    ``read`` holds the probabilities of the sentences the classifier already read; the others
    are read here (each after the sentence before it, ``previous`` before the first).
    """
    unread = sorted(index for index in wanted if index not in read)
    probabilities: dict[int, Mapping[str, float]] = dict(read)
    if unread:
        rows = topic_probabilities(classifier, text, sentences, unread, previous)
        for row, index in enumerate(unread):
            probabilities[index] = by_label(classifier.labels, rows[row])
    spans: list[TopicSpan] = []
    for index in sorted(wanted):
        labelled = probabilities[index]
        for category in sorted(wanted[index]):
            probability = labelled.get(category, 0.0)
            if probability >= bar:
                spans.append(
                    TopicSpan(*sentences[index], category, round(probability, 3), "exchange")
                )
    return spans
