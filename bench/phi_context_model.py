"""Cached MiniLM word states of the tunable sets and the token classifier trained on them.

Helpers of ``bench/phi_context_folds.py`` (see its docstring for the findings). States are the
int8 graph's last layer per word (:mod:`phi_context_states`), cached once per set as float16
under the temporary directory's ``phi_context_cache``; the classifier is a multinomial logistic
regression (numpy, full-batch Adam) over [state, previous word's state, next word's state,
case flags].
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from phi_tagger_data import tunable_rows

from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.phi_context_states import ContextStates, case_features
from tenor_desktop.redaction.phi_tagger import LABELS
from tenor_desktop.redaction.phi_tagger_features import tokenize

CACHE = Path(tempfile.gettempdir()) / "phi_context_cache"
O_KEEP = 4  # one "other" word in O_KEEP is trained on (the bias is corrected after)


def cached_states(names: list[str], backend: str = "int8") -> float:
    """Encode every named tunable set not cached yet; returns the CPU seconds spent."""
    missing = [n for n in names if not (CACHE / f"{backend}_{n}.npy").exists()]
    if not missing:
        return 0.0
    reader = ContextStates(MiniLMEncoder(use_onnxruntime=False), backend)
    CACHE.mkdir(parents=True, exist_ok=True)
    spent = 0.0
    for name in missing:
        started = time.process_time()
        states = [reader.word_states(row["text"])[2] for row in tunable_rows(name)]
        spent += time.process_time() - started
        np.save(CACHE / f"{backend}_{name}.npy", np.concatenate(states).astype(np.float16))
        print(f"encoded {name}", flush=True)
    return spent


def set_states(name: str, backend: str = "int8") -> list[np.ndarray]:
    """Per row of set ``name``: its words' states (float32)."""
    flat = np.load(CACHE / f"{backend}_{name}.npy").astype(np.float32)
    out, at = [], 0
    for row in tunable_rows(name):
        count = len(tokenize(row["text"]).starts)
        out.append(flat[at : at + count])
        at += count
    if at != len(flat):
        raise SystemExit(f"cached states of {name} do not match its words: re-encode")
    return out


def word_features(text: str, states: np.ndarray) -> tuple[list[int], list[int], np.ndarray]:
    """Word starts, ends and the classifier's input rows."""
    tokens = tokenize(text)
    before = np.vstack([np.zeros((1, states.shape[1]), np.float32), states[:-1]])
    after = np.vstack([states[1:], np.zeros((1, states.shape[1]), np.float32)])
    case = case_features(text, tokens.starts, tokens.ends)
    return tokens.starts, tokens.ends, np.hstack([states, before, after, case])


def word_labels(row: dict[str, Any], starts: list[int], ends: list[int]) -> np.ndarray:
    """Gold label id per word (the same overlap rule as ``train_phi_tagger.token_rows``)."""
    label = np.zeros(len(starts), dtype=np.int64)
    for gold in row["phi"]:
        if gold["label"] not in LABELS:
            continue
        for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
            if min(e, gold["end"]) - max(s, gold["start"]) >= 0.5 * (e - s):
                label[i] = LABELS.index(gold["label"])
    return label


class ContextClassifier:
    """Softmax regression over standardised word features."""

    def __init__(self, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray, bias: np.ndarray):
        self.mean, self.scale, self.weights, self.bias = mean, scale, weights, bias

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Label probabilities, shape (words, labels)."""
        scores = ((x - self.mean) / self.scale) @ self.weights + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        probs: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return probs


def train_classifier(
    sets: list[str], steps: int = 300, l2: float = 1e-3, seed: int = 0
) -> ContextClassifier:
    """Train on the named tunable sets (every PHI word, one other word in ``O_KEEP``)."""
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for name in sets:
        for row, states in zip(tunable_rows(name), set_states(name), strict=True):
            starts, ends, x = word_features(row["text"], states)
            y = word_labels(row, starts, ends)
            keep = (y > 0) | (rng.random(len(y)) < 1.0 / O_KEEP)
            xs.append(x[keep])
            ys.append(y[keep])
    x, y = np.concatenate(xs), np.concatenate(ys)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-3
    mean[-1], scale[-1] = 0.0, 1.0  # the bias column
    x = (x - mean) / scale
    classes = len(LABELS)
    target = np.eye(classes, dtype=np.float32)[y]
    weights = np.zeros((x.shape[1], classes), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    rate, b1, b2 = 0.02, 0.9, 0.999
    for step in range(1, steps + 1):
        scores = x @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        delta = (probs - target) / len(y)
        grad_w = x.T @ delta + l2 * weights
        grad_b = delta.sum(axis=0)
        for p, g, m, v in ((weights, grad_w, m_w, v_w), (bias, grad_b, m_b, v_b)):
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            p -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
    bias[0] += np.log(O_KEEP)  # undo the subsampling of "other" words
    return ContextClassifier(mean, scale, weights, bias)
