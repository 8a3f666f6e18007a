"""Building the static topic scorer (``resources/topic_head/static_scorer.npz``): bench side.

Static token vectors: each vocabulary wordpiece of the pinned MiniLM run alone through the same
int8 graph the detector uses (``[CLS] piece [SEP]``, mean-pooled, unit length), once, offline.
A sentence's static vector is the mean of its wordpieces' vectors (no attention, no context).
A softmax regression on that mean (standardised) separates the built-in topics from ordinary
talk. Both steps are linear in the wordpieces, so the scorer collapses to one row of logits per
wordpiece: the app averages the rows of a sentence's wordpieces and adds a bias
(``tenor_desktop.redaction.topic_static``), with no embedding at run time.

Everything here is deterministic: one graph run per wordpiece (batch of one, so int8 scales
never depend on neighbours), full-batch gradient descent from zeros with a fixed schedule.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from tenor_desktop.redaction.minilm import MINILM_SHA256, MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray

CACHE = Path(
    os.environ.get("TENOR_STATIC_CACHE", Path.home() / ".cache" / "tenor" / "static_tokens.npy")
)
CLS, SEP = 101, 102
STEPS = 600
RATE = 0.5
DECAY = float(os.environ.get("TENOR_STATIC_DECAY", "0.003"))


def skipped(token: str) -> bool:
    """Wordpieces that never carry meaning here: BERT's unused slots and special tokens."""
    return token.startswith("[") and token.endswith("]")


def token_vectors(encoder: MiniLMEncoder) -> FloatArray:
    """(vocabulary, 384) static vectors, cached on disk by the MiniLM checksum."""
    cache = CACHE.with_name(f"{CACHE.stem}_{MINILM_SHA256[:12]}{CACHE.suffix}")
    if cache.exists():
        cached: FloatArray = np.load(cache)
        return cached
    if not encoder.wait_for_fast_backend(quantized=True):
        raise SystemExit("the int8 MiniLM graph is not available")
    vocab = encoder._tokenizer.get_vocab()
    vectors = np.zeros((encoder._tokenizer.get_vocab_size(), 384), dtype=np.float32)
    for token, index in sorted(vocab.items(), key=lambda item: item[1]):
        if not skipped(token):
            vectors[index] = piece_vector(encoder, index)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def piece_vector(encoder: MiniLMEncoder, index: int) -> FloatArray:
    """The int8 graph's unit vector of wordpiece ``index`` alone (``[CLS] piece [SEP]``)."""
    vector: FloatArray = encoder._encode_batch([[CLS, index, SEP]], encoder._session_int8)[0]
    return vector


def token_ids(encoder: MiniLMEncoder, sentences: list[str]) -> list[list[int]]:
    """Wordpiece ids of each sentence, without [CLS] and [SEP] (as the app reads them)."""
    encodings = encoder._tokenizer.encode_batch(sentences, add_special_tokens=False)
    return [encoding.ids for encoding in encodings]


def mean_vectors(table: FloatArray, ids: list[list[int]]) -> FloatArray:
    """Per sentence, the mean of its wordpieces' rows of ``table`` (zeros when empty)."""
    out = np.zeros((len(ids), table.shape[1]), dtype=np.float32)
    for row, pieces in enumerate(ids):
        if pieces:
            out[row] = table[pieces].mean(axis=0)
    return out


def fit(
    features: FloatArray, targets: np.ndarray, labels: int, *, decay: float = DECAY
) -> tuple[FloatArray, FloatArray]:
    """Softmax regression (classes weighted equally) on standardised features by full-batch
    gradient descent with Nesterov momentum; returns weights and bias in the raw feature
    space (standardisation folded in)."""
    mean = features.mean(axis=0)
    spread = features.std(axis=0) + 1e-6
    x = (features - mean) / spread
    count, width = x.shape
    onehot = np.eye(labels, dtype=np.float32)[targets]
    per_class = np.bincount(targets, minlength=labels).astype(np.float32)
    sample = (count / (labels * np.maximum(per_class, 1.0)))[targets][:, None] / count
    weights = np.zeros((width, labels), dtype=np.float32)
    bias = np.zeros(labels, dtype=np.float32)
    velocity_w = np.zeros_like(weights)
    velocity_b = np.zeros_like(bias)
    for _ in range(STEPS):
        ahead_w = weights + 0.9 * velocity_w
        ahead_b = bias + 0.9 * velocity_b
        logits = x @ ahead_w + ahead_b
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        gradient = (probs - onehot) * sample
        velocity_w = 0.9 * velocity_w - RATE * (x.T @ gradient + decay * ahead_w)
        velocity_b = 0.9 * velocity_b - RATE * gradient.sum(axis=0)
        weights = weights + velocity_w
        bias = bias + velocity_b
    raw_w = (weights / spread[:, None]).astype(np.float32)
    raw_b = (bias - mean / spread @ weights).astype(np.float32)
    return raw_w, raw_b


def logit_table(table: FloatArray, weights: FloatArray) -> FloatArray:
    """Per wordpiece, its row of logits (the mean of rows plus the bias is the sentence's)."""
    rows: FloatArray = (table @ weights).astype(np.float32)
    return rows


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
