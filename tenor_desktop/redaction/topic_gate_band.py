"""A narrower second way to the classifier for sentences the semantic-field gate shut out.

The gate (``topic_gate.opens_gate``) and the short follow-up rule decide which sentences the
fine-tuned classifier reads at the detector's CLASSIFIER_BAR. A sentence they shut out may
still be read here, held to a higher bar of its own:

- the static scorer's band: the wordpiece scorer (``topic_static``) gives the built-in topics
  together at least ``static_floor``, below what opens the gate (``band_bar``);
- after a question: the sentence right before it is a question that went through the gate, had
  a topic or holds a word of the topics' fields (an answer of any length, where the follow-up
  rule reads only short ones after a sentence through the gate; ``after_question_bar``).

Each returns the bar the classifier must clear, or None when the sentence stays unread.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tenor_desktop.redaction.topic_gate import static_scorer, worth_embedding


def band_bar(
    text: str,
    index: int,
    sentences: Sequence[tuple[int, int]],
    pointed: Collection[int],
    placed_at: Collection[int],
    *,
    static_floor: float,
    band_bar: float,
    after_question_bar: float,
) -> float | None:
    """The classifier probability sentence ``index`` needs when read by a second-band rule
    (the lower of the rules that apply), or None when neither applies (a floor or bar above
    1.0 turns its rule off)."""
    bars: list[float] = []
    if after_question_bar <= 1.0 and index > 0:
        start, end = sentences[index - 1]
        before = text[start:end].rstrip()
        if before.endswith("?") and (
            index - 1 in pointed or start in placed_at or worth_embedding(before)
        ):
            bars.append(after_question_bar)
    if static_floor <= 1.0 and band_bar <= 1.0:
        sentence = text[slice(*sentences[index])]
        if static_scorer().topic_probability(sentence) >= static_floor:
            bars.append(band_bar)
    return min(bars) if bars else None
