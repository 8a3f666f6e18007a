"""Calibrate per-category topic similarity bars on tuning data only (never the held-out set).

Run: ``.venv/bin/python bench/topic_calibration.py``. Since the bank (``topic_bank``) holds the
tuning and dev sentences themselves, bars calibrated here are flattered: the shipped bars come
from ``bench/topic_head_folds.py`` (banks built without the transcripts scored).

The embedding is the fallback for what the phrase lexicon misses, so bars are calibrated
with the lexicon switched off, on the tuning sentences (``topics_tuning.txt`` and the spoken
``topics_tuning_spoken.txt``) plus every sentence of the dev transcripts (labelled by the dev
topic spans). For each built-in category it tries bars from 0.25 to 0.70 and keeps the best
F1, ties going to the higher bar (F2 chose bars that cost the dev transcripts a third of their
topic precision). It prints the bars and, with them and the lexicon on, the tuning and
held-out scores (the held-out score is reported, never tuned on; the blind set is not read
here at all).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tenor_desktop.redaction import topic_prototypes
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector, top_k_mean
from tenor_desktop.redaction.topic_detector_settings import SHORT_PENALTY, SHORT_WORDS
from tenor_desktop.redaction.topic_windows import split_sentences

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]
DEV = Path(os.environ.get("TENOR_PHI_DEV", ROOT.parent / "shared" / "data" / "phi" / "dev.jsonl"))
Row = tuple[str | None, str]


def load_sentences(path: Path) -> list[Row]:
    """Lines ``CATEGORY|sentence`` (``-`` for none); ``#`` lines are comments."""
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, sentence = line.split("|", 1)
        rows.append((None if category == "-" else category, sentence))
    return rows


def labelled_sentences(text: str, topics: list[dict[str, Any]]) -> list[Row]:
    """The sentences of ``text``, each with the topic whose span covers half of it, if any."""
    rows: list[Row] = []
    for start, end in split_sentences(text):
        gold = [
            t["category"]
            for t in topics
            if min(end, t["end"]) - max(start, t["start"]) >= 0.5 * (end - start)
        ]
        rows.append((gold[0] if gold else None, text[start:end]))
    return rows


def dev_sentences(path: Path) -> list[Row]:
    """Every sentence of the dev transcripts, with the topic whose span covers it, if any."""
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        rows += labelled_sentences(example["text"], example["topics"])
    return rows


def score_sentences(detector: TopicDetector, rows: list[Row]) -> dict[str, object]:
    """Sentence-level recall and precision, overall and per category."""
    counts: dict[str, Counter[str]] = {}
    for gold, sentence in rows:
        found = {span.category for span in detector.detect(sentence)}
        for category in found | ({gold} if gold else set()):
            tally = counts.setdefault(category, Counter())
            tally["tp"] += int(category == gold and category in found)
            tally["fp"] += int(category != gold and category in found)
            tally["fn"] += int(category == gold and category not in found)
    total = sum((c for c in counts.values()), Counter())
    return {
        "recall": _ratio(total["tp"], total["tp"] + total["fn"]),
        "precision": _ratio(total["tp"], total["tp"] + total["fp"]),
        "per_category": {
            name: {
                "recall": _ratio(c["tp"], c["tp"] + c["fn"]),
                "precision": _ratio(c["tp"], c["tp"] + c["fp"]),
            }
            for name, c in sorted(counts.items())
        },
    }


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def calibrate(encoder: MiniLMEncoder, rows: list[Row]) -> dict[str, float]:
    """Best bar per category on ``rows``, applying the detector's embedding rule offline.

    A sentence is embedded once (int8 graph, as the detector does); it goes to its closest
    category (top-k mean similarity) when that clears the bar and beats the neutral sentences
    by the margin (as in ``TopicDetector.detect``).
    """
    vectors = encoder.encode([sentence for _gold, sentence in rows], quantized=True)
    names = [c.name for c in BUILTIN_CATEGORIES]
    # The detector's own examples: the bank of labelled sentences (topic_bank).
    detector = TopicDetector(encoder, BUILTIN_CATEGORIES)
    examples = detector.example_vectors()
    sims = np.stack([top_k_mean(examples[name], vectors) for name in names], axis=1)
    neutral = top_k_mean(detector.internals().neutral, vectors)
    top = sims.argmax(axis=1)
    # Short statements must clear the bar by SHORT_PENALTY more (as in the detector).
    extra = np.array([SHORT_PENALTY * (len(s.split()) < SHORT_WORDS) for _gold, s in rows])
    bars: dict[str, float] = {}
    for index, name in enumerate(names):
        own = sims[:, index]
        eligible = (top == index) & (own >= neutral + topic_prototypes.NEUTRAL_MARGIN)
        gold = np.array([g == name for g, _sentence in rows])
        best: tuple[float, float] | None = None
        for step in range(19):
            bar = round(0.25 + 0.025 * step, 3)
            predicted = eligible & (own >= bar + extra)
            tp = int((predicted & gold).sum())
            fp = int((predicted & ~gold).sum())
            fn = int((~predicted & gold).sum())
            f1 = 2 * tp / (2 * tp + fn + fp) if tp else 0.0
            if best is None or (f1, bar) >= best:
                best = (f1, bar)
        assert best is not None
        bars[name] = best[1]
    return bars


def main() -> int:
    """Calibrate on the tuning split, then report both splits with the chosen bars."""
    encoder = MiniLMEncoder()
    encoder.wait_for_fast_backend()
    tuning = load_sentences(DATA / "topics_tuning.txt")
    spoken = load_sentences(DATA / "topics_tuning_spoken.txt")
    bars = calibrate(encoder, tuning + spoken + dev_sentences(DEV))
    topic_prototypes.CALIBRATED_BARS.update(bars)
    detector = TopicDetector(encoder, BUILTIN_CATEGORIES)
    report = {
        "bars": bars,
        "tuning": score_sentences(detector, tuning),
        "tuning_spoken": score_sentences(detector, spoken),
        "holdout": score_sentences(detector, load_sentences(DATA / "topics_holdout.txt")),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
