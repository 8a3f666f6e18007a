"""The static topic gate on tunable sets it was not trained on: leave-one-set-out folds.

Run: ``.venv/bin/python bench/topic_static_folds.py
[--in-sample] [BAR ...]``. For each tunable set (``topic_static_data``; never a judged set) the
head and bank are rebuilt without it and a static scorer is trained without it
(``topic_static_holdout``); the detector then scores the held-out set with the word
gate alone, with the static gate at each BAR (default 0.95 0.9 0.8) and with every statement
embedded (``embed_all``). ``--in-sample`` scores the committed head, bank and scorer instead.
Per set and pooled: recall/precision (gold, predicted), and how many windows the static scorer
sent to the encoder that the word gate would not have.
"""

from __future__ import annotations

import sys
from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from topic_layers import score
from topic_static_holdout import HeldOutSets

from tenor_desktop.redaction import (
    topic_classifier_reads,
    topic_detector,
    topic_embedding,
    topic_gate,
)

Tally = dict[str, Counter[str]]


def add(tally: Tally, key: str, result: dict[str, object], opened: Counter[str]) -> None:
    """Pool a ``score_topics`` result's counts under ``key``."""
    c = tally.setdefault(key, Counter())
    gold, predicted = int(result["gold_spans"]), int(result["predicted_spans"])  # type: ignore[call-overload]
    c["gold"] += gold
    c["predicted"] += predicted
    c["found"] += round(float(result["recall"]) * gold)  # type: ignore[arg-type]
    c["correct"] += round(float(result["precision"]) * predicted)  # type: ignore[arg-type]
    c["opened"] += opened["n"]
    c["windows"] += opened["all"]


def line(key: str, c: Counter[str]) -> str:
    """recall/precision (gold, predicted) +opened."""
    recall = c["found"] / c["gold"] if c["gold"] else 1.0
    precision = c["correct"] / c["predicted"] if c["predicted"] else 1.0
    return (
        f"{key:34} {recall:.3f}/{precision:.3f} ({c['gold']}, {c['predicted']})"
        f" static-opened {c['opened']} windows {c['windows']}"
    )


def main(argv: list[str]) -> int:
    """Score every held-out set under each gate and print per-set and pooled lines."""
    in_sample = "--in-sample" in argv
    # FLOOR:BAR pairs (STATIC_FLOOR, STATIC_BAR).
    pairs_given = [a.split(":") for a in argv if not a.startswith("--")]
    gates = [(float(f), float(b)) for f, b in pairs_given] or [(0.0, 0.95), (0.0, 0.9), (0.0, 0.8)]
    # The wordpiece scorer and the field words alone: the n-gram scorer asked before them has
    # its own folds (topic_static_ngram_folds).
    topic_gate.NGRAM_BAR, topic_gate.NGRAM_FLOOR = 1.01, 0.0
    folds = HeldOutSets()
    detector = folds.detector
    opened = Counter[str]()
    word_gate = topic_gate.worth_embedding

    def counting_gate(sentence: str, *, builtin_only: bool = False) -> bool:
        worded = word_gate(sentence)
        if topic_gate.opens_gate(sentence, builtin_only=builtin_only):
            opened["n"] += not worded
            opened["all"] += 1
            return True
        return False

    # Each module imports the gate by name: patch each module's binding.
    setattr(topic_detector, "opens_gate", counting_gate)  # noqa: B010
    setattr(topic_embedding, "opens_gate", counting_gate)  # noqa: B010
    setattr(topic_classifier_reads, "opens_gate", counting_gate)  # noqa: B010
    tally: Tally = {}
    for held, pairs in folds.prepared.items():
        if not in_sample:
            topic_gate.use_static_scorer(folds.scorer_without(held))
        settings = {"word gate": (0.0, 1.01), **{f"static {f}:{b}": (f, b) for f, b in gates}}
        for label, (floor, bar) in settings.items():
            topic_gate.STATIC_FLOOR, topic_gate.STATIC_BAR = floor, bar
            opened.clear()
            result = score(detector, pairs)
            add(tally, f"{held} {label}", result, opened)
            add(tally, f"ALL {label}", result, opened)
            if held not in ("training5", "training6"):
                add(tally, f"ALL-but-5/6 {label}", result, opened)
        topic_gate.STATIC_FLOOR, topic_gate.STATIC_BAR = 0.0, 1.01
        opened.clear()
        detector._embed_all = True
        result = score(detector, pairs)
        detector._embed_all = False
        add(tally, f"{held} embed_all", result, opened)
        add(tally, "ALL embed_all", result, opened)
        if held not in ("training5", "training6"):
            add(tally, "ALL-but-5/6 embed_all", result, opened)
        for key in sorted(k for k in tally if k.startswith(held + " ")):
            print(line(key, tally[key]), flush=True)
    for key in sorted(k for k in tally if k.startswith("ALL")):
        print(line(key, tally[key]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
