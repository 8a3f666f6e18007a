"""Linear topic heads for the blend (``topic_blend``) trained on more tunable transcript sets.

Run: ``nice -n 5 .venv/bin/python bench/topic_blend_head.py OUT_DIR [--step S] [--ship VARIANT]``.
``bench/train_topic_head.py`` trains the committed head on the written sentences and five
transcript sets; here the same recipe (its ``sentence_rows``, ``transcript_rows``,
``unique_rows`` and ``train``) is given every tunable transcript set (``kept_sets.TUNABLE``)
but HELD_OUT, the sets the blend is chosen on (never in either model's training), each
transcript with its gold identifiers blanked, as the detector reads it. Variants:

- ``all``: every other tunable set;
- ``no_fragments``: without train_topic_head.BANK_ONLY's sets (they label therapist questions
  and fragments after a disclosure as topics).

At train_topic_head's STEP (30) the ~37,000 rows did not train (training accuracy 0.377; a
topic for 85% of the training sentences); ``--step 3`` gave 0.633 (all) and 0.635
(no_fragments), the classes weighted equally as in the committed recipe. Each variant is
written to ``OUT_DIR/<variant>.npz`` with a card ``<variant>.json`` (embeddings are kept in
``OUT_DIR/vectors.npz`` for the next run); the bank is not touched. ``--ship VARIANT`` copies
that head to ``resources/topic_head/head.npz`` and its card to ``head.json``. Judged and kept
sets are never read (``kept_sets.TUNABLE`` only).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
import train_topic_head
from kept_sets import TUNABLE, set_path
from train_topic_head import (
    BANK_ONLY,
    EPOCHS,
    LABELS,
    NONE_WEIGHT,
    load_transcripts,
    sentence_rows,
    train,
    transcript_rows,
    unique_rows,
)

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.topic_head import topic_head_path

HELD_OUT = ("fresh18", "training29", "training30")
VARIANTS = {
    "all": tuple(name for name in TUNABLE if name not in HELD_OUT),
    "no_fragments": tuple(name for name in TUNABLE if name not in HELD_OUT + BANK_ONLY),
}


def main(argv: list[str]) -> int:
    """Embed every row once, train each variant, write heads and cards."""
    if "--ship" in argv:
        variant = argv[argv.index("--ship") + 1]
        source = Path(argv[0]) / f"{variant}.npz"
        shutil.copyfile(source, topic_head_path())
        shutil.copyfile(source.with_suffix(".json"), topic_head_path().with_suffix(".json"))
        print(f"shipped {variant}: {hashlib.sha256(source.read_bytes()).hexdigest()}")
        return 0
    if "--step" in argv:
        # train_topic_head.train reads its module's STEP at each call.
        train_topic_head.STEP = float(argv[argv.index("--step") + 1])
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    models = RedactionModels.load()
    encoder = models.encoder
    if encoder is None or not encoder.wait_for_fast_backend(quantized=True):
        print("the int8 MiniLM graph is not available")
        return 1
    base = sentence_rows()
    per_set = {
        name: transcript_rows(load_transcripts(set_path(name)), written=False)
        for name in VARIANTS["all"]
    }
    chosen = {
        variant: unique_rows(base + [row for name in names for row in per_set[name]])
        for variant, names in VARIANTS.items()
    }
    sentences = list(dict.fromkeys(s for rows in chosen.values() for _label, s in rows))
    print(f"{len(sentences)} sentences to embed", flush=True)
    cached = out / "vectors.npz"
    digest = hashlib.sha256("\n".join(sentences).encode()).hexdigest()
    if cached.exists() and str(np.load(cached)["digest"]) == digest:
        vectors = np.load(cached)["vectors"]
    else:
        vectors = encoder.encode(sentences, quantized=True)
        np.savez(cached, vectors=vectors, digest=np.array(digest))
    row_of = {sentence: k for k, sentence in enumerate(sentences)}
    for variant, names in VARIANTS.items():
        rows = chosen[variant]
        matrix = vectors[[row_of[sentence] for _label, sentence in rows]]
        targets = np.array([LABELS.index(label or "NONE") for label, _s in rows])
        weights, bias = train(matrix, targets)
        path = out / f"{variant}.npz"
        np.savez(path, weights=weights, bias=bias, labels=np.array(LABELS))
        predicted = (matrix @ weights + bias).argmax(axis=1)
        card = {
            "labels": list(LABELS),
            "sentences": {label: int((targets == i).sum()) for i, label in enumerate(LABELS)},
            "training_accuracy": round(float((predicted == targets).mean()), 4),
            "epochs": EPOCHS,
            "step": train_topic_head.STEP,
            "none_weight": NONE_WEIGHT,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "transcript_sets": list(names),
            "transcripts_blanked_only": True,
            "held_out": list(HELD_OUT),
            "trained_by": "bench/topic_blend_head.py",
        }
        path.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
        print(variant, json.dumps({k: card[k] for k in ("sentences", "training_accuracy")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
