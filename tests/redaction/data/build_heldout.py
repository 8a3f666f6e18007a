"""Build heldout.jsonl from heldout_annotated.txt.

In the annotated file, ``[[LABEL:text]]`` marks an identifier, ``@@CATEGORY:sentence`` lines name
topic sentences and ``====`` separates examples. Run from the repository root:
``.venv/bin/python tests/redaction/data/build_heldout.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def build_example(example_id: str, block: str) -> dict[str, Any]:
    """One JSON example (offsets end-exclusive into ``text``) from an annotated block.

    Also used by ``bench/data/build_redaction_sets.py`` for the bench's own sets.
    """
    lines = block.rstrip("\n").split("\n")
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


def build_file(source: str, target: str, prefix: str) -> None:
    """Convert one annotated file into JSON lines."""
    blocks = (HERE / source).read_text(encoding="utf-8").split("====\n")
    examples = [build_example(f"{prefix}{n:03d}", block) for n, block in enumerate(blocks, start=1)]
    lines = [json.dumps(example) for example in examples]
    (HERE / target).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Rewrite heldout.jsonl and heldout_untuned.jsonl."""
    build_file("heldout_annotated.txt", "heldout.jsonl", "own-")
    build_file("heldout_untuned_annotated.txt", "heldout_untuned.jsonl", "second-")


if __name__ == "__main__":
    main()
