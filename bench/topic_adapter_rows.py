"""The topic classifier's training sentences, each with the sentence before it (tunable only).

Run: ``.venv/bin/python bench/topic_adapter_rows.py OUT.json [--hold SET,...]
[--context-words N] [--annotators off|union|ignore]`` (the app's
venv; ``bench/train_topic_adapter.py`` then trains on OUT.json in a torch venv). Rows:

- the written training sentences, catalogue examples and ordinary talk of
  ``train_topic_head.sentence_rows`` (no sentence before them);
- every sentence of every tunable transcript set (``kept_sets.TUNABLE_PATHS``) but those named
  by ``--hold``, with the gold identifiers blanked as the detector reads them, labelled with
  each topic whose gold span covers half of it (none otherwise), read after the sentence
  before it (``topic_classifier.joined_with_context``). ``--annotators`` says what a second
  annotator's marks (``topic_dense_marks``) do (``adapter_rows``).

Judged and kept sets are never read. Each row: ``{"set", "labels", "text", "context"}``, the
last the number of words kept from the sentence before (the trainer records it in the adapter
file, and the app reads sentences the same way).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE_PATHS
from topic_dense_marks import with_dense_marks
from train_topic_head import blank_gold, load_transcripts, sentence_rows

from tenor_desktop.redaction.topic_classifier import CONTEXT_WORDS, joined_with_context
from tenor_desktop.redaction.topic_windows import split_sentences


def transcript_rows(
    name: str, examples: list[dict[str, Any]], words: int = CONTEXT_WORDS
) -> list[dict[str, Any]]:
    """One row per sentence of ``examples``, read after the last ``words`` words before it."""
    rows: list[dict[str, Any]] = []
    for example in examples:
        text = blank_gold(example)
        previous = ""
        for start, end in split_sentences(text):
            labels = [
                t["category"]
                for t in example["topics"]
                if min(end, t["end"]) - max(start, t["start"]) >= 0.5 * (end - start)
            ]
            sentence = text[start:end]
            rows.append(
                {
                    "set": name,
                    "labels": list(dict.fromkeys(labels)),
                    "text": joined_with_context(sentence, previous, words),
                    "context": words,
                }
            )
            previous = sentence
    return rows


def adapter_rows(
    hold: frozenset[str] = frozenset(), words: int = CONTEXT_WORDS, *, annotators: str = "off"
) -> list[dict[str, Any]]:
    """Every training row but those of the ``hold`` sets. ``annotators`` says what a second
    annotator's marks (``topic_dense_marks``) do: ``union`` adds their topics to the writer's,
    ``ignore`` leaves out the sentences they marked and the writer did not (neither a topic
    nor ordinary talk), ``off`` reads the writer's marks alone."""
    rows = [
        {
            "set": "sentences",
            "labels": [label] if label else [],
            "text": " ".join(s.split()),
            "context": words,
        }
        for label, s in sentence_rows()
    ]
    for name, path in TUNABLE_PATHS.items():
        if name not in hold:
            examples = load_transcripts(path)
            written = transcript_rows(name, examples, words)
            if annotators == "off":
                rows += written
                continue
            marked = transcript_rows(name, with_dense_marks(name, examples), words)
            if annotators == "union":
                rows += marked
            else:
                rows += [
                    w
                    for w, m in zip(written, marked, strict=True)
                    if w["labels"] or not m["labels"]
                ]
    return rows


def main(argv: list[str]) -> int:
    """Write the rows as JSON."""
    if len(argv) < 2:
        print(__doc__)
        return 2
    hold = frozenset(argv[argv.index("--hold") + 1].split(",")) if "--hold" in argv else frozenset()
    words = int(argv[argv.index("--context-words") + 1]) if "--context-words" in argv else None
    annotators = argv[argv.index("--annotators") + 1] if "--annotators" in argv else "off"
    if annotators not in ("off", "union", "ignore"):
        raise SystemExit("--annotators takes off, union or ignore")
    rows = adapter_rows(hold, CONTEXT_WORDS if words is None else words, annotators=annotators)
    Path(argv[1]).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} rows, {sum(1 for r in rows if r['labels'])} with a topic")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
