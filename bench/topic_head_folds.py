"""An honest check of the topic head: scores on tunable transcripts the head was not trained on.

Run: ``.venv/bin/python bench/topic_head_folds.py [--folds K] [--leave-out SET]
['NAME={"HEAD_REACH": 0.0}' ...]`` (named settings of ``topic_detector``'s constants, as JSON,
replace the built-in grid; the shipped rule is always scored).

- ``--folds K`` (default 5): the tunable transcripts (``train_topic_head.TRANSCRIPTS``; sets
  of ``BANK_ONLY`` go to the bank only) are split into K folds by position; for each fold a
  head is trained on the written sentences and every other fold's transcripts
  (``train_topic_head``), and the detector with that head scores the fold. Counts are pooled
  over the folds, per set.
- ``--leave-out SET``: one head trained without SET's transcripts scores SET.

Each line is one setting of the head's place in the detector (``HEAD_BAR``, ``HEAD_REACH``,
``HEAD_VETO``); ``shipped head`` is the committed ``resources/topic_head`` (trained on dev and
tuning, so only the other sets are held out for it). Hyper-parameters of the training
(``TENOR_HEAD_NONE_WEIGHT``, ``TENOR_HEAD_DECAY``) come from the environment. Judged sets are
never read.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from topic_bank_file import quantise
from topic_layers import Prepared, memoised_redactor, prepare, score, settings
from train_topic_head import (
    BANK_ONLY,
    LABELS,
    TRANSCRIPTS,
    load_transcripts,
    sentence_rows,
    train,
    transcript_rows,
    unique_rows,
)

from tenor_desktop.redaction.topic_bank import TopicBank
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_head import NONE_LABEL, TopicHead

DECAY = float(os.environ.get("TENOR_HEAD_DECAY", "0.0"))
NONE_WEIGHT = float(os.environ.get("TENOR_HEAD_NONE_WEIGHT", "1.0"))
# Settings of the head's place in the detector, tried on every held-out fold.
GRID: dict[str, dict[str, float]] = {
    "shipped rule": {},
    "no head": {"HEAD_BAR": 1.01, "HEAD_VETO": 1.01, "SELF_HARM_VETO": 1.01, "SECOND_BAR": 1.01},
    "veto only": {"HEAD_BAR": 1.01},
    "rescue only": {"HEAD_VETO": 1.01},
    "second topic 0.9": {"SECOND_BAR": 0.9},
    "second topic 0.7": {"SECOND_BAR": 0.7},
    "second 0.9, veto only": {"SECOND_BAR": 0.9, "HEAD_BAR": 1.01},
    "no veto, reach 1": {"HEAD_VETO": 1.01, "HEAD_REACH": 1.0},
    "veto 0.95": {"HEAD_VETO": 0.95},
    "veto 0.7": {"HEAD_VETO": 0.7},
    "reach 0.03": {"HEAD_REACH": 0.03},
}
Tally = dict[tuple[str, str], Counter[str]]
Row = tuple[str | None, str]


def build(
    detector: TopicDetector,
    base: list[Row],
    transcripts: list[dict[str, Any]],
    banked_only: list[dict[str, Any]] | None = None,
) -> None:
    """Give the detector a head and a bank made from ``base`` and ``transcripts`` (as
    ``train_topic_head`` makes them; embedded with the detector's memoised encoder), the bank
    also from ``banked_only`` (sets of ``BANK_ONLY``)."""
    encoder = detector.internals().encoder
    assert encoder is not None
    rows = unique_rows(base + transcript_rows(transcripts))
    vectors = encoder.encode([sentence for _label, sentence in rows], quantized=True)
    targets = np.array([LABELS.index(label or NONE_LABEL) for label, _s in rows])
    weights, bias = train(vectors, targets, none_weight=NONE_WEIGHT, decay=DECAY)
    head = TopicHead(weights, bias, LABELS)
    banked = unique_rows(base + transcript_rows(transcripts + (banked_only or []), written=False))
    vectors = encoder.encode([sentence for _label, sentence in banked], quantized=True)
    codes, scale = quantise(vectors)
    labels = np.array([LABELS.index(label or NONE_LABEL) for label, _s in banked])
    bank = TopicBank(codes.astype(np.float32) * scale, labels, LABELS)
    detector.example_store.replace_models(head, bank)


def build_from_sets(
    detector: TopicDetector, base: list[Row], sets: dict[str, list[dict[str, Any]]]
) -> None:
    """``build`` from named transcript sets: a set of ``BANK_ONLY`` goes to the bank only."""
    build(
        detector,
        base,
        [r for n, t in sets.items() if n not in BANK_ONLY for r in t],
        [r for n, t in sets.items() if n in BANK_ONLY for r in t],
    )


def add(tally: Tally, key: tuple[str, str], result: dict[str, Any]) -> None:
    """Pool a ``score_topics`` result's counts under ``key``."""
    counts = tally.setdefault(key, Counter())
    counts["gold"] += result["gold_spans"]
    counts["found"] += round(result["recall"] * result["gold_spans"])
    counts["predicted"] += result["predicted_spans"]
    counts["correct"] += round(result["precision"] * result["predicted_spans"])


def run_grid(detector: TopicDetector, prepared: Prepared, tally: Tally, label: str) -> None:
    """Score ``prepared`` under every setting of GRID into ``tally`` (keyed by set label)."""
    for name, values in GRID.items():
        with settings(**values):
            add(tally, (label, name), score(detector, prepared))


def report(tally: Tally) -> None:
    """recall/precision (gold, predicted) per set and setting."""
    for (label, name), c in sorted(tally.items()):
        recall = c["found"] / c["gold"] if c["gold"] else 1.0
        precision = c["correct"] / c["predicted"] if c["predicted"] else 1.0
        print(f"{label:22} {name:22} {recall:.3f}/{precision:.3f} ({c['gold']}, {c['predicted']})")


def main(argv: list[str]) -> int:
    """Train per fold (or once without one set) and score what each head did not see."""
    folds = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 5
    named = [a for a in argv if "=" in a]
    if named:
        # NAME=JSON settings replace the grid (the shipped rule is always scored).
        GRID.clear()
        GRID["shipped rule"] = {}
        GRID.update({a.partition("=")[0]: json.loads(a.partition("=")[2]) for a in named})
    leave_out = argv[argv.index("--leave-out") + 1] if "--leave-out" in argv else None
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    sets = {name: load_transcripts(path) for name, path in TRANSCRIPTS.items()}
    sets = {name: rows for name, rows in sets.items() if rows}
    prepared = {name: prepare(redactor, rows) for name, rows in sets.items()}
    base = sentence_rows()
    tally: Tally = {}
    if leave_out is not None:
        build_from_sets(detector, base, {n: t for n, t in sets.items() if n != leave_out})
        run_grid(detector, prepared[leave_out], tally, f"{leave_out} held out")
        report(tally)
        return 0
    for fold in range(folds):
        kept = {n: [r for i, r in enumerate(t) if i % folds != fold] for n, t in sets.items()}
        build_from_sets(detector, base, kept)
        for name, pairs in prepared.items():
            held = [p for i, p in enumerate(pairs) if i % folds == fold]
            run_grid(detector, held, tally, f"{name} folds")
    report(tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
