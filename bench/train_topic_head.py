"""Train the linear topic head and write the nearest-neighbour bank, on tunable data only.

Run: ``.venv/bin/python bench/train_topic_head.py`` -> ``resources/topic_head/head.npz``,
``bank.npz`` (``topic_bank``: the same sentences' int8 embeddings) and ``head.json`` (what
they were made from). Training sentences, each labelled with a built-in topic or none:

- ``bench/data/topics_tuning.txt``, ``topics_tuning_spoken.txt`` and every
  ``bench/data/topics_train_*.txt`` (sentences written for training; a sentence written twice
  with two topics keeps both);
- every sentence of the tunable transcripts (dev, ``redaction_tuning``, ``redaction_training3``,
  ``redaction_training4`` and, from stop 17, ``redaction_fresh7`` and ``redaction_training5``,
  later training6, fresh8, and from stop 19 fresh9 and fresh10;
  ``TRANSCRIPTS``), labelled by their topic spans (the rest, therapist questions included,
  as none), once as written and once with the gold identifiers blanked, as the detector
  reads them (``head.json`` names the sets the shipped head and bank were built from);
- the catalogue's and prototypes' example sentences, and the ordinary-talk sentences.

Judged sets (held-out, blind, fresh*) are never read here. Embeddings come from the same int8
onnxruntime graph the detector uses. Softmax regression, full-batch gradient descent, fixed
seed-free schedule: the same data gives the same head. ``bench/topic_head_folds.py`` scores
heads and banks built without the transcripts they are scored on.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from topic_bank_file import save_bank
from topic_calibration import DEV, Row, load_sentences

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_bank import topic_bank_path
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import NEUTRAL_SENTENCES
from tenor_desktop.redaction.topic_head import NONE_LABEL, topic_head_path
from tenor_desktop.redaction.topic_prototypes import EXTRA_EXAMPLES
from tenor_desktop.redaction.topic_windows import split_sentences

DATA = Path(__file__).resolve().parent / "data"
LABELS = (NONE_LABEL, *(c.name for c in BUILTIN_CATEGORIES))
EPOCHS = 3000
STEP = 30.0
# Ordinary talk weighs this many topic classes in the loss: with every class weighing the
# same, each of the many hard negatives counted a tenth of a topic sentence, and the head
# stayed sure of a topic on near misses it had been shown.
NONE_WEIGHT = float(os.environ.get("TENOR_HEAD_NONE_WEIGHT", "1.0"))


# Transcript sets with topic spans that may be trained on (judged sets never are).
TRANSCRIPTS = {
    "dev": DEV,
    "tuning": DATA / "redaction_tuning.jsonl",
    "training3": DATA / "redaction_training3.jsonl",
    "training4": DATA / "redaction_training4.jsonl",
    "fresh7": DATA / "redaction_fresh7.jsonl",
    "training5": DATA / "redaction_training5.jsonl",
    "fresh8": DATA / "redaction_fresh8.jsonl",
    "training6": DATA / "redaction_training6.jsonl",
    "fresh9": DATA / "redaction_fresh9.jsonl",
    "fresh10": DATA / "redaction_fresh10.jsonl",
}


# Sets in the bank but not in the head's training: training5 (and training6) mark therapist
# questions and the fragments after a disclosure ("and i go.") as topics, which taught the head
# that ordinary short sentences are topics ("i walked the dog." -> SELF_HARM 0.82, training
# accuracy 0.87 -> 0.83); as nearest neighbours they only speak for sentences close to them.
# fresh8 (stop 18): over 5 held-out folds of every tunable set, client lines, fresh8 in the
# bank only found 385/709 (385/499 correct), in bank and head 380/709 (381/496).
# fresh9 and fresh10 (tunable from stop 19; both mark clinician lines and short answers) go
# to the bank only too (bench/topic_judgement_folds.py --compare-without fresh9,fresh10).
# training7 stays out: its short answers are labelled by the question before them, and in the
# bank one ("sunday night in the bathtub", SELF_HARM) made a look-alike ("i spent the whole
# weekend in the tub reading a book.") SELF_HARM; it needs fragments kept out of the bank.
BANK_ONLY: tuple[str, ...] = tuple(
    name
    for name in os.environ.get(
        "TENOR_HEAD_BANK_ONLY", "training5,training6,fresh8,fresh9,fresh10"
    ).split(",")
    if name
)


def sentence_rows() -> list[Row]:
    """Written training sentences, the catalogue's examples and ordinary talk."""
    rows: list[Row] = []
    for name in ("topics_tuning.txt", "topics_tuning_spoken.txt"):
        rows += load_sentences(DATA / name)
    for path in sorted(DATA.glob("topics_train_*.txt")):
        rows += load_sentences(path)
    for category in BUILTIN_CATEGORIES:
        rows += [(category.name, s) for s in category.examples]
    for name, examples in EXTRA_EXAMPLES.items():
        rows += [(name, s) for s in examples]
    rows += [(None, s) for s in NEUTRAL_SENTENCES]
    return rows


