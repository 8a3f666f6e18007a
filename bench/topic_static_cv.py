"""Which cheap sentence scorer generalises: static MiniLM vectors or hashed word n-grams.

Run: ``.venv/bin/python bench/topic_static_cv.py``. Leave-one-set-out over the tunable
transcript sets (``topic_static_data``; never a judged set): each scorer is trained on the
written training sentences, the catalogue's examples, ordinary talk and every other set's
transcripts, and scores the held-out set's statements (blanked gold identifiers, as the detector
reads them; questions left out). Printed per scorer and threshold on P(some topic): the share
of gold topic statements that pass, of those the word gate (``topic_gate``) lets through or
not, and of ordinary statements that pass (what each extra embedding costs). Counts only.

Stop 18 (8 sets, 694 topic and 3,485 ordinary client statements held out in turn): to open
the gate on statements without a field word, static at 0.9 passed 81 of 186 topic statements
for 348 of 2,701 ordinary ones; hashed n-grams (Adagrad, ``TENOR_NGRAM_RATE=0.3``) 60 for 468
at 0.8 and 89 for 608 at 0.7. As a floor on field-word statements the two were alike (static
at 0.5 kept 488/508 topic and 483/784 ordinary; n-grams at 0.3 503/508 and 603/784, at 0.5
474/508 and 370/784). The static scorer was kept.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
import zlib
from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from topic_static_data import TUNABLE_SETS, load_set
from topic_static_model import fit, mean_vectors, token_ids, token_vectors
from train_topic_head import LABELS, blank_gold, sentence_rows, transcript_rows, unique_rows

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.topic_gate import worth_embedding
from tenor_desktop.redaction.topic_head import NONE_LABEL
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges
from tenor_desktop.redaction.topic_windows import split_sentences

BUCKETS = 1 << 18
THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
_WORD = re.compile(r"[a-z0-9']+")


def ngram_ids(sentences: list[str]) -> list[list[int]]:
    """Hashed unigrams and bigrams of each sentence's lowercased words."""
    out: list[list[int]] = []
    for sentence in sentences:
        words = _WORD.findall(sentence.lower())
        grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        out.append([zlib.crc32(g.encode()) % BUCKETS for g in grams])
    return out


