"""Topic false fires and misses in the transcripts of a tunable set, sentence by sentence.

Run: ``.venv/bin/python bench/topic_misses.py dev`` (or ``tuning``, ``training2``-``training6``,
``fresh7``-``fresh10``;
``--fires-only`` leaves out the misses, ``--summary`` prints the counts only). Each line names
the transcript, the category, whose turn it is (C client or unlabelled, T clinician), the
sentence, and why the detector fired (``topic_explain``: lexicon phrase; per detector sentence,
the fine-tuned classifier's probabilities read after the sentence before it, whether it read the
sentence (gate or follow-up rule) and which categories were barred from it and why; then the
prototype rules' embedding score and head, which decide only without the classifier). A set
whose transcripts carry no topic spans (training2) lists its fires as "unannotated": some may be
real disclosures nobody marked.

Only sets that may be tuned on are read; any other name (held-out, blind, fresh*) is refused:
those are judged in aggregate only, by ``bench/redaction_eval.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE_PATHS

from tenor_desktop.redaction import (
    TOPIC_CATEGORIES,
    RedactionModels,
    RedactionSettings,
    Redactor,
)
from tenor_desktop.redaction.rewrite import blank_spans
from tenor_desktop.redaction.topic_decision_trace import SentenceTrace
from tenor_desktop.redaction.topic_explain import describe, explain
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges

ROOT = Path(__file__).resolve().parents[1]
# The only sets whose sentences may be read miss by miss (kept_sets is the one list).
TUNABLE = TUNABLE_PATHS
Span = tuple[int, int, str]


def overlap(start: int, end: int, spans: list[Span], category: str) -> int:
    """Characters of ``start:end`` covered by ``spans`` of ``category``."""
    marks = bytearray(end - start)
    for s, e, c in spans:
        if c == category:
            for i in range(max(s, start), min(e, end)):
                marks[i - start] = 1
    return sum(marks)


def compare(gold: list[Span], predicted: list[Span]) -> tuple[list[Span], list[Span], int, int]:
    """False fires, misses, and the found / correct counts (scoring as redaction_eval)."""
    misses = [g for g in gold if overlap(g[0], g[1], predicted, g[2]) < 0.5 * (g[1] - g[0])]
    fires = [p for p in predicted if overlap(p[0], p[1], gold, p[2]) < 0.5 * (p[1] - p[0])]
    return fires, misses, len(gold) - len(misses), len(predicted) - len(fires)


def listed_any(fires: list[Span], misses: list[Span], argv: list[str]) -> bool:
    """Whether a transcript has anything to list (its trace is worth a second detection)."""
    return bool(fires or ("--fires-only" not in argv and misses))


def load(name: str) -> list[dict[str, Any]]:
    """Rows of a tunable set; refuses every other name."""
    if name not in TUNABLE:
        raise SystemExit(f"refused: '{name}' is not a tunable set ({', '.join(sorted(TUNABLE))})")
    path = TUNABLE[name]
    if not path.exists():
        raise SystemExit(f"{path.name} does not exist yet")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str]) -> int:
    """List (or count) the false fires and misses of one tunable set."""
    names = [a for a in argv if not a.startswith("--")]
    if len(names) != 1:
        print(__doc__)
        return 2
    rows = load(names[0])
    models = RedactionModels.load()
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    detector = redactor.topic_detector
    annotated = any(row.get("topics") for row in rows)
    totals = {"gold": 0, "predicted": 0, "found": 0, "correct": 0}
    lines: list[str] = []
    for row in rows:
        text = row["text"]
        gold = [(t["start"], t["end"], t["category"]) for t in row.get("topics", [])]
        result = redactor.redact(text)
        predicted = [(t.start, t.end, t.category) for t in result.topics]
        sources = {
            (t.start, t.end, t.category): f"{t.source} {t.confidence}" for t in result.topics
        }
        fires, misses, found, correct = compare(gold, predicted)
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        totals["found"] += found
        totals["correct"] += correct
        clinician = clinician_ranges(text)
        # The detector reads the text with identifiers blanked (as the redactor gives it).
        blanked = blank_spans(text, result.spans)
        trace: dict[int, SentenceTrace] = {}
        if listed_any(fires, misses, argv):
            detector.detect(blanked, trace=trace)
        kind = "FIRE" if annotated else "UNANNOTATED"
        listed = [(kind, s) for s in fires]
        if "--fires-only" not in argv:
            listed += [("MISS", s) for s in misses]
        for label, (start, end, category) in sorted(listed, key=lambda x: x[1][0]):
            who = "T" if in_ranges(start, clinician) else "C"
            sentence = " ".join(text[start:end].split())
            reason = describe(explain(detector, blanked, start, end, trace))
            source = sources.get((start, end, category), "")
            lines.append(
                f"{label} {row['id']} {category} [{who}] {sentence}\n    {source} | {reason}"
            )
    if "--summary" not in argv:
        print("\n".join(lines))
    recall = totals["found"] / totals["gold"] if totals["gold"] else 1.0
    precision = totals["correct"] / totals["predicted"] if totals["predicted"] else 1.0
    print(
        json.dumps(
            {
                "set": names[0],
                **totals,
                "recall": round(recall, 4),
                "precision": round(precision, 4),
                "annotated": annotated,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
