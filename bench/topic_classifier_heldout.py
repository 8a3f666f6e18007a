"""The detector's topic figures with a given classifier file, at several bars, on tunable sets.

Run: ``.venv/bin/python bench/topic_classifier_heldout.py ADAPTER.npz SET,SET BAR,BAR``.
Train ADAPTER.npz without the sets first (``bench/train_topic_adapter.py ROWS OUT --hold
SET,SET``) and the figures are held-out ones: the sets trained neither the classifier nor, for
sets outside ``train_topic_head.TRANSCRIPTS``, the head and bank. A bar above 1.0 is the
detector without the classifier. Scored as ``redaction_scoring.score_topics`` on each
transcript as the detector reads it (identifiers blanked); judged sets are refused.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from kept_sets import TUNABLE_PATHS
from topic_layers import load, memoised_redactor, prepare, score, settings

from tenor_desktop.redaction import topic_classifier, topic_detector


def use_adapter(path: Path) -> None:
    """Make detectors built from now on load ``path`` (its checksum pinned for this run)."""
    topic_classifier.ADAPTER_SHA256 = hashlib.sha256(path.read_bytes()).hexdigest()
    topic_classifier.topic_adapter_path = lambda: path
    topic_detector.topic_adapter_path = lambda: path


def main(argv: list[str]) -> int:
    """Print pooled and per-set recall/precision per bar."""
    if len(argv) != 4:
        print(__doc__)
        return 2
    use_adapter(Path(argv[1]))
    names = argv[2].split(",")
    if any(name not in TUNABLE_PATHS for name in names):
        raise SystemExit("refused: only tunable sets (kept_sets.TUNABLE_PATHS)")
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    classifier: Any = detector._classifier  # memoised for the run
    memo: dict[str, Any] = {}
    original = classifier.probabilities

    def probabilities(windows: list[str]) -> Any:
        fresh = [w for w in dict.fromkeys(windows) if w not in memo]
        for window, row in zip(fresh, original(fresh) if fresh else [], strict=True):
            memo[window] = row
        return np.stack([memo[w] for w in windows]) if windows else original([])

    classifier.probabilities = probabilities
    prepared = {name: prepare(redactor, load(name)) for name in names}
    for bar in (float(b) for b in argv[3].split(",")):
        with settings(CLASSIFIER_BAR=bar):
            results = {name: score(detector, rows) for name, rows in prepared.items()}
        gold = sum(r["gold_spans"] for r in results.values())
        predicted = sum(r["predicted_spans"] for r in results.values())
        found = sum(round(r["recall"] * r["gold_spans"]) for r in results.values())
        right = sum(round(r["precision"] * r["predicted_spans"]) for r in results.values())
        per_set = " ".join(
            f"{n} {r['recall']:.3f}/{r['precision']:.3f}" for n, r in results.items()
        )
        print(
            f"bar {bar:.2f}: {found / gold:.3f}/{right / max(predicted, 1):.3f}"
            f" ({gold} gold, {predicted} predicted) {per_set}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
