"""Topic recall and precision on the judged sets, in aggregate only, under detector settings.

Run: ``.venv/bin/python bench/topic_judged.py
['NAME={"HEAD_BAR": 1.01}' ...]``. Each argument names a setting of ``topic_detector``'s module
constants (JSON); ``shipped`` (the detector as committed) is always scored first. Per set, one
line per setting: recall/precision (gold, predicted), the same counts as
``bench/redaction_eval.py`` (``score_topics`` on transcripts with identifiers blanked by the
redactor, ``score_sentences`` on the sentence sets).

The judged sets (held-out, blind and fresh transcripts and sentences) are read by this program
for their totals only: nothing of a sentence, a span or a transcript is printed, and no set is
scored that ``TENOR_REDACTION_HIDE`` names, nor a set in ``kept_sets.UNSEEN`` whatever it says.
Sentence embeddings are computed once per run, so each extra setting costs only the rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE, UNSEEN, hidden_sets
from redaction_eval import OWN, OWN_SECOND, TRANSCRIPT_SETS, load_rows
from topic_calibration import load_sentences, score_sentences
from topic_layers import memoised_redactor, prepare, score, settings

DATA = Path(__file__).resolve().parent / "data"
# Never scored here, whatever the environment says: kept for the lead's look.
HIDDEN = hidden_sets() | UNSEEN
# Tunable sets (kept_sets.TUNABLE) are scored by the folds benches, not here.
SENTENCE_SETS = {
    "holdout sentences": DATA / "topics_holdout.txt",
    "blind sentences": DATA / "topics_blind.txt",
    "fresh sentences": DATA / "topics_fresh.txt",
    "fresh2 sentences": DATA / "topics_fresh2.txt",
}


def parse(argv: list[str]) -> dict[str, dict[str, float]]:
    """``NAME=JSON`` arguments as named settings, after the shipped detector."""
    grid: dict[str, dict[str, float]] = {"shipped": {}}
    for argument in argv:
        name, _, values = argument.partition("=")
        grid[name] = json.loads(values)
    return grid


def main(argv: list[str]) -> int:
    """Print each judged set's aggregate topic scores under each setting."""
    grid = parse(argv)
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    transcripts = {
        name: path
        for name, path in TRANSCRIPT_SETS.items()
        if name not in HIDDEN and name not in TUNABLE
    }
    transcripts["own heldout"] = OWN
    transcripts["own heldout 2"] = OWN_SECOND
    totals: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in grid}
    for set_name, path in transcripts.items():
        rows = [row for row in load_rows(path) if row.get("topics") is not None]
        prepared = prepare(redactor, rows)
        for name, values in grid.items():
            with settings(**values):
                result = score(detector, prepared)
            gold, predicted = result["gold_spans"], result["predicted_spans"]
            found = round(result["recall"] * gold)
            correct = round(result["precision"] * predicted)
            for i, count in enumerate((gold, predicted, found, correct)):
                totals[name][i] += count
            print(
                f"{set_name:18} {name:24} {result['recall']:.3f}/{result['precision']:.3f}"
                f" ({gold}, {predicted})",
                flush=True,
            )
    for name, (gold, predicted, found, correct) in totals.items():
        recall = found / gold if gold else 1.0
        precision = correct / predicted if predicted else 1.0
        scores = f"{recall:.3f}/{precision:.3f} ({gold}, {predicted})"
        print(f"{'transcripts pooled':18} {name:24} {scores}")
    for set_name, path in SENTENCE_SETS.items():
        if not path.exists():
            continue
        sentences = load_sentences(path)
        for name, values in grid.items():
            with settings(**values):
                result = score_sentences(detector, sentences)
            print(f"{set_name:18} {name:24} {result['recall']:.3f}/{result['precision']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
