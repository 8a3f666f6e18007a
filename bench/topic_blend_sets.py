"""The classifier blended with the linear head (``topic_blend``), on tunable transcript sets.

Run: ``.venv/bin/python bench/topic_blend_sets.py [SET ...] ['NAME=VALUE,NAME=VALUE' ...]``
(``topic_blend``'s HEAD_WEIGHT, HEAD_LIFT_FLOOR, HEAD_ALONE_BAR; ``topic_detector``'s
CLASSIFIER_BAR as ``BAR``; ``shipped`` is always scored first), e.g.
``bench/topic_blend_sets.py fresh18 training29 training30 HEAD_WEIGHT=0.3 HEAD_ALONE_BAR=0.95``.

Each set is prepared once; the classifier's probabilities and the general encoder's vectors
are memoised per input, so a grid of settings costs one encoder pass. Figures are pooled over
all lines (found/gold, correct/predicted), as ``bench/topic_rules_sets.py`` scores them, with
per-set cells. Only tunable sets are read (``topic_rules_sets.load`` refuses the rest).
``--head PATH`` scores a head file other than the committed one; ``--adapter PATH`` reads
the classifier from another adapter file (unverified; its sha256 is printed).
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from topic_by_speaker import figure
from topic_layers import memoised_redactor
from topic_rules_sets import tally_sets

from tenor_desktop.redaction import topic_blend
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_classifier import TopicClassifier

DEFAULT_SETS = ("fresh18", "training29", "training30")


def memoise_classifier(classifier: TopicClassifier) -> None:
    """Each distinct classifier input is read once per run."""
    original = classifier.probabilities
    memo: dict[str, FloatArray] = {}

    def probabilities(windows: Any) -> FloatArray:
        fresh = [w for w in dict.fromkeys(windows) if w not in memo]
        if fresh:
            for window, row in zip(fresh, original(fresh), strict=True):
                memo[window] = row
        if not windows:
            return original([])
        return np.stack([memo[w] for w in windows])

    classifier.probabilities = probabilities  # type: ignore[method-assign]


def parse(argument: str) -> dict[str, float]:
    """``NAME=VALUE,NAME=VALUE`` as settings (``BAR`` is the detector's CLASSIFIER_BAR)."""
    values: dict[str, float] = {}
    for part in argument.split(","):
        name, _, value = part.partition("=")
        key = "CLASSIFIER_BAR" if name == "BAR" else f"topic_blend.{name}"
        values[key] = float(value)
    return values


def main(argv: list[str]) -> int:
    """Score the shipped detector and each blend on the named sets."""
    if "--head" in argv:
        path = argv[argv.index("--head") + 1]
        argv = [a for a in argv if a not in ("--head", path)]
        topic_blend.HEAD_PATH = path
    adapter = None
    if "--adapter" in argv:
        adapter = Path(argv[argv.index("--adapter") + 1])
        argv = [a for a in argv if a not in ("--adapter", str(adapter))]
    names = [a for a in argv if "=" not in a] or list(DEFAULT_SETS)
    grid: dict[str, dict[str, float]] = {"shipped": {}}
    grid.update({a: parse(a) for a in argv if "=" in a})
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    classifier, encoder = detector.internals().classifier, detector.internals().encoder
    if classifier is None or encoder is None:
        raise SystemExit("no classifier")
    if adapter is not None:
        # An earlier adapter file (e.g. the stop's committed one after a swap), unverified.
        print(f"adapter {hashlib.sha256(adapter.read_bytes()).hexdigest()}")
        # The sibling is a copy of the encoder: not of topic_layers' memoised encode.
        memoised = vars(encoder).pop("encode", None)
        classifier = TopicClassifier.load(encoder, adapter, verify_checksum=False)
        if memoised is not None:
            encoder.encode = memoised  # type: ignore[method-assign]
        detector._classifier = classifier
    memoise_classifier(classifier)
    tally = tally_sets(redactor, names, grid)
    for label in grid:
        pooled: Counter[str] = Counter()
        cells = []
        for name in names:
            counts = tally[(name, label, "client")] + tally[(name, label, "clinician")]
            pooled.update(counts)
            cells.append(f"{name} {figure(counts)}")
        print(f"{label:48} ALL {figure(pooled)}", flush=True)
        print(f"{'':50}" + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
