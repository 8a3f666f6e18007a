"""Topic rules on every tunable transcript set (``kept_sets.TUNABLE_PATHS``), by speaker.

Run: ``.venv/bin/python bench/topic_rules_sets.py [SET ...] ['NAME={"FOLLOW_WORDS": 10}' ...]``
(named settings of ``topic_detector``'s constants, as JSON; ``shipped`` is always scored
first), or ``.venv/bin/python bench/topic_rules_sets.py --misses SET`` for one set's misses and
false fires (``bench/topic_misses.py``).

Per set and setting: all lines, client lines and clinician lines (a span is the clinician's
when it starts in a clinician turn), recall/precision (found/gold, correct/predicted), scored
as ``redaction_scoring.score_topics``, with the committed head and bank. fresh9 and fresh10 are
in the bank since c7007ae (not the head), so their figures are optimistic, as the other sets'
are; ``bench/topic_judgement_folds.py`` gives the held-out figures. Only tunable sets are read;
a judged set (held-out, blind, fresh3-6, fresh24, fresh25) is refused.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import topic_misses
from kept_sets import TUNABLE_PATHS
from topic_by_speaker import add, figure, split_score
from topic_layers import memoised_redactor, prepare, settings

SETS = TUNABLE_PATHS


def load(name: str) -> list[dict[str, Any]]:
    """Rows of a tunable set; refuses every other name."""
    if name not in SETS:
        raise SystemExit(f"refused: '{name}' is not a tunable set ({', '.join(sorted(SETS))})")
    path = SETS[name]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def tally_sets(
    redactor: Any, names: list[str], grid: Mapping[str, Mapping[str, Any]]
) -> dict[tuple[str, str, str], Counter[str]]:
    """Counts per (set, setting label, speaker) of ``redactor``'s topic detector on ``names``,
    each set prepared once and scored under every setting of ``grid``."""
    detector = redactor.topic_detector
    tally: dict[tuple[str, str, str], Counter[str]] = {}
    for name in names:
        prepared = prepare(redactor, load(name))
        for label, values in grid.items():
            with settings(**values):
                for who, result in split_score(detector, prepared).items():
                    add(tally, (name, label, who), result)
    return tally


def main(argv: list[str]) -> int:
    """Score each set under each setting, or list one set's misses."""
    if "--misses" in argv:
        name = argv[argv.index("--misses") + 1]
        if name not in SETS:
            raise SystemExit(f"refused: '{name}' is not a tunable set")
        rest = [a for a in argv if a not in ("--misses", name)]
        return topic_misses.main([name, *rest])
    names = [a for a in argv if "=" not in a and not a.startswith("--")] or list(SETS)
    grid: dict[str, dict[str, Any]] = {"shipped": {}}
    grid.update({a.partition("=")[0]: json.loads(a.partition("=")[2]) for a in argv if "=" in a})
    redactor = memoised_redactor()
    tally = tally_sets(redactor, names, grid)
    for label in grid:
        for who in ("all", "client", "clinician"):
            pooled: Counter[str] = Counter()
            cells = []
            for name in names:
                if who == "all":
                    counts = tally[(name, label, "client")] + tally[(name, label, "clinician")]
                else:
                    counts = tally[(name, label, who)]
                pooled.update(counts)
                cells.append(f"{name} {figure(counts)}")
            print(f"{label:12} {who:9} ALL {figure(pooled)}", flush=True)
            for cell in cells:
                print(f"{'':22}{cell}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
