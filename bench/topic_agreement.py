"""How far the topic gold is from other readers', and the detector from each of them.

Run: ``.venv/bin/python bench/topic_agreement.py [--adapter ADAPTER.npz]``; writes
``bench/results/topic_agreement.json``. With ``TENOR_REDACTION_BASELINE=<commit>`` the
detector of that commit is scored in the same run (a fresh process on its tree).

Each set's writer marked the topic sentences they wrote on purpose. On the sets with two more
readers (``bench/data/topics_dense/<set>.txt`` and ``<set>.2.txt``: annotators blind to the
detector and to the writer's marks, who marked every sentence that discloses or discusses a
built-in topic, ``topic_dense_marks``), this prints per set:

- each annotator scored against the writer and against each other (``score_topics``: a gold
  sentence is found when a predicted span of its category covers half of it);
- the detector (every built-in topic on, PHI on, as ``redaction_eval`` runs it) against the
  writer, each annotator, and the majority (sentences that two of the three readers marked);
- ``any reader`` precision: the share of the detector's spans that at least one reader marked.

Kept sets (``kept_sets.UNSEEN``) are scored only when revealed, and only in aggregate.
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

from kept_sets import SCORED, hidden_sets, set_path
from redaction_eval import load_rows
from redaction_scoring import covered, score_topics
from redaction_speed import last_json_line_on_tree
from topic_dense_marks import DENSE, dense_marks

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.spans import TOPIC_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
RESULT = ROOT / "bench" / "results" / "topic_agreement.json"
Span = tuple[int, int, str]
Marks = list[list[Span]]


def _marks(name: str, rows: list[dict[str, Any]], suffix: str) -> Marks:
    marks = dense_marks(name + suffix, rows) or []
    return [[(m["start"], m["end"], m["category"]) for m in spans] for spans in marks]


def majority(readers: list[Marks]) -> Marks:
    """Per transcript, the sentences at least two readers marked with the same category."""
    agreed: Marks = []
    for spans in zip(*readers, strict=True):
        kept: list[Span] = []
        for start, end, category in sorted({s for reader in spans for s in reader}):
            votes = sum(
                covered(start, end, [s for s in reader if s[2] == category]) >= (end - start) / 2
                for reader in spans
            )
            twice = any(
                k[2] == category and covered(start, end, [k]) >= (end - start) / 2 for k in kept
            )
            if votes >= 2 and not twice:
                kept.append((start, end, category))
        agreed.append(kept)
    return agreed


def _figure(gold: Marks, predicted: Marks) -> dict[str, Any]:
    result = score_topics(list(zip(gold, predicted, strict=True)))
    keys = ("recall", "precision", "gold_spans", "predicted_spans")
    return {key: result[key] for key in keys}


def agreement_sets() -> list[str]:
    """Visible sets with a writer and two annotators."""
    hidden = hidden_sets()
    return [name for name in SCORED if name not in hidden and (DENSE / f"{name}.2.txt").exists()]


def detector_marks() -> dict[str, Marks]:
    """The detector's topic spans on every agreement set (this process's ``tenor_desktop``)."""
    models = RedactionModels.load()
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    return {
        name: [
            [(t.start, t.end, t.category) for t in redactor.redact(row["text"]).topics]
            for row in load_rows(set_path(name))
        ]
        for name in agreement_sets()
    }


def set_figures(name: str, found: Marks) -> dict[str, Any]:
    """Readers against each other and the detector's spans ``found`` against each reader."""
    rows = load_rows(set_path(name))
    writer = [[(t["start"], t["end"], t["category"]) for t in row["topics"]] for row in rows]
    first, second = _marks(name, rows, ""), _marks(name, rows, ".2")
    agreed = majority([writer, first, second])
    anyone = [w + a + b for w, a, b in zip(writer, first, second, strict=True)]
    return {
        "annotator_1_vs_writer": _figure(writer, first),
        "annotator_2_vs_writer": _figure(writer, second),
        "annotator_2_vs_annotator_1": _figure(first, second),
        "majority_sentences": sum(map(len, agreed)),
        "detector_vs_writer": _figure(writer, found),
        "detector_vs_annotator_1": _figure(first, found),
        "detector_vs_annotator_2": _figure(second, found),
        "detector_vs_majority": _figure(agreed, found),
        "detector_any_reader_precision": _figure(anyone, found)["precision"],
    }


def main() -> int:
    """Score, write the JSON, print a few lines per set."""
    if len(sys.argv) == 3 and sys.argv[1] == "--scores-of":
        print(json.dumps(detector_marks()))
        return 0
    if "--adapter" in sys.argv:
        from topic_classifier_heldout import use_adapter

        use_adapter(Path(sys.argv[sys.argv.index("--adapter") + 1]))
    trees: dict[str, dict[str, Marks]] = {"tree": detector_marks()}
    commit = os.environ.get("TENOR_REDACTION_BASELINE")
    if commit:
        trees["baseline"] = last_json_line_on_tree(commit, ROOT, __file__, "--scores-of")
    results: dict[str, Any] = {
        which: {name: set_figures(name, found) for name, found in marks.items()}
        for which, marks in trees.items()
    }
    if commit:
        results["baseline"]["commit"] = commit
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for which in trees:
        for name, figures in results[which].items():
            if name == "commit":
                continue
            cells = " ".join(
                f"{key.removeprefix('detector_')} {f['recall']:.3f}/{f['precision']:.3f}"
                for key, f in figures.items()
                if isinstance(f, dict)
            )
            anyone = figures["detector_any_reader_precision"]
            print(f"{which:8} {name:8} {cells} any_reader_precision {anyone:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
