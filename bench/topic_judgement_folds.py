"""Leave-one-set-out scores of the embedding's judgement, over every tunable transcript set.

Run: ``.venv/bin/python bench/topic_judgement_folds.py [--train-extra SET,...]
[--compare-without SET,...] ['NAME={"NEUTRAL_MARGIN": 0.0}' ...]`` (named settings of
``topic_detector``'s constants, as JSON; the detector as it is, ``shipped``, is always scored
first).

Each tunable set (``kept_sets.TUNABLE_PATHS``) is scored by a detector whose head and bank
were rebuilt without it (``topic_head_folds.build_from_sets``; sets of ``BANK_ONLY`` go to the
bank only). A set
outside ``TRANSCRIPTS`` trains no fold unless ``--train-extra`` names it (to measure adding
it to the training data before doing so); ``--compare-without`` also scores every setting with
head and bank built without the sets it names (to measure a set's place in the training
data after it joined). Per setting: the counts pooled over the sets, then
per set, client and clinician lines together (``redaction_scoring.score_topics``). Judged sets
are never read.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE_PATHS
from topic_head_folds import Tally, add, build_from_sets
from topic_layers import memoised_redactor, prepare, score, settings
from train_topic_head import TRANSCRIPTS, load_transcripts, sentence_rows

# Tunable since stop 19 (fresh9 and fresh10 after their two looks, training7 written for
# training); scored here whether or not they train.
SCORED = TUNABLE_PATHS


def report(tally: Tally, order: list[str]) -> None:
    """recall/precision (gold, predicted) pooled per setting, then per set."""
    for name in order:
        for (label, setting), c in tally.items():
            if label != name:
                continue
            recall = c["found"] / c["gold"] if c["gold"] else 1.0
            precision = c["correct"] / c["predicted"] if c["predicted"] else 1.0
            print(
                f"{label:10} {setting:28} {recall:.3f}/{precision:.3f}"
                f" ({c['gold']}, {c['predicted']}; found {c['found']}, correct {c['correct']})"
            )


def main(argv: list[str]) -> int:
    """Rebuild head and bank without each set in turn and score it under every setting."""
    extra = set()
    if "--train-extra" in argv:
        extra = set(argv[argv.index("--train-extra") + 1].split(","))
    grid: dict[str, dict[str, Any]] = {"shipped": {}}
    grid.update({a.partition("=")[0]: json.loads(a.partition("=")[2]) for a in argv if "=" in a})
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    sets = {name: load_transcripts(path) for name, path in SCORED.items()}
    sets = {n: [r for r in rows if r.get("topics") is not None] for n, rows in sets.items()}
    sets = {n: rows for n, rows in sets.items() if rows}
    prepared = {name: prepare(redactor, rows) for name, rows in sets.items()}
    trained = {n: t for n, t in sets.items() if n in TRANSCRIPTS or n in extra}
    base = sentence_rows()
    tally: Tally = {}
    # --compare-without SETS: also score each set with head and bank built without SETS.
    variants: dict[str, set[str]] = {"": set()}
    if "--compare-without" in argv:
        left = set(argv[argv.index("--compare-without") + 1].split(","))
        variants[f" without {','.join(sorted(left))}"] = left
    for held in sets:
        for suffix, left in variants.items():
            kept = {n: t for n, t in trained.items() if n != held and n not in left}
            build_from_sets(detector, base, kept)
            for setting, values in grid.items():
                with settings(**values):
                    result = score(detector, prepared[held])
                add(tally, (held, setting + suffix), result)
                add(tally, ("ALL", setting + suffix), result)
        print(f"# {held} scored", file=sys.stderr, flush=True)
    report(tally, ["ALL", *sets])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