def transcript_rows(transcripts: list[dict[str, Any]], *, written: bool = True) -> list[Row]:
    """Every sentence of ``transcripts`` with each topic whose span covers half of it (a
    sentence with two topics gives two rows; the rest, therapist questions included, none),
    with the gold identifiers blanked, as the detector reads them, and (``written``) once
    more as written. The bank takes the blanked copy only: two near-copies of one sentence
    would fill two of the three nearest places."""
    rows: list[Row] = []
    for blank in (False, True) if written else (True,):
        for example in transcripts:
            text = blank_gold(example) if blank else example["text"]
            for start, end in split_sentences(text):
                gold = [
                    t["category"]
                    for t in example["topics"]
                    if min(end, t["end"]) - max(start, t["start"]) >= 0.5 * (end - start)
                ]
                rows += [(label, text[start:end]) for label in dict.fromkeys(gold or [None])]
    return rows


def load_transcripts(path: Path) -> list[dict[str, Any]]:
    """JSON lines of a transcript set (none when it is not there yet)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def training_rows(leave_out: tuple[str, ...] = (), *, written: bool = True) -> list[Row]:
    """Every tunable labelled sentence but the transcript sets in ``leave_out`` (``written``:
    see ``transcript_rows``)."""
    rows = sentence_rows()
    for name, path in TRANSCRIPTS.items():
        if name not in leave_out:
            rows += transcript_rows(load_transcripts(path), written=written)
    return unique_rows(rows)


def unique_rows(rows: list[Row]) -> list[Row]:
    """``rows`` without repeats (case and spaces aside). A sentence given two topics keeps
    both; one given a topic and none keeps the topic."""
    labels: dict[str, dict[str | None, str]] = {}
    for label, sentence in rows:
        labels.setdefault(" ".join(sentence.lower().split()), {}).setdefault(
            label, sentence.strip()
        )
    unique: list[Row] = []
    for given in labels.values():
        topics: list[str | None] = [label for label in given if label is not None] or [None]
        unique += [(label, given[label]) for label in topics]
    return unique


def blank_gold(example: dict[str, Any]) -> str:
    """A transcript's text with its gold identifier spans blanked."""
    chars = list(example["text"])
    for span in example["phi"]:
        chars[span["start"] : span["end"]] = " " * (span["end"] - span["start"])
    return "".join(chars)


def train(
    vectors: FloatArray,
    targets: np.ndarray,
    *,
    none_weight: float = NONE_WEIGHT,
    epochs: int = EPOCHS,
    decay: float = 0.0,
) -> tuple[FloatArray, FloatArray]:
    """Softmax regression by full-batch gradient descent (classes weighted equally).

    ``none_weight`` scales ordinary talk's weight; ``decay`` is an L2 penalty on the weights.
    """
    count, width = vectors.shape
    onehot = np.eye(len(LABELS), dtype=np.float32)[targets]
    # Each class weighs the same in the loss, however many sentences it has.
    per_class = np.bincount(targets, minlength=len(LABELS)).astype(np.float32)
    class_weight = count / (len(LABELS) * np.maximum(per_class, 1.0))
    class_weight[LABELS.index(NONE_LABEL)] *= none_weight
    sample_weight = class_weight[targets][:, None]
    weights = np.zeros((width, len(LABELS)), dtype=np.float32)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    for _ in range(epochs):
        logits = vectors @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        gradient = (probs - onehot) * sample_weight / count
        weights -= STEP * (vectors.T @ gradient + decay * weights)
        bias -= STEP * gradient.sum(axis=0)
    return weights, bias


def main() -> int:
    """Embed the training rows, train, and write the head with a card of what it saw."""
    rows = training_rows(BANK_ONLY)
    banked = training_rows(written=False)
    models = RedactionModels.load()
    encoder = models.encoder
    if encoder is None or not encoder.wait_for_fast_backend(quantized=True):
        print("the int8 MiniLM graph is not available")
        return 1
    vectors = encoder.encode([sentence for _label, sentence in rows], quantized=True)
    bank_vectors = encoder.encode([sentence for _label, sentence in banked], quantized=True)
    targets = np.array([LABELS.index(label or NONE_LABEL) for label, _s in rows])
    weights, bias = train(vectors, targets)
    out = topic_head_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, weights=weights, bias=bias, labels=np.array(LABELS))
    # The same sentences, as the detector's nearest-neighbour bank (topic_bank).
    save_bank(
        topic_bank_path(), bank_vectors, [label or NONE_LABEL for label, _s in banked], LABELS
    )
    predicted = (vectors @ weights + bias).argmax(axis=1)
    card = {
        "labels": list(LABELS),
        "sentences": {label: int((targets == i).sum()) for i, label in enumerate(LABELS)},
        "bank_sentences": len(banked),
        "training_accuracy": round(float((predicted == targets).mean()), 4),
        "epochs": EPOCHS,
        "step": STEP,
        "none_weight": NONE_WEIGHT,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "bank_sha256": hashlib.sha256(topic_bank_path().read_bytes()).hexdigest(),
        "transcript_sets": [name for name, path in TRANSCRIPTS.items() if path.exists()],
        "threads": os.environ.get("OMP_NUM_THREADS"),
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
