"""The linear topic head's say in the fine-tuned classifier's verdicts (``classified_topics``).

The classifier (``topic_classifier``) and the older linear head (``topic_head``: softmax
regression over the general MiniLM sentence embedding) make different mistakes. Each rule
below changes the classifier's probabilities of a sentence before its bar is applied; every
rule is off at its default and ``bench/topic_blend_sets.py`` measures them out of sample:

- HEAD_WEIGHT ``w`` > 0: the weighted mean ``(1 - w) * classifier + w * head``;
- HEAD_LIFT_FLOOR ``f`` <= 1: a topic the classifier gives at least ``f`` takes the head's
  probability when that is higher;
- HEAD_ALONE_BAR ``b`` <= 1: a topic the head gives at least ``b`` takes the head's probability
  when that is higher, whatever the classifier says.

The head reads each sentence alone through the general encoder (``encode(quantized=True)``),
as it was trained; that is an extra encoder pass per sentence the classifier reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_head import TopicHead

# Off: measured with the stop-26 adapter (bench/topic_blend_sets.py fresh18 training29 training30,
# unseen by the adapter and the head; shipped 0.674/0.741, 491/729 found, 479/646 correct) every
# blend that helped there lost on bench/topic_judged.py: HEAD_WEIGHT 0.2 0.674/0.753 (blind and
# fresh sentences recall 0.950 -> 0.943, 0.800 -> 0.783), with HEAD_LIFT_FLOOR 0.3 0.679/0.748
# (judged transcripts pooled precision 0.609 -> 0.598), HEAD_LIFT_FLOOR 0.3 alone 0.689/0.737
# (0.609 -> 0.584); HEAD_ALONE_BAR 0.99 0.678/0.737. A head retrained on the 38 other tunable
# transcript sets (bench/topic_blend_head.py, step 3) at HEAD_WEIGHT 0.2: 0.689/0.748 out of
# sample, judged transcripts 0.797/0.609 -> 0.802/0.597, fresh2 sentences precision 0.942 ->
# 0.929. The head's encoder pass costs 28% of PHI+topics and 38% of topics-only words per CPU
# second on dev (bench/topic_blend_cost.py).
HEAD_WEIGHT = 0.0
HEAD_LIFT_FLOOR = 1.01
HEAD_ALONE_BAR = 1.01
# Another head file than the committed one (benches: a head trained on other sets); "": shipped.
HEAD_PATH = ""


class SentenceEncoder(Protocol):
    """What the blend needs of the general encoder."""

    def encode(
        self, sentences: list[str], batch_size: int = 32, *, quantized: bool = False
    ) -> FloatArray: ...


def blend_on() -> bool:
    """Whether any rule is in force (else the classifier's probabilities stand)."""
    return HEAD_WEIGHT > 0.0 or HEAD_LIFT_FLOOR <= 1.0 or HEAD_ALONE_BAR <= 1.0


def shipped_head() -> TopicHead:
    """The committed head (``resources/topic_head/head.npz``), or HEAD_PATH's; read once."""
    return _head(HEAD_PATH)


@cache
def _head(path: str) -> TopicHead:
    return TopicHead.load(Path(path) if path else None)


def blended(
    probs: FloatArray,
    labels: Sequence[str],
    head_probs: FloatArray,
    head_labels: Sequence[str],
    *,
    weight: float,
    lift_floor: float,
    alone_bar: float,
) -> FloatArray:
    """The classifier's ``probs`` (n, labels) with the head's (n, head_labels) rules applied;
    a label the head does not know keeps the classifier's figure."""
    out = probs.astype(np.float32, copy=True)
    where = {label: k for k, label in enumerate(head_labels)}
    for column, label in enumerate(labels):
        if label not in where:
            continue
        head = head_probs[:, where[label]]
        mine = probs[:, column]
        value = (1.0 - weight) * mine + weight * head if weight > 0.0 else mine.copy()
        if label != "NONE":
            value = np.where((mine >= lift_floor) & (head > value), head, value)
            value = np.where((head >= alone_bar) & (head > value), head, value)
        out[:, column] = value
    return out


def with_head(
    probs: FloatArray,
    labels: Sequence[str],
    encoder: SentenceEncoder | None,
    sentences: Sequence[str],
) -> FloatArray:
    """``probs`` blended with the shipped head's reading of ``sentences`` (one per row) under
    this module's rules as they are now; unchanged when every rule is off or no encoder."""
    if not blend_on() or encoder is None or not len(sentences):
        return probs
    head = shipped_head()
    vectors = encoder.encode(list(sentences), quantized=True)
    return blended(
        probs,
        labels,
        head.probabilities(vectors),
        head.labels,
        weight=HEAD_WEIGHT,
        lift_floor=HEAD_LIFT_FLOOR,
        alone_bar=HEAD_ALONE_BAR,
    )
