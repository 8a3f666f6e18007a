"""Topics with each transcript line redacted as a live segment, against the whole transcript.

Run: ``.venv/bin/python bench/topic_live_segments.py [--tree CHECKOUT]`` (``--tree`` scores the
redactor of another checkout, e.g. a baseline worktree, on this checkout's sets).

The recording pipeline redacts one final segment at a time, without speaker labels
(``RedactionSession.redact_segment``); this bench cuts each line's label and redacts it so,
maps the topic spans back into the whole text and scores them as ``score_topics`` does, next to
the same redactor on the whole transcript (``Redactor.redact``). Tunable sets are reported one by
one; judged sets only pooled; kept sets only with ``TENOR_REDACTION_REVEAL=1``. Writes
``bench/results/topic_live_segments.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)

if "--tree" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--tree") + 1])

from kept_sets import TUNABLE, UNSEEN, hidden_sets, set_path
from live_segments import redacted_live
from redaction_eval import TRANSCRIPT_SETS
from redaction_scoring import score_topics

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor

RESULT = Path(__file__).resolve().parent / "results" / "topic_live_segments.json"
Pair = tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]


def _pairs(redactor: Redactor, rows: list[dict[str, Any]]) -> tuple[list[Pair], list[Pair]]:
    live: list[Pair] = []
    whole: list[Pair] = []
    for row in rows:
        gold = [(t["start"], t["end"], t["category"]) for t in row["topics"]]
        _spans, predicted = redacted_live(redactor, row["text"])
        live.append((gold, predicted))
        found = redactor.redact(row["text"]).topics
        whole.append((gold, [(t.start, t.end, t.category) for t in found]))
    return live, whole


def _figure(score: dict[str, Any]) -> dict[str, Any]:
    return {k: score[k] for k in ("recall", "precision", "gold_spans", "predicted_spans")}


def main() -> int:
    """Score every visible transcript set live and whole; print and write the figures."""
    models = RedactionModels.load()
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    hidden = hidden_sets()
    names = [n for n in ["dev", *TRANSCRIPT_SETS] if n not in hidden]
    results: dict[str, Any] = {}
    judged: tuple[list[Pair], list[Pair]] = ([], [])
    for name in names:
        path = set_path(name)
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        live, whole = _pairs(redactor, rows)
        if name in TUNABLE or name in UNSEEN:
            results[name] = {
                "live": _figure(score_topics(live)),
                "whole": _figure(score_topics(whole)),
            }
            print(name, results[name], flush=True)
        else:
            judged[0].extend(live)
            judged[1].extend(whole)
    results["judged_pooled"] = {
        "live": _figure(score_topics(judged[0])),
        "whole": _figure(score_topics(judged[1])),
    }
    print("judged_pooled", results["judged_pooled"])
    RESULT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
