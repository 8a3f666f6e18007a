"""Topic recall and precision per tunable set, client lines and clinician lines apart.

Run: ``.venv/bin/python bench/topic_by_speaker.py [SET ...] [--folds K]
['NAME={"CLINICIAN_LIFT": 0.05}' ...]`` (named settings of ``topic_detector``'s constants, as
JSON; the detector as it is, ``shipped``, is always scored first).

The newer sets (training5) mark a clinician's sentence that restates, asks about or follows
up on the client's sensitive matter, and short answers that carry a topic; the older ones
(dev, tuning, training3, training4, fresh7) mark almost none of them, so the two kinds of line
are scored apart: a span is the clinician's when it starts in a clinician turn
(``topic_speakers.clinician_ranges``), gold and predicted alike. Scoring as
``redaction_scoring.score_topics``.

Without ``--folds`` the committed head and bank score the sets, and they were built from these
very sets (a sentence finds itself in the bank): optimistic. ``--folds K`` rebuilds head and
bank per fold without it (``topic_head_folds.build``) and pools the counts: the honest figure.
Only tunable sets (``train_topic_head.TRANSCRIPTS``) are read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from redaction_scoring import score_topics
from topic_head_folds import build_from_sets
from topic_layers import Prepared, load, memoised_redactor, prepare, settings
from train_topic_head import TRANSCRIPTS, sentence_rows

from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges

Tally = dict[tuple[str, str, str], Counter[str]]


def split_score(detector: TopicDetector, prepared: Prepared) -> dict[str, dict[str, Any]]:
    """``score_topics`` over client spans and over clinician spans."""
    pairs: dict[str, list[tuple[list[Any], list[Any]]]] = {"client": [], "clinician": []}
    for text, gold in prepared:
        ranges = clinician_ranges(text)
        predicted = [(t.start, t.end, t.category) for t in detector.detect(text)]
        for who in pairs:
            mine = who == "clinician"
            pairs[who].append(
                (
                    [g for g in gold if in_ranges(g[0], ranges) == mine],
                    [p for p in predicted if in_ranges(p[0], ranges) == mine],
                )
            )
    return {who: score_topics(p) for who, p in pairs.items()}


def add(tally: Tally, key: tuple[str, str, str], result: dict[str, Any]) -> None:
    """Pool a ``score_topics`` result's counts under ``key``."""
    counts = tally.setdefault(key, Counter())
    counts["gold"] += result["gold_spans"]
    counts["found"] += round(result["recall"] * result["gold_spans"])
    counts["predicted"] += result["predicted_spans"]
    counts["correct"] += round(result["precision"] * result["predicted_spans"])


def figure(c: Counter[str]) -> str:
    """recall/precision (found/gold, correct/predicted)."""
    recall = c["found"] / c["gold"] if c["gold"] else 1.0
    precision = c["correct"] / c["predicted"] if c["predicted"] else 1.0
    return (
        f"{recall:.3f}/{precision:.3f} ({c['found']}/{c['gold']}, {c['correct']}/{c['predicted']})"
    )


def main(argv: list[str]) -> int:
    """Score each set (pooled over folds with ``--folds``) under each setting."""
    folds = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 0
    skip = {str(folds)} if folds else set()
    names = [a for a in argv if not a.startswith("--") and "=" not in a and a not in skip]
    names = names or list(TRANSCRIPTS)
    grid: dict[str, dict[str, Any]] = {"shipped": {}}
    grid.update({a.partition("=")[0]: json.loads(a.partition("=")[2]) for a in argv if "=" in a})
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    prepared = {name: prepare(redactor, load(name)) for name in names}
    tally: Tally = {}

    def run(held: dict[str, Prepared]) -> None:
        for name, pairs in held.items():
            for label, values in grid.items():
                with settings(**values):
                    for who, result in split_score(detector, pairs).items():
                        add(tally, (name, label, who), result)

    if not folds:
        run(prepared)
    else:
        base = sentence_rows()
        sets = {name: load(name) for name in TRANSCRIPTS if TRANSCRIPTS[name].exists()}
        for fold in range(folds):
            kept = {n: [r for i, r in enumerate(t) if i % folds != fold] for n, t in sets.items()}
            build_from_sets(detector, base, kept)
            run(
                {
                    n: [p for i, p in enumerate(ps) if i % folds == fold]
                    for n, ps in prepared.items()
                }
            )
    for label in grid:
        for who in ("client", "clinician"):
            everything: Counter[str] = Counter()
            for name in names:
                everything.update(tally[(name, label, who)])
            cells = "  ".join(f"{n} {figure(tally[(n, label, who)])}" for n in names)
            print(f"{label:16} {who:9} ALL {figure(everything)}  {cells}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