def fit_bag(
    ids: list[list[int]], targets: np.ndarray, steps: int = 150, decay: float = 1e-7
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression on a bag of hashed features (mean of rows), full-batch Adagrad from
    zeros (classes weighted equally; a rare feature's row moves as fast as a common one's)."""
    labels = len(LABELS)
    lengths = np.array([max(len(p), 1) for p in ids], dtype=np.float64)
    rows = np.repeat(np.arange(len(ids)), [len(p) for p in ids])
    flat = np.concatenate([np.array(p, dtype=np.int64) for p in ids])
    onehot = np.eye(labels)[targets]
    per_class = np.bincount(targets, minlength=labels).astype(np.float64)
    sample = (len(ids) / (labels * np.maximum(per_class, 1.0)))[targets]
    table = np.zeros((BUCKETS, labels))
    bias = np.zeros(labels)
    sum_t = np.full_like(table, 1e-8)
    sum_b = np.full_like(bias, 1e-8)
    rate = float(os.environ.get("TENOR_NGRAM_RATE", "0.3"))
    for _ in range(steps):
        gathered = table[flat]
        logits = np.stack(
            [np.bincount(rows, gathered[:, k], minlength=len(ids)) for k in range(labels)], axis=1
        )
        logits = logits / lengths[:, None] + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        g = (probs - onehot) * sample[:, None]
        spread = (g / lengths[:, None])[rows]
        grad_t = np.stack(
            [np.bincount(flat, spread[:, k], minlength=BUCKETS) for k in range(labels)], axis=1
        )
        grad_t += decay * len(ids) * table
        grad_b = g.sum(axis=0)
        sum_t += grad_t**2
        sum_b += grad_b**2
        table -= rate * grad_t / np.sqrt(sum_t)
        bias -= rate * grad_b / np.sqrt(sum_b)
    return table, bias


def bag_probs(table, bias, ids):
    """Softmax of the mean of rows plus bias."""
    logits = np.stack([table[p].mean(axis=0) if p else np.zeros(table.shape[1]) for p in ids])
    logits = logits + bias
    logits -= logits.max(axis=1, keepdims=True)
    probs = np.exp(logits)
    return probs / probs.sum(axis=1, keepdims=True)


def held_statements(rows):
    """(label, sentence) of a set's client statements (blanked), questions left out."""
    out = []
    for row in rows:
        text = blank_gold(row)
        clinician = clinician_ranges(text)
        for start, end in split_sentences(text):
            sentence = text[start:end]
            if sentence.endswith("?") or (clinician and in_ranges(start, clinician)):
                continue
            gold = [
                t["category"]
                for t in row["topics"]
                if min(end, t["end"]) - max(start, t["start"]) >= 0.5 * (end - start)
            ]
            out.append((gold[0] if gold else None, sentence))
    return out


def main(argv: list[str]) -> int:
    """Print pooled pass rates per scorer and threshold over leave-one-set-out folds."""
    encoder = RedactionModels.load().encoder
    assert encoder is not None
    table = token_vectors(encoder)
    sets = {name: load_set(name) for name in TUNABLE_SETS}
    base = sentence_rows()
    tally: dict[tuple[str, float], Counter[str]] = {}
    per_set: dict[tuple[str, str], Counter[str]] = {}
    for held, rows in sets.items():
        train = unique_rows(
            base + [r for n, t in sets.items() if n != held for r in transcript_rows(t)]
        )
        sentences = [s for _l, s in train]
        targets = np.array([LABELS.index(label or NONE_LABEL) for label, _s in train])
        test = held_statements(rows)
        test_sentences = [s for _l, s in test]
        scorers = {}
        if "--no-static" not in argv:
            weights, bias = fit(
                mean_vectors(table, token_ids(encoder, sentences)), targets, len(LABELS)
            )
            feats = mean_vectors(table, token_ids(encoder, test_sentences))
            logits = feats @ weights + bias
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            scorers["static"] = p / p.sum(axis=1, keepdims=True)
        if "--no-ngram" not in argv:
            t, b = fit_bag(ngram_ids(sentences), targets)
            scorers["ngram"] = bag_probs(t, b, ngram_ids(test_sentences))
        for scorer, probs in scorers.items():
            topic = 1.0 - probs[:, 0]
            for threshold in THRESHOLDS:
                c = tally.setdefault((scorer, threshold), Counter())
                s = per_set.setdefault((scorer, held), Counter())
                for (label, sentence), value in zip(test, topic, strict=True):
                    gated = worth_embedding(sentence) and len(sentence.split()) >= 5
                    kind = "topic" if label else "none"
                    passed = value >= threshold
                    c[kind] += 1
                    c[kind + "_pass"] += passed
                    c[f"{kind}_{'gated' if gated else 'closed'}"] += 1
                    c[f"{kind}_{'gated' if gated else 'closed'}_pass"] += passed
                    if threshold == 0.5:
                        s[kind] += 1
                        s[kind + "_pass"] += passed
        print(held, "done", flush=True)
    for (scorer, threshold), c in sorted(tally.items()):
        print(
            f"{scorer:7} t={threshold:.1f} topic {c['topic_pass']}/{c['topic']}"
            f" (gate open {c['topic_gated_pass']}/{c['topic_gated']},"
            f" closed {c['topic_closed_pass']}/{c['topic_closed']})"
            f"  none {c['none_pass']}/{c['none']}"
            f" (gate open {c['none_gated_pass']}/{c['none_gated']},"
            f" closed {c['none_closed_pass']}/{c['none_closed']})"
        )
    for (scorer, held), s in sorted(per_set.items()):
        print(
            f"{scorer:7} {held:10} t=0.5 topic {s['topic_pass']}/{s['topic']}"
            f" none {s['none_pass']}/{s['none']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
