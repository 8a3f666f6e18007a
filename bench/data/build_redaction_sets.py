"""Build the redaction tuning and held-out JSON lines from their annotated text files.

Annotated format: ``[[LABEL:text]]`` marks an identifier, ``@@CATEGORY:sentence`` lines name
topic sentences (the sentence as it reads once marks are removed), ``====`` separates
examples. Run from the repository root: ``.venv/bin/python bench/data/build_redaction_sets.py``.

``redaction_holdout`` is strictly held out: it was written before any rule change it could
inform, and detectors must not be tuned on its errors (see bench/redaction_eval.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))

# The same annotated format as the test suite's own sets: one parser for both.
from tests.redaction.data.build_heldout import build_example  # noqa: E402

SETS = (
    ("redaction_tuning", "tune-"),
    ("redaction_holdout", "hold-"),
    ("redaction_fresh", "fresh-"),
)


def main() -> None:
    """Rewrite every ``<name>.jsonl`` from ``<name>_annotated.txt``."""
    for name, prefix in SETS:
        blocks = (HERE / f"{name}_annotated.txt").read_text(encoding="utf-8").split("====\n")
        rows = [
            build_example(f"{prefix}{n:03d}", b.lstrip("\n")) for n, b in enumerate(blocks, start=1)
        ]
        (HERE / f"{name}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
