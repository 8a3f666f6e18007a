"""The n-gram gate scorer on tunable sets it was not trained on: leave-one-set-out folds.

Run: ``.venv/bin/python bench/topic_static_ngram_folds.py [--cache FILE] [MODE:BAR[:FLOOR] ...]``
(MODE ``alone`` or ``or``, FLOOR ``topic_gate.NGRAM_FLOOR``; default
``alone:0.4 or:0.6 or:0.6:0.1``). For each
annotated tunable set (``topic_static_ngram_build.annotated_sets``; never a judged set) an
n-gram scorer is trained without it and the committed detector scores the held-out set with
the shipped gate and with the n-gram gate at each setting (``topic_gate.NGRAM_BAR``,
``NGRAM_ALONE``). Per set and pooled: recall/precision (gold, predicted) and the classifier
windows read (its CPU: each window is one encoder pass). The classifier's verdicts are memoised
by window, so each extra setting costs only the windows no setting read before.
``--cache FILE`` keeps the transcripts as the detector reads them (identifiers blanked by the
redactor) between runs: the PHI pass is most of the first run.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from topic_layers import load, memoised_redactor, prepare, score, settings
from topic_static_ngram_build import annotated_sets, fit, training_rows

from tenor_desktop.redaction import topic_gate
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_static_ngrams import NgramTopicScorer

Tally = dict[str, Counter[str]]


def memoise_classifier(detector: Any, calls: Counter[str]) -> None:
    """Memoise the classifier's probabilities by window; count the windows asked for."""
    classifier = detector._classifier
    original = classifier.probabilities
    memo: dict[str, FloatArray] = {}

    def probabilities(windows: list[str]) -> Any:
        calls["windows"] += len(windows)
        fresh = [w for w in dict.fromkeys(windows) if w not in memo]
        if fresh:
            for window, row in zip(fresh, original(fresh), strict=True):
                memo[window] = row
        return np.stack([memo[w] for w in windows]) if windows else original([])

    classifier.probabilities = probabilities


def add(tally: Tally, key: str, result: dict[str, Any], windows: int) -> None:
    """Pool a ``score_topics`` result's counts under ``key``."""
    c = tally.setdefault(key, Counter())
    gold, predicted = int(result["gold_spans"]), int(result["predicted_spans"])
    c["gold"] += gold
    c["predicted"] += predicted
    c["found"] += round(float(result["recall"]) * gold)
    c["correct"] += round(float(result["precision"]) * predicted)
    c["windows"] += windows


def line(key: str, c: Counter[str]) -> str:
    """recall/precision (gold, predicted) windows."""
    recall = c["found"] / c["gold"] if c["gold"] else 1.0
    precision = c["correct"] / c["predicted"] if c["predicted"] else 1.0
    counts = f"({c['gold']}, {c['predicted']}) windows {c['windows']}"
    return f"{key:28} {recall:.3f}/{precision:.3f} {counts}"


def prepared_sets(redactor: Any, names: list[str], cache: Path | None) -> dict[str, Any]:
    """Each set's transcripts as the detector reads them, with gold (cached when asked)."""
    known: dict[str, Any] = {}
    if cache is not None and cache.exists():
        known = json.loads(cache.read_text(encoding="utf-8"))
    for name in names:
        if name not in known:
            known[name] = prepare(redactor, load(name))
            if cache is not None:
                cache.write_text(json.dumps(known), encoding="utf-8")
    return {name: [(t, [tuple(g) for g in gold]) for t, gold in known[name]] for name in names}


def main(argv: list[str]) -> int:
    """Score every held-out set under each gate and print per-set and pooled lines."""
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    given = [a for a in argv if ":" in a and not a.startswith("--") and "/" not in a]
    gates = [
        (p[0], float(p[1]), float(p[2]) if len(p) > 2 else 0.0)
        for p in (a.split(":") for a in given)
    ] or [
        ("alone", 0.4, 0.0),
        ("or", 0.6, 0.0),
        ("or", 0.6, 0.1),
    ]
    names = annotated_sets()
    if "--sets" in argv:
        names = [n for n in argv[argv.index("--sets") + 1].split(",") if n in names]
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    calls: Counter[str] = Counter()
    memoise_classifier(detector, calls)
    prepared = prepared_sets(redactor, names, cache)
    tally: Tally = {}
    for held in names:
        weights, bias, _card = fit(training_rows(names, (held,)))
        topic_gate.use_ngram_scorer(NgramTopicScorer(weights, bias))
        runs = {"shipped": {"topic_gate.NGRAM_BAR": 1.01}}
        for mode, bar, floor in gates:
            runs[f"{mode} {bar} floor {floor}"] = {
                "topic_gate.NGRAM_BAR": bar,
                "topic_gate.NGRAM_ALONE": float(mode == "alone"),
                "topic_gate.NGRAM_FLOOR": floor,
            }
        for label, values in runs.items():
            with settings(**values):
                calls.clear()
                result = score(detector, prepared[held])
            add(tally, f"{held} {label}", result, calls["windows"])
            add(tally, f"ALL {label}", result, calls["windows"])
        for key in [k for k in tally if k.startswith(held + " ")]:
            print(line(key, tally[key]), flush=True)
    topic_gate.use_ngram_scorer(None)
    for key in [k for k in tally if k.startswith("ALL")]:
        print(line(key, tally[key]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
