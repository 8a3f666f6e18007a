"""Why the topic detector gives (or does not give) a sentence a category: for error analysis.

``explain`` reports, for one sentence, what each stage of ``TopicDetector.detect`` sees: the
lexicon phrases that match (told, or discounted by a negation, frame or denial), the closest
category of the embedding with its calibrated bar and the ordinary-talk similarity, and the
linear head's most likely label. It reads the detector's compiled categories and models, and
recomputes the stages on the sentence alone (the detector sees it inside its transcript, with
identifiers blanked, so a figure can differ slightly). Used by ``bench/topic_misses.py``.
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.redaction.topic_detector import (
    SHORT_PENALTY,
    SHORT_WORDS,
    TopicDetector,
    top_k_mean,
)
from tenor_desktop.redaction.topic_phrases import phrase_matches
from tenor_desktop.redaction.topic_windows import clauses


def explain(detector: TopicDetector, text: str, start: int, end: int) -> dict[str, Any]:
    """Lexicon matches, and per window (the sentence, then its clauses) embedding and head."""
    sentence = text[start:end]
    report: dict[str, Any] = {
        "phrases": phrase_matches(detector.compiled_categories(), sentence.lower())
    }
    windows = [(start, end), *clauses(text, start, end)]
    report["windows"] = [_window(detector, text[s:e]) for s, e in windows]
    return report


def _window(detector: TopicDetector, sentence: str) -> dict[str, Any]:
    """Embedding and head figures of one sentence or clause."""
    internals = detector.internals()
    encoder = internals.encoder
    window: dict[str, Any] = {"text": " ".join(sentence.split())[:60]}
    if encoder is None:
        return window
    examples = detector.example_vectors()
    vector = encoder.encode([sentence], quantized=True)
    scores = {
        name: round(float(top_k_mean(matrix, vector)[0]), 3) for name, matrix in examples.items()
    }
    best = max(scores, key=lambda name: scores[name]) if scores else None
    neutral = internals.neutral
    window["embedding"] = {
        "best": best,
        "score": scores.get(best, 0.0) if best else 0.0,
        "bar": round(detector.bar(best), 3) if best else None,
        "short_penalty": SHORT_PENALTY if len(sentence.split()) < SHORT_WORDS else 0.0,
        "neutral": round(float(top_k_mean(neutral, vector)[0]), 3) if len(neutral) else None,
    }
    head = internals.head
    if head is not None:
        probs = head.probabilities(vector)[0]
        order = probs.argsort()[::-1][:2]
        window["head"] = {head.labels[int(i)]: round(float(probs[int(i)]), 3) for i in order}
    return window


def describe(report: dict[str, Any]) -> str:
    """``explain``'s report in a few lines: phrases, then one line per window."""
    parts = [
        f"phrase {category} '{phrase}' ({state})"
        for category, phrase, state in report.get("phrases", [])
    ]
    lines = ["; ".join(parts)] if parts else []
    for index, window in enumerate(report.get("windows", [])):
        bits = [] if index == 0 else [f"clause '{window['text']}'"]
        emb = window.get("embedding")
        if emb and emb["best"]:
            penalty = f"+{emb['short_penalty']}" if emb["short_penalty"] else ""
            bits.append(
                f"emb {emb['best']} {emb['score']} bar {emb['bar']}{penalty}"
                f" neutral {emb['neutral']}"
            )
        head = window.get("head")
        if head:
            bits.append("head " + ", ".join(f"{k} {v}" for k, v in head.items()))
        lines.append("; ".join(bits))
    return "\n    ".join(lines)
