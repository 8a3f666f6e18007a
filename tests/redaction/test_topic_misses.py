"""The topic error-analysis tool: refuses judged sets, explains why a sentence fired."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_explain import describe, explain

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "bench" / "topic_misses.py"


@pytest.mark.parametrize("name", ["holdout", "fresh6", "blind", "redaction_fresh4", "../x"])
def test_judged_or_unknown_sets_are_refused(name: str) -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), name], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    assert "refused" in done.stderr
    assert "FIRE" not in done.stdout and "MISS" not in done.stdout


def test_compare_counts_fires_and_misses_by_category(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tool pins BLAS to one thread at import (os.environ.setdefault): undo that after the
    # test, or every later test in the session runs with OMP_NUM_THREADS=1
    # (tests/test_blas_threads.py's control failed in CI that way).
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.setenv(var, "unset")
        monkeypatch.delenv(var)
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    from topic_misses import compare

    gold = [(0, 10, "ABUSE"), (20, 30, "CRIMINAL")]
    predicted = [(0, 10, "ABUSE"), (20, 30, "ABUSE"), (40, 50, "SELF_HARM")]
    fires, misses, found, correct = compare(gold, predicted)
    assert fires == [(20, 30, "ABUSE"), (40, 50, "SELF_HARM")]
    assert misses == [(20, 30, "CRIMINAL")]
    assert (found, correct) == (1, 1)


def test_explain_names_the_phrase_and_its_state(models: RedactionModels) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    told = "he hit me again last night after the party."
    report = explain(detector, told, 0, len(told))
    assert ("ABUSE", "hit me", "told") in report["phrases"]
    denied = "no, he never hit me, not once."
    report = explain(detector, denied, 0, len(denied))
    assert all(state == "discounted" for _c, _p, state in report["phrases"])
    window = report["windows"][0]
    assert window["embedding"]["best"] in detector.category_names
    assert sum(window["head"].values()) <= 1.0 + 1e-6
    assert "emb " in describe(report) and "head " in describe(report)
