"""Train the learned PHI tagger (resources/phi_tagger/phi_tagger.npz) on the tunable sets' gold.

Run: ``nice -n 5 .venv/bin/python bench/train_phi_tagger.py [--bar 0.8] [--out FILE]``.
Only ``kept_sets.TUNABLE`` sets are read (any other set is refused); the rule detector's output
is never a feature. Prints the file's sha256 for ``phi_tagger.PHI_TAGGER_SHA256``.
Model: multinomial logistic regression over hashed token features, trained with AdaGrad.
"""

from __future__ import annotations

import argparse
import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from kept_sets import TUNABLE
from phi_tagger_data import tunable_rows

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import LABELS, PhiTagger, phi_tagger_path
from tenor_desktop.redaction.phi_tagger_features import DIMENSION, WordFeatures, tokenize

EPOCHS = 8
BATCH = 512
RATE = 0.2
L2 = 1e-6


def token_rows(
    rows: Sequence[dict[str, Any]], features: WordFeatures
) -> tuple[np.ndarray, np.ndarray]:
    """Feature indexes and gold label ids of every token of ``rows``."""
    matrices, targets = [], []
    for row in rows:
        tokens = tokenize(row["text"])
        if not tokens.words:
            continue
        matrices.append(features.matrix(tokens))
        label = np.zeros(len(tokens.words), dtype=np.int64)
        for gold in row["phi"]:
            if gold["label"] not in LABELS:
                continue
            for i, (s, e) in enumerate(zip(tokens.starts, tokens.ends, strict=True)):
                if min(e, gold["end"]) - max(s, gold["start"]) >= 0.5 * (e - s):
                    label[i] = LABELS.index(gold["label"])
        targets.append(label)
    return np.concatenate(matrices), np.concatenate(targets)


def train(index: np.ndarray, target: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """AdaGrad on the softmax loss; returns (weights (DIMENSION, labels), bias)."""
    classes = len(LABELS)
    weights = np.zeros((DIMENSION, classes), dtype=np.float64)
    bias = np.log(np.bincount(target, minlength=classes) + 1.0)
    bias -= bias.mean()
    squares = np.full((DIMENSION, classes), 1e-8)
    rng = np.random.default_rng(seed)
    width = index.shape[1]
    for _epoch in range(EPOCHS):
        order = rng.permutation(len(target))
        for low in range(0, len(order), BATCH):
            batch = order[low : low + BATCH]
            idx = index[batch]
            scores = weights[idx].sum(axis=1) + bias
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(batch)), target[batch]] -= 1.0
            flat = idx.ravel()
            touched = np.unique(flat)
            position = np.searchsorted(touched, flat)
            grad = np.zeros((len(touched), classes))
            for c in range(classes):
                grad[:, c] = np.bincount(
                    position, weights=np.repeat(probs[:, c], width), minlength=len(touched)
                )
            grad += L2 * weights[touched]
            squares[touched] += grad * grad
            weights[touched] -= RATE * grad / np.sqrt(squares[touched])
            bias -= 0.01 * probs.mean(axis=0)
    return weights, bias


def train_on(sets: Sequence[str], lexicons: Lexicons) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias trained on the named tunable sets."""
    features = WordFeatures(lexicons)
    rows = [row for name in sets for row in tunable_rows(name)]
    index, target = token_rows(rows, features)
    return train(index, target)


def tagger_of(
    weights: np.ndarray, bias: np.ndarray, bar: float, lexicons: Lexicons, common_bar: float = 1.01
) -> PhiTagger:
    """The tagger of trained weights (float16, as stored)."""
    return PhiTagger(weights.astype(np.float16), bias, bar, lexicons, common_bar)


def model_bytes(weights: np.ndarray, bias: np.ndarray, bar: float, common_bar: float) -> bytes:
    """The npz file's bytes (float16 weights, deterministic)."""
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        weights=weights.astype(np.float16),
        bias=bias.astype(np.float32),
        bar=np.float32(bar),
        common_bar=np.float32(common_bar),
    )
    return buffer.getvalue()


def main() -> int:
    """Train on every tunable set and write the model file."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--bar", type=float, default=0.8)
    # Lowercase common words pass only at this mean probability (above 1: never, the bundled
    # model); try with bench/phi_tagger_folds.py --bars 0.8:0.95,... and the curated tests.
    parser.add_argument("--common-bar", type=float, default=1.01)
    parser.add_argument("--out", type=Path, default=phi_tagger_path())
    args = parser.parse_args()
    weights, bias = train_on(TUNABLE, Lexicons.load())
    data = model_bytes(weights, bias, args.bar, args.common_bar)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(args.out, len(data), "bytes sha256", hashlib.sha256(data).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
