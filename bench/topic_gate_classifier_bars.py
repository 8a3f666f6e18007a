"""Per-category classifier bars chosen in folds, on the tunable sets the classifier never saw.

Run: ``.venv/bin/python bench/topic_gate_classifier_bars.py --cache FILE SET,SET,...`` (sets the
committed adapter was not trained on; ``topic_static_ngram_folds --cache`` writes the cache).
Each (category, bar) in BARS is scored with every other category at the shipped
``CLASSIFIER_BAR`` (a classifier span is kept when its probability clears its category's bar;
the classifier's choice of category does not depend on the bar, so filtering spans found at
the lowest bar is exact). Then, leaving one set out at a time, each category's bar is the one
with the best F1 of that category on the other sets, and the held-out set is scored with them.
Prints per held-out set and pooled recall/precision against the shipped bar.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from redaction_scoring import covered
from topic_layers import memoised_redactor
from topic_static_ngram_folds import memoise_classifier, prepared_sets
from train_topic_head import LABELS

from tenor_desktop.redaction import topic_classifier_reads, topic_detector_settings
from tenor_desktop.redaction.topic_head import NONE_LABEL

BARS = (0.3, 0.4, 0.5, 0.6, 0.7)
CATEGORIES = [label for label in LABELS if label != NONE_LABEL]
Span = tuple[int, int, str]


def counts(pairs: list[tuple[list[Span], list[Span]]]) -> Counter[str]:
    """Per category: gold, found, predicted, correct (as ``score_topics`` counts them)."""
    c: Counter[str] = Counter()
    for gold, predicted in pairs:
        for s, e, cat in gold:
            c[f"{cat} gold"] += 1
            c[f"{cat} found"] += covered(s, e, [p for p in predicted if p[2] == cat]) >= 0.5 * (
                e - s
            )
        for s, e, cat in predicted:
            c[f"{cat} predicted"] += 1
            c[f"{cat} correct"] += covered(s, e, [g for g in gold if g[2] == cat]) >= 0.5 * (e - s)
    return c


def run(detector: Any, prepared: Any, bars: dict[str, float]) -> Counter[str]:
    """Counts of the detector with per-category classifier bars."""
    original: Any = topic_classifier_reads.classified_topics

    def filtered(*args: Any) -> Any:
        spans = original(*args[:5], min(bars.values()), *args[6:])
        return [s for s in spans if s.confidence >= bars[s.category] - 5e-4]

    topic_classifier_reads.classified_topics = filtered
    try:
        pairs = [
            (gold, [(t.start, t.end, t.category) for t in detector.detect(text)])
            for text, gold in prepared
        ]
    finally:
        topic_classifier_reads.classified_topics = original
    return counts(pairs)


def pooled(c: Counter[str]) -> str:
    """recall/precision (gold, predicted) over every category."""
    gold = sum(c[f"{k} gold"] for k in CATEGORIES)
    found = sum(c[f"{k} found"] for k in CATEGORIES)
    predicted = sum(c[f"{k} predicted"] for k in CATEGORIES)
    correct = sum(c[f"{k} correct"] for k in CATEGORIES)
    return f"{found / max(gold, 1):.3f}/{correct / max(predicted, 1):.3f} ({gold}, {predicted})"


def f1(c: Counter[str], cat: str) -> float:
    """F1 of one category."""
    r = c[f"{cat} found"] / max(c[f"{cat} gold"], 1)
    p = c[f"{cat} correct"] / max(c[f"{cat} predicted"], 1)
    return 2 * r * p / (r + p) if r + p else 0.0


def main(argv: list[str]) -> int:
    """Score per-category bars chosen leaving one set out."""
    cache = argv[argv.index("--cache") + 1]
    names = next(a for a in argv if not a.startswith("--") and a != cache).split(",")
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    memoise_classifier(detector, Counter())
    prepared = prepared_sets(redactor, names, Path(cache))
    shipped = topic_detector_settings.CLASSIFIER_BAR
    base = dict.fromkeys(CATEGORIES, shipped)
    grid: dict[tuple[str, float], dict[str, Counter[str]]] = {}
    for cat in CATEGORIES:
        for bar in BARS:
            grid[cat, bar] = {n: run(detector, prepared[n], {**base, cat: bar}) for n in names}
    total_shipped: Counter[str] = Counter()
    total_chosen: Counter[str] = Counter()
    for held in names:
        chosen = {}
        for cat in CATEGORIES:
            scores = {}
            for bar in BARS:
                c: Counter[str] = Counter()
                for n in names:
                    if n != held:
                        c.update(grid[cat, bar][n])
                scores[bar] = f1(c, cat)
            chosen[cat] = max(BARS, key=lambda b: (round(scores[b], 4), b == shipped))
        ship = grid[CATEGORIES[0], shipped][held]
        mine = run(detector, prepared[held], chosen)
        total_shipped.update(ship)
        total_chosen.update(mine)
        print(f"{held:11} shipped {pooled(ship)}  chosen {pooled(mine)}  bars {chosen}", flush=True)
    print(f"ALL shipped {pooled(total_shipped)}  chosen {pooled(total_chosen)}")
    for bar in BARS:
        one: Counter[str] = Counter()
        for n in names:
            one.update(run(detector, prepared[n], dict.fromkeys(CATEGORIES, bar)))
        print(f"ALL one bar {bar}: {pooled(one)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
