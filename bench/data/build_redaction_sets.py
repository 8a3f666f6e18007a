"""Build the redaction tuning and held-out JSON lines from their annotated text files.

Annotated format: ``[[LABEL:text]]`` marks an identifier, ``@@CATEGORY:sentence`` lines name
topic sentences (the sentence as it reads once marks are removed), ``====`` separates
examples. Run from the repository root: ``.venv/bin/python bench/data/build_redaction_sets.py``.

``redaction_holdout`` is strictly held out: it was written before any rule change it could
inform, and detectors must not be tuned on its errors (see bench/redaction_eval.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")
SETS = (
    ("redaction_tuning", "tune-"),
    ("redaction_holdout", "hold-"),
    ("redaction_fresh", "fresh-"),
)


def build_example(example_id: str, block: str) -> dict[str, Any]:
    """One example (end-exclusive offsets into ``text``) from an annotated block."""
    lines = block.strip("\n").split("\n")
    topic_lines = [line[2:] for line in lines if line.startswith("@@")]
    body = "\n".join(line for line in lines if not line.startswith("@@"))
    text = ""
    phi = []
    position = 0
    for match in _MARK.finditer(body):
        text += body[position : match.start()]
        start = len(text)
        text += match.group(2)
        phi.append(
            {"start": start, "end": len(text), "label": match.group(1), "text": match.group(2)}
        )
        position = match.end()
    text += body[position:]
    topics = []
    for line in topic_lines:
        category, sentence = line.split(":", 1)
        start = text.index(sentence)
        topics.append({"start": start, "end": start + len(sentence), "category": category})
    return {"id": example_id, "text": text, "phi": phi, "topics": topics}


def main() -> None:
    """Rewrite every ``<name>.jsonl`` from ``<name>_annotated.txt``."""
    for name, prefix in SETS:
        blocks = (HERE / f"{name}_annotated.txt").read_text(encoding="utf-8").split("====\n")
        rows = [build_example(f"{prefix}{n:03d}", b) for n, b in enumerate(blocks, start=1)]
        (HERE / f"{name}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
