"""Topic recall and precision per transcript set for this tree and an older one, same run.

Run: ``TENOR_REDACTION_BASELINE=<rev> .venv/bin/python bench/topics_vs_baseline.py``; writes
``bench/results/topics_vs_baseline.json`` and prints one line per set. Without the variable only
this tree is scored.

Each set is scored as ``bench/redaction_eval.py`` scores it (every built-in topic on, PHI on,
``score_topics``), overall and on client and clinician lines apart (a span is the clinician's
when it starts in a clinician turn, ``topic_speakers.clinician_ranges``, as in
``bench/topic_by_speaker.py``): the newer sets mark clinician lines, the older ones almost none.
The older tree runs in a fresh process with its own ``tenor_desktop`` and resources first on
``sys.path`` (``--scores-of TREE``); sets in ``kept_sets`` stay hidden in both unless revealed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)

# ``--scores-of TREE`` scores the detector of another checkout (a baseline) on these sets.
if len(sys.argv) == 3 and sys.argv[1] == "--scores-of":
    sys.path.insert(0, sys.argv[2])

from kept_sets import hidden_sets
from redaction_eval import DEV, TRANSCRIPT_SETS, load_rows
from redaction_scoring import score_topics
from redaction_speed import last_json_line_on_tree

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.settings import TOPIC_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
RESULT = ROOT / "bench" / "results" / "topics_vs_baseline.json"
Pairs = list[tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]]


def _clinician_ranges(text: str) -> list[tuple[int, int]]:
    from tenor_desktop.redaction.topic_speakers import clinician_ranges

    return list(clinician_ranges(text))


def _starts_in(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _short(result: dict[str, Any]) -> dict[str, Any]:
    keys = ("recall", "precision", "gold_spans", "predicted_spans")
    return {key: result[key] for key in keys if key in result}


def set_scores(redactor: Redactor, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Overall, client-line and clinician-line topic scores of ``redactor`` on ``rows``."""
    pairs: dict[str, Pairs] = {"all": [], "client": [], "clinician": []}
    for row in rows:
        if row.get("topics") is None:
            continue
        gold = [(t["start"], t["end"], t["category"]) for t in row["topics"]]
        found = [(t.start, t.end, t.category) for t in redactor.redact(row["text"]).topics]
        ranges = _clinician_ranges(row["text"])
        pairs["all"].append((gold, found))
        for who in ("client", "clinician"):
            mine = who == "clinician"
            pairs[who].append(
                (
                    [g for g in gold if _starts_in(g[0], ranges) == mine],
                    [p for p in found if _starts_in(p[0], ranges) == mine],
                )
            )
    return {who: _short(score_topics(p)) for who, p in pairs.items()}


def scores() -> dict[str, Any]:
    """Every visible transcript set's topic scores under this process's ``tenor_desktop``."""
    models = RedactionModels.load()
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    sets = {"dev": DEV, **TRANSCRIPT_SETS}
    hidden = hidden_sets()
    return {
        name: set_scores(redactor, load_rows(path))
        for name, path in sets.items()
        if name not in hidden
    }


def baseline_scores(commit: str) -> dict[str, Any]:
    """``scores()`` for the detector of ``commit``, in a fresh process on its tree."""
    return dict(last_json_line_on_tree(commit, ROOT, __file__, "--scores-of"))


def _cell(result: dict[str, Any]) -> str:
    return f"{result['recall']:.3f}/{result['precision']:.3f}"


def main() -> int:
    """Score this tree (and the baseline's), write the JSON, print a line per set."""
    if len(sys.argv) == 3 and sys.argv[1] == "--scores-of":
        print(json.dumps(scores()))
        return 0
    results: dict[str, Any] = {"tree": scores()}
    commit = os.environ.get("TENOR_REDACTION_BASELINE")
    if commit:
        results["baseline"] = {"commit": commit, **baseline_scores(commit)}
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name, tree in results["tree"].items():
        base = results.get("baseline", {}).get(name)
        line = f"{name:12} gold {tree['all']['gold_spans']:4} "
        for who in ("all", "client", "clinician"):
            before = f"{_cell(base[who])} -> " if base else ""
            line += f" {who} {before}{_cell(tree[who])}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
