"""Second-annotator topic marks of the tunable transcript sets (``bench/data/topics_dense/``).

Each writer marked the topic sentences they wrote on purpose; the sentences around them that
also tell the matter (the follow-up, the detail, the clinician's reflection) were often left
unmarked, and the classifier learnt them as ordinary talk. Independent annotators, blind to
the detector and to the writers' marks, re-read every tunable transcript (stop 22) and marked
every sentence that discloses or discusses a built-in topic. ``<set>.txt`` holds one block per
transcript, in the set's row order, separated by ``====`` lines; each line is
``@@CATEGORY:sentence``, the sentence verbatim from that transcript. On fresh13, two such
annotators agreed with each other at 0.91 recall / 0.97 precision and found 93% of the
writer's marks while marking 2.2-2.4 times as many sentences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DENSE = Path(__file__).resolve().parent / "data" / "topics_dense"


def dense_marks(name: str, examples: list[dict[str, Any]]) -> list[list[dict[str, Any]]] | None:
    """Per transcript of set ``name``, its annotator's marks as topic spans (start, end,
    category); None when the set has no annotator file."""
    path = DENSE / f"{name}.txt"
    if not path.exists():
        return None
    blocks = path.read_text(encoding="utf-8").split("====\n")
    if len(blocks) != len(examples):
        raise SystemExit(f"{path}: {len(blocks)} blocks for {len(examples)} transcripts")
    marks: list[list[dict[str, Any]]] = []
    for example, block in zip(examples, blocks, strict=True):
        spans: list[dict[str, Any]] = []
        for line in block.splitlines():
            if not line.strip():
                continue
            category, sentence = line[2:].split(":", 1)
            start = example["text"].find(sentence)
            if not line.startswith("@@") or start < 0:
                raise SystemExit(f"{path}: a mark of {example['id']} is not in its text")
            if example["text"].count(sentence) > 1:
                continue  # "Yes." said twice: which one the annotator meant is unknown
            spans.append({"start": start, "end": start + len(sentence), "category": category})
        marks.append(spans)
    return marks


def with_dense_marks(name: str, examples: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``examples`` with the annotator's marks added to the writer's topics (union)."""
    marks = dense_marks(name, examples)
    if marks is None:
        return examples
    return [
        {**example, "topics": list(example["topics"]) + extra}
        for example, extra in zip(examples, marks, strict=True)
    ]
