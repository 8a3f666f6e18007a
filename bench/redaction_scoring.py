"""Scoring used by redaction_eval.py, following data/phi/README.md.

A gold span is found when predicted spans cover at least 80% of its characters (any label);
the label figure counts found spans whose best-overlapping prediction has the gold label. A
predicted span is correct when at least 50% of it overlaps gold PHI. Topics use the same idea at
sentence level with matching categories: 50% coverage for recall and 50% overlap for precision.

Overall figures carry a 95% Wilson interval: a set of 50 topic sentences cannot tell 0.82 from
0.90, and the intervals say so beside the point figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from math import sqrt
from typing import Any

Span = tuple[int, int, str]


def covered(start: int, end: int, spans: Sequence[Span]) -> int:
    """How many characters of ``start:end`` the ``spans`` cover (overlaps counted once)."""
    marks = bytearray(end - start)
    for s, e, _ in spans:
        for i in range(max(s, start), min(e, end)):
            marks[i - start] = 1
    return sum(marks)


def score_phi(examples: Sequence[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, Any]:
    """Overall and per-label recall, label accuracy and precision over (gold, predicted) pairs."""
    found: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    labelled: dict[str, int] = defaultdict(int)
    pred_ok: dict[str, int] = defaultdict(int)
    pred_total: dict[str, int] = defaultdict(int)
    for gold, predicted in examples:
        for s, e, label in gold:
            total[label] += 1
            if covered(s, e, predicted) >= 0.8 * (e - s):
                found[label] += 1
                best = max(predicted, key=lambda p: min(p[1], e) - max(p[0], s))
                labelled[label] += int(best[2] == label)
        for s, e, label in predicted:
            pred_total[label] += 1
            pred_ok[label] += int(covered(s, e, gold) >= 0.5 * (e - s))
    labels = sorted(set(total) | set(pred_total))
    per_label = {
        label: {
            "gold": total[label],
            "recall": _ratio(found[label], total[label]),
            "label_accuracy": _ratio(labelled[label], found[label]),
            "predicted": pred_total[label],
            "precision": _ratio(pred_ok[label], pred_total[label]),
        }
        for label in labels
    }
    return {
        "recall": _ratio(sum(found.values()), sum(total.values())),
        "recall_interval": wilson_interval(sum(found.values()), sum(total.values())),
        "label_accuracy": _ratio(sum(labelled.values()), sum(found.values())),
        "precision": _ratio(sum(pred_ok.values()), sum(pred_total.values())),
        "precision_interval": wilson_interval(sum(pred_ok.values()), sum(pred_total.values())),
        "gold_spans": sum(total.values()),
        "predicted_spans": sum(pred_total.values()),
        "per_label": per_label,
    }


def score_topics(examples: Sequence[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, Any]:
    """Recall and precision of topic spans, category must match."""
    found = total = ok = predicted_total = 0
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for gold, predicted in examples:
        for s, e, category in gold:
            same = [p for p in predicted if p[2] == category]
            hit = covered(s, e, same) >= 0.5 * (e - s)
            total += 1
            found += int(hit)
            per[category][0] += int(hit)
            per[category][1] += 1
        for s, e, category in predicted:
            same = [g for g in gold if g[2] == category]
            good = covered(s, e, same) >= 0.5 * (e - s)
            predicted_total += 1
            ok += int(good)
            per[category][2] += int(good)
            per[category][3] += 1
    return {
        "recall": _ratio(found, total),
        "recall_interval": wilson_interval(found, total),
        "precision": _ratio(ok, predicted_total),
        "precision_interval": wilson_interval(ok, predicted_total),
        "gold_spans": total,
        "predicted_spans": predicted_total,
        "per_category": {
            c: {"recall": _ratio(v[0], v[1]), "precision": _ratio(v[2], v[3]), "gold": v[1]}
            for c, v in sorted(per.items())
        },
    }


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> list[float]:
    """The 95% Wilson score interval of a proportion, as [low, high]; [0, 1] with no trials."""
    if not trials:
        return [0.0, 1.0]
    p = successes / trials
    centre = p + z * z / (2 * trials)
    spread = z * sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials))
    scale = 1 + z * z / trials
    return [
        max(0.0, round((centre - spread) / scale, 3)),
        min(1.0, round((centre + spread) / scale, 3)),
    ]
