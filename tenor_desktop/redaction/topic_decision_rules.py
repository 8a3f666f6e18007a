"""Which of the fine-tuned classifier's verdicts the topic detector keeps.

``topic_classifier.classified_topics`` gives each candidate sentence its most likely allowed
built-in topic. Some verdicts need a surer classifier than the detector's CLASSIFIER_BAR: a
category barred only by a discounted phrase (negated, framed) or only by a look-alike idiom,
when the detector lets the classifier override that bar (``DISCOUNT_OVERRIDE_BAR``,
``LOOK_ALIKE_OVERRIDE_BAR``), and the second topic of a sentence the lexicon already placed
(``PLACED_SECOND_BAR``, which may also be lower).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from tenor_desktop.redaction.spans import TopicSpan


def overridable_bars(
    discounted: frozenset[str],
    idioms: frozenset[str],
    denial: frozenset[str],
    *,
    discount_bar: float,
    look_alike_bar: float,
) -> dict[str, float]:
    """Category -> the probability the classifier needs to give a category barred only by a
    discounted phrase (``discount_bar``) or a look-alike idiom (``look_alike_bar``); a plain
    denial or settled status always bars, and a bar above 1.0 is never overridden."""
    bars: dict[str, float] = {}
    for names, bar in ((discounted, discount_bar), (idioms, look_alike_bar)):
        for name in names:
            bars[name] = max(bars.get(name, 0.0), bar)
    return {name: bar for name, bar in bars.items() if bar <= 1.0 and name not in denial}


def kept_classifier_topics(
    spans: Sequence[TopicSpan],
    sentences: Sequence[tuple[int, int]],
    overrides: Mapping[int, Mapping[str, float]],
    placed: Collection[int],
    *,
    bar: float,
    second_bar: float,
    sentence_bars: Mapping[int, float] | None = None,
) -> list[TopicSpan]:
    """The classifier's ``spans`` that clear the bar their sentence and category need.

    Args:
        spans: the classifier's topics, one per sentence (their confidence is its probability).
        sentences: the text's sentence spans, as the detector split them.
        overrides: per sentence index, barred categories the classifier may still give, each
            with the probability it needs (``overridable_bars``).
        placed: indices of sentences the lexicon placed; their topic is kept at
            ``second_bar`` or above (it may be below ``bar``), any other sentence's at ``bar``.
        sentence_bars: per sentence index, a higher bar of its own (a sentence read by a
            second-band rule, ``topic_gate_band``).
    """
    index_of = {start: index for index, (start, _end) in enumerate(sentences)}
    kept: list[TopicSpan] = []
    for span in spans:
        index = index_of.get(span.start, -1)
        needed = second_bar if index in placed else bar
        needed = max(needed, overrides.get(index, {}).get(span.category, 0.0))
        if sentence_bars:
            needed = max(needed, sentence_bars.get(index, 0.0))
        if span.confidence >= needed:
            kept.append(span)
    return kept
