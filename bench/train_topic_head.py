"""Train the linear topic head (``tenor_desktop/redaction/topic_head.py``) on tunable data only.

Run: ``.venv/bin/python bench/train_topic_head.py`` -> ``resources/topic_head/head.npz`` and
``head.json`` (what it was trained on). Training sentences, each labelled with one built-in
topic or none:

- ``bench/data/topics_tuning.txt``, ``topics_tuning_spoken.txt`` and every
  ``bench/data/topics_train_*.txt`` (sentences written for training);
- every sentence of the dev transcripts and of ``redaction_tuning.jsonl`` (labelled by their
  topic spans; the rest, therapist questions included, as none), once as written and once with
  the gold identifiers blanked, as the detector reads them;
- the catalogue's and prototypes' example sentences, and the ordinary-talk sentences.

Judged sets (held-out, blind, fresh*) are never read here. Embeddings come from the same int8
onnxruntime graph the detector uses. Softmax regression, full-batch gradient descent, fixed
seed-free schedule: the same data gives the same head.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from topic_calibration import DEV, Row, dev_sentences, labelled_sentences, load_sentences

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import NEUTRAL_SENTENCES
from tenor_desktop.redaction.topic_head import NONE_LABEL, topic_head_path
from tenor_desktop.redaction.topic_prototypes import EXTRA_EXAMPLES

DATA = Path(__file__).resolve().parent / "data"
LABELS = (NONE_LABEL, *(c.name for c in BUILTIN_CATEGORIES))
EPOCHS = 3000
STEP = 30.0
# Ordinary talk weighs this many topic classes in the loss: with every class weighing the
# same, each of the many hard negatives counted a tenth of a topic sentence, and the head
# stayed sure of a topic on near misses it had been shown.
NONE_WEIGHT = float(os.environ.get("TENOR_HEAD_NONE_WEIGHT", "1.0"))


def training_rows() -> list[Row]:
    """Every tunable labelled sentence, first label kept for a sentence written twice."""
    rows: list[Row] = []
    for name in ("topics_tuning.txt", "topics_tuning_spoken.txt"):
        rows += load_sentences(DATA / name)
    for path in sorted(DATA.glob("topics_train_*.txt")):
        rows += load_sentences(path)
    rows += dev_sentences(DEV)
    rows += dev_sentences(DATA / "redaction_tuning.jsonl")
    # The detector reads transcripts with identifiers blanked: the same sentences as it sees them.
    rows += blanked_sentences(DEV)
    rows += blanked_sentences(DATA / "redaction_tuning.jsonl")
    for category in BUILTIN_CATEGORIES:
        rows += [(category.name, s) for s in category.examples]
    for name, examples in EXTRA_EXAMPLES.items():
        rows += [(name, s) for s in examples]
    rows += [(None, s) for s in NEUTRAL_SENTENCES]
    unique: dict[str, Row] = {}
    for label, sentence in rows:
        unique.setdefault(sentence.strip().lower(), (label, sentence.strip()))
    return list(unique.values())


def blanked_sentences(path: Path) -> list[Row]:
    """``dev_sentences`` of the transcripts with their gold identifier spans blanked."""
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        chars = list(example["text"])
        for span in example["phi"]:
            chars[span["start"] : span["end"]] = " " * (span["end"] - span["start"])
        rows += labelled_sentences("".join(chars), example["topics"])
    return rows


def train(vectors: FloatArray, targets: np.ndarray) -> tuple[FloatArray, FloatArray]:
    """Softmax regression by full-batch gradient descent (classes weighted equally)."""
    count, width = vectors.shape
    onehot = np.eye(len(LABELS), dtype=np.float32)[targets]
    # Each class weighs the same in the loss, however many sentences it has.
    per_class = np.bincount(targets, minlength=len(LABELS)).astype(np.float32)
    class_weight = count / (len(LABELS) * np.maximum(per_class, 1.0))
    class_weight[LABELS.index(NONE_LABEL)] *= NONE_WEIGHT
    sample_weight = class_weight[targets][:, None]
    weights = np.zeros((width, len(LABELS)), dtype=np.float32)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    for _ in range(EPOCHS):
        logits = vectors @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        gradient = (probs - onehot) * sample_weight / count
        weights -= STEP * (vectors.T @ gradient)
        bias -= STEP * gradient.sum(axis=0)
    return weights, bias


def main() -> int:
    """Embed the training rows, train, and write the head with a card of what it saw."""
    rows = training_rows()
    models = RedactionModels.load()
    encoder = models.encoder
    if encoder is None or not encoder.wait_for_fast_backend(quantized=True):
        print("the int8 MiniLM graph is not available")
        return 1
    vectors = encoder.encode([sentence for _label, sentence in rows], quantized=True)
    targets = np.array([LABELS.index(label or NONE_LABEL) for label, _s in rows])
    weights, bias = train(vectors, targets)
    out = topic_head_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, weights=weights, bias=bias, labels=np.array(LABELS))
    predicted = (vectors @ weights + bias).argmax(axis=1)
    card = {
        "labels": list(LABELS),
        "sentences": {label: int((targets == i).sum()) for i, label in enumerate(LABELS)},
        "training_accuracy": round(float((predicted == targets).mean()), 4),
        "epochs": EPOCHS,
        "step": STEP,
        "none_weight": NONE_WEIGHT,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "threads": os.environ.get("OMP_NUM_THREADS"),
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
