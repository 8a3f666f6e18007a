"""What a topic-gate setting costs: classifier windows and PHI+topics throughput on dev x3.

Run: ``.venv/bin/python bench/topic_gate_cost.py [--rounds N] NAME=JSON ...`` (settings as
``topic_layers.settings`` takes them: ``'ngram={"topic_gate.NGRAM_BAR": 0.6}'``). The shipped
gate is measured first in every round, then each setting, alternating in one process on the
dev transcripts redacted three times as live segments (``redaction_speed.throughput``):
per setting the classifier windows read and the median words per CPU second, with the paired
median ratio against shipped (each round's setting over the same round's shipped).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE_PATHS
from redaction_speed import throughput
from topic_layers import load, settings

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor


def main(argv: list[str]) -> int:
    """Print windows and throughput per setting."""
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    grid: dict[str, dict[str, float]] = {"shipped": {}}
    for argument in argv:
        if "=" in argument and not argument.startswith("--"):
            label, _, given = argument.partition("=")
            grid[label] = json.loads(given)
    assert "dev" in TUNABLE_PATHS
    rows = load("dev")
    models = RedactionModels.load()
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    classifier: Any = redactor.topic_detector._classifier
    original = classifier.probabilities
    windows: Counter[str] = Counter()

    def counted(batch: list[str]) -> Any:
        windows["n"] += len(batch)
        return original(batch)

    classifier.probabilities = counted
    throughput(redactor, rows[:5], repeats=1)  # warm-up: graphs built, memos filled
    speeds: dict[str, list[float]] = {name: [] for name in grid}
    reads: dict[str, int] = {}
    for _ in range(rounds):
        for name, values in grid.items():
            with settings(**values):
                windows.clear()
                speeds[name].append(throughput(redactor, rows, repeats=3)["words_per_second"])
                reads[name] = windows["n"]
    for name in grid:
        ratios = sorted(c / b for c, b in zip(speeds[name], speeds["shipped"], strict=True))
        ordered = sorted(speeds[name])
        print(
            json.dumps(
                {
                    "setting": name,
                    "classifier_windows_dev_x3": reads[name],
                    "words_per_cpu_second_median": ordered[len(ordered) // 2],
                    "rounds": speeds[name],
                    "ratio_paired_median": round(ratios[len(ratios) // 2], 3),
                }
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
