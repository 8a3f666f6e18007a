"""Build the hashed n-gram gate scorer (``resources/topic_head/topic_static_ngrams.npz``).

Run: ``.venv/bin/python bench/topic_static_ngram_build.py`` -> the resource and
``topic_static_ngrams.json`` (its card and sha256, to pin as
``topic_static_ngrams.NGRAM_SCORER_SHA256``). Training rows: the written training sentences,
the catalogue's examples and ordinary talk (``train_topic_head.sentence_rows``) and every
sentence of every tunable transcript set with topic gold (``kept_sets.TUNABLE_PATHS``; the
unannotated ones are left out), as written and with gold identifiers blanked; any built-in
topic against none. Judged sets are never read. Deterministic: full-batch gradient descent
from zeros with a fixed schedule.
"""

from __future__ import annotations

import json
import os
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from kept_sets import TUNABLE_PATHS
from topic_static_model import sha256_of
from train_topic_head import load_transcripts, sentence_rows, transcript_rows, unique_rows

from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_static_ngrams import BUCKETS, ngram_ids, ngram_scorer_path

STEPS = 400
RATE = 5.0
DECAY = float(os.environ.get("TENOR_NGRAM_DECAY", "0.0002"))
Row = tuple[str | None, str]


def annotated_sets() -> list[str]:
    """Tunable transcript sets that carry topic gold (training and training2 carry none)."""
    names = []
    for name, path in TUNABLE_PATHS.items():
        rows = load_transcripts(path)
        if any(row.get("topics") for row in rows):
            names.append(name)
    return names


def set_rows(name: str) -> list[Row]:
    """Labelled sentences of one tunable set (refuses every other name)."""
    if name not in TUNABLE_PATHS:
        raise SystemExit(f"refused: '{name}' is not a tunable set")
    rows = [r for r in load_transcripts(TUNABLE_PATHS[name]) if r.get("topics") is not None]
    return transcript_rows(rows)


def training_rows(sets: list[str], leave_out: tuple[str, ...] = ()) -> list[Row]:
    """Written sentences and the sentences of ``sets`` but those of ``leave_out``."""
    rows = sentence_rows()
    for name in sets:
        if name not in leave_out:
            rows += set_rows(name)
    return unique_rows(rows)


def fit(rows: list[Row], *, decay: float = DECAY) -> tuple[FloatArray, float, dict[str, Any]]:
    """Binary logistic regression (topic against none, classes weighted equally) over the
    hashed features, by full-batch gradient descent with Nesterov momentum."""
    topic: dict[str, bool] = {}
    for label, sentence in rows:
        key = " ".join(sentence.lower().split())
        topic[key] = topic.get(key, False) or label is not None
    sentences = list(topic)
    y = np.array([topic[s] for s in sentences], dtype=np.float64)
    ids = [ngram_ids(s) for s in sentences]
    row_of = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
    feature = np.concatenate([np.array(i, dtype=np.int64) for i in ids])
    positives = y.sum()
    weight = np.where(y > 0, 0.5 / positives, 0.5 / (len(y) - positives))
    w = np.zeros(BUCKETS, dtype=np.float64)
    b = 0.0
    vw, vb = np.zeros_like(w), 0.0
    for _ in range(STEPS):
        aw, ab = w + 0.9 * vw, b + 0.9 * vb
        z = np.bincount(row_of, weights=aw[feature], minlength=len(y)) + ab
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        residual = (p - y) * weight
        gradient = np.bincount(feature, weights=residual[row_of], minlength=BUCKETS)
        vw = 0.9 * vw - RATE * (gradient + decay * aw)
        vb = 0.9 * vb - RATE * float(residual.sum())
        w, b = w + vw, b + vb
    z = np.bincount(row_of, weights=w[feature], minlength=len(y)) + b
    card = {
        "sentences": len(y),
        "topic_sentences": int(positives),
        "buckets": BUCKETS,
        "decay": decay,
        "steps": STEPS,
        "training_recall": round(float(((z > 0) & (y > 0)).sum() / positives), 4),
        "training_none_kept_out": round(
            float(((z <= 0) & (y == 0)).sum() / (len(y) - positives)), 4
        ),
    }
    return w.astype(np.float32), b, card


def main() -> int:
    """Train on every annotated tunable set and write the resource with its card."""
    sets = annotated_sets()
    weights, bias, card = fit(training_rows(sets))
    out = ngram_scorer_path()
    np.savez_compressed(out, weights=weights.astype(np.float16), bias=np.array([bias]))
    card["sha256"] = sha256_of(out)
    card["transcript_sets"] = sets
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
