"""Rows and the committed detector's output for the PHI tagger's training and fold benches.

The rule detector's spans are what the tagger is judged beside (its spans count only where no
rule span overlaps); they are never the tagger's features. Tunable sets' outputs are cached in
the temporary directory's ``phi_tagger_cache`` (keyed by the tree's commit); judged sets are
scored in memory only.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE, TUNABLE_PATHS, hidden_sets, set_path

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.not_phi_names import find_not_phi
from tenor_desktop.redaction.phi_detector import PhiDetector
from tenor_desktop.redaction.text_case import fold_accents

CACHE = Path(tempfile.gettempdir()) / "phi_tagger_cache"
Span = tuple[int, int, str]


def rows_of(name: str) -> list[dict[str, Any]]:
    """The rows of set ``name`` (never a kept set)."""
    if name in hidden_sets():
        raise SystemExit(f"{name} is kept for the end-of-stop look: not read")
    path = TUNABLE_PATHS.get(name, set_path(name))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def tunable_rows(name: str) -> list[dict[str, Any]]:
    """The rows of a tunable set; any other set is refused (the tagger learns from these only)."""
    if name not in TUNABLE:
        raise SystemExit(f"{name} is not a tunable set: the tagger never trains on it")
    return rows_of(name)


def gold_of(row: dict[str, Any]) -> list[Span]:
    """The row's gold PHI spans."""
    return [(g["start"], g["end"], g["label"]) for g in row["phi"]]


class _NoTagger:
    """Stands in for the tagger: finds nothing."""

    def find(self, text: str, taken: object) -> list[tuple[int, int, str, float]]:
        """No spans."""
        del text, taken
        return []


class RuleOutputs:
    """The committed detector's spans and protected ranges (speaker labels, famous names)."""

    def __init__(self) -> None:
        models = RedactionModels.load(with_encoder=False)
        self._lex = models.lexicons
        self._redactor = Redactor(RedactionSettings(), models)
        # The rules alone: the app's detector carries the bundled tagger, trained on every
        # tunable set (the folds' held sets too); it is swapped for one that finds nothing.
        self._redactor._phi._tagger = _NoTagger()  # type: ignore[assignment]
        self._detector = PhiDetector(models.lexicons, None)

    def of(self, text: str) -> tuple[list[Span], list[tuple[int, int]]]:
        """(rule spans, protected ranges) of ``text``."""
        spans = [(s.start, s.end, s.label) for s in self._redactor.redact(text).spans]
        folded = fold_accents(text, self._lex.common_words)
        protected = self._detector._speaker_labels(folded) + find_not_phi(folded, self._lex)
        return spans, protected


def _commit() -> str:
    # PHI_TAGGER_RULES_AT=<short commit> reuses that tree's cached rule outputs (the rules
    # alone; only the tagger changes between the runs being compared).
    pinned = os.environ.get("PHI_TAGGER_RULES_AT")
    if pinned:
        return pinned
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def cached_tunable_outputs(name: str, rules: RuleOutputs | None = None) -> list[Any]:
    """Per row of tunable set ``name``: [rule spans, protected ranges] (cached on disk)."""
    path = CACHE / f"rules_{_commit()}_{name}.json"
    if path.exists():
        loaded: list[Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    rules = rules or RuleOutputs()
    outputs = [list(rules.of(row["text"])) for row in tunable_rows(name)]
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(outputs), encoding="utf-8")
    return outputs


if __name__ == "__main__":
    shared = RuleOutputs()
    for set_name in TUNABLE:
        cached_tunable_outputs(set_name, shared)
        print("cached", set_name, flush=True)
