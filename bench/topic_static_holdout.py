"""What the static scorer's fold benches share: the tunable sets read once, and per held-out
set a head, bank and static scorer rebuilt without it.

``topic_static_folds`` (the gate) and ``topic_static_vote`` (a direct vote) both score each
tunable set (``topic_static_data``; never a judged set) with models that never saw it.
"""

from __future__ import annotations

from typing import Any

from topic_head_folds import build_from_sets
from topic_layers import memoised_redactor, prepare
from topic_static_build import train_scorer, training_rows
from topic_static_data import TUNABLE_SETS, load_set
from topic_static_model import token_vectors
from train_topic_head import LABELS, TRANSCRIPTS, sentence_rows

from tenor_desktop.redaction.topic_static import StaticTopicScorer


class HeldOutSets:
    """The memoised redactor, the tunable sets as it reads them, and the fold rebuilds."""

    def __init__(self) -> None:
        self.redactor = memoised_redactor()
        self.detector = self.redactor.topic_detector
        encoder = self.detector.internals().encoder
        assert encoder is not None
        self._encoder = encoder
        self._table = token_vectors(encoder)
        self._tokenizer = StaticTopicScorer.load(sha256=None)._tokenizer
        self._sets = {name: load_set(name) for name in TUNABLE_SETS}
        self.prepared: dict[str, Any] = {
            name: prepare(self.redactor, rows) for name, rows in self._sets.items()
        }
        self._base = sentence_rows()

    def scorer_without(self, held: str) -> StaticTopicScorer:
        """Give the detector a head and bank built without ``held``; the scorer likewise."""
        build_from_sets(
            self.detector,
            self._base,
            {n: t for n, t in self._sets.items() if n != held and n in TRANSCRIPTS},
        )
        rows, bias, _card = train_scorer(self._encoder, training_rows((held,)), self._table)
        return StaticTopicScorer(rows, bias, LABELS, self._tokenizer)
