"""Build the static topic scorer (``resources/topic_head/static_scorer.npz``), tunable data only.

Run: ``.venv/bin/python bench/topic_static_build.py`` -> the resource and
``static_scorer.json`` (what it was made from, its sha256, to pin as
``topic_static.STATIC_SCORER_SHA256``). Training rows: the written training sentences, the
catalogue's examples and ordinary talk (``train_topic_head.sentence_rows``), and every sentence
of the tunable transcript sets (``topic_static_data``: the head's six sets and fresh8), as
written and with gold identifiers blanked. Judged sets are never read. Deterministic: the same
data and model give the same bytes (``topic_static_model``).
"""

from __future__ import annotations

import json
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from topic_static_data import TUNABLE_SETS, load_set
from topic_static_model import (
    DECAY,
    fit,
    logit_table,
    mean_vectors,
    sha256_of,
    token_ids,
    token_vectors,
)
from train_topic_head import LABELS, sentence_rows, transcript_rows, unique_rows

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_head import NONE_LABEL
from tenor_desktop.redaction.topic_static import static_scorer_path

Row = tuple[str | None, str]


def training_rows(leave_out: tuple[str, ...] = ()) -> list[Row]:
    """Written sentences and every tunable set's sentences but those of ``leave_out``."""
    rows = sentence_rows()
    for name in TUNABLE_SETS:
        if name not in leave_out:
            rows += transcript_rows(load_set(name))
    return unique_rows(rows)


def train_scorer(
    encoder: MiniLMEncoder, rows: list[Row], table: FloatArray | None = None
) -> tuple[FloatArray, FloatArray, dict[str, Any]]:
    """Per-wordpiece logits and bias of a scorer trained on ``rows``, and a card."""
    table = token_vectors(encoder) if table is None else table
    targets = np.array([LABELS.index(label or NONE_LABEL) for label, _s in rows])
    features = mean_vectors(table, token_ids(encoder, [s for _l, s in rows]))
    weights, bias = fit(features, targets, len(LABELS))
    predicted = (features @ weights + bias).argmax(axis=1)
    card = {
        "labels": list(LABELS),
        "sentences": {label: int((targets == i).sum()) for i, label in enumerate(LABELS)},
        "training_accuracy": round(float((predicted == targets).mean()), 4),
        "decay": DECAY,
    }
    return logit_table(table, weights), bias, card


def main() -> int:
    """Train on every tunable row and write the resource with its card."""
    encoder = RedactionModels.load().encoder
    if encoder is None:
        print("the MiniLM encoder is not available")
        return 1
    rows, bias, card = train_scorer(encoder, training_rows())
    out = static_scorer_path()
    # float16 rows: a quarter of the size, logits within 1e-3 of the float32 ones.
    np.savez_compressed(out, rows=rows.astype(np.float16), bias=bias, labels=np.array(LABELS))
    card["sha256"] = sha256_of(out)
    card["transcript_sets"] = list(TUNABLE_SETS)
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
