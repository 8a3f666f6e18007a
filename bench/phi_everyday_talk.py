"""False identifiers in ordinary talk: PHI spans over the topic training sentences, two trees.

Run: ``TENOR_REDACTION_BASELINE=<rev> .venv/bin/python bench/phi_everyday_talk.py``; writes
``bench/results/phi_everyday_talk.json`` and prints the counts per label for this tree and the
older one, and each span only one of them marks.

The sentences of ``bench/data/topics_train_*.txt`` and ``topics_tuning*.txt`` are ordinary
therapy talk written to train the topic detector (tunable data, so their text may be printed):
they name almost no one and no place, so nearly every PHI span found in them is a false
positive. The older tree runs in a fresh process with its own ``tenor_desktop`` first on
``sys.path`` (``--spans-of TREE``).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)

# ``--spans-of TREE`` runs the detector of another checkout (a baseline) on the same sentences.
if len(sys.argv) == 3 and sys.argv[1] == "--spans-of":
    sys.path.insert(0, sys.argv[2])

from redaction_speed import last_json_line_on_tree

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
RESULT = ROOT / "bench" / "results" / "phi_everyday_talk.json"
Found = list[tuple[str, str, str]]


def sentences() -> list[str]:
    """Each non-empty line of the topic training files, category prefixes cut off."""
    lines: list[str] = []
    for path in sorted(DATA.glob("topics_train_*.txt")) + sorted(DATA.glob("topics_tuning*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            text = line.split("|", 1)[-1].strip()
            if text:
                lines.append(text)
    return lines


def spans() -> Found:
    """(label, span text, sentence) for every PHI span this process's detector marks."""
    redactor = Redactor(RedactionSettings(), RedactionModels.load(with_encoder=False))
    found: Found = []
    for sentence in sentences():
        for span in redactor.redact(sentence).spans:
            found.append((span.label, sentence[span.start : span.end], sentence))
    return found


def baseline_spans(commit: str) -> Found:
    """``spans()`` for the detector of ``commit``, in a fresh process on its tree."""
    found = last_json_line_on_tree(commit, ROOT, __file__, "--spans-of")
    return [(label, text, sentence) for label, text, sentence in found]


def main() -> int:
    """Count this tree's (and the baseline's) spans and print the differences."""
    if len(sys.argv) == 3 and sys.argv[1] == "--spans-of":
        print(json.dumps(spans()))
        return 0
    tree = spans()
    results: dict[str, object] = {
        "sentences": len(sentences()),
        "tree": {"spans": len(tree), "per_label": dict(Counter(s[0] for s in tree))},
    }
    commit = os.environ.get("TENOR_REDACTION_BASELINE")
    base: Found = baseline_spans(commit) if commit else []
    if commit:
        results["baseline"] = {
            "commit": commit,
            "spans": len(base),
            "per_label": dict(Counter(s[0] for s in base)),
        }
        results["only_tree"] = sorted(set(tree) - set(base))
        results["only_baseline"] = sorted(set(base) - set(tree))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in results.items() if k not in ("only_tree", "only_baseline")}))
    for key in ("only_tree", "only_baseline"):
        for label, text, sentence in results.get(key, []):  # type: ignore[attr-defined]
            print(f"{key}: {label} {text!r} in {sentence!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
