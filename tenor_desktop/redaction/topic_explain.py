"""Why the topic detector gives (or does not give) a sentence a category: for error analysis.

``explain`` reports, for one sentence, what each stage of ``TopicDetector.detect`` sees: the
lexicon phrases that match (told, or discounted by a negation, frame or denial); for each of
the detector's sentences it overlaps, the fine-tuned classifier's probabilities read after the
sentence before it (as ``classified_topics`` reads it), whether the classifier read it and by
which rule, and which categories were barred from it and why (from a ``trace`` that
``TopicDetector.detect`` filled, ``topic_decision_trace``); and the prototype rules' figures
(closest category of the embedding with its bar and the ordinary-talk similarity, the linear
head's most likely label), which decide only without the classifier. The embedding figures
are recomputed on the sentence alone, so they can differ slightly from the detector's. Used by
``bench/topic_misses.py``.
"""

from __future__ import annotations

from typing import Any

from tenor_desktop.redaction.topic_classifier import joined_with_context
from tenor_desktop.redaction.topic_decision_trace import SentenceTrace
from tenor_desktop.redaction.topic_detector import TopicDetector, top_k_mean
from tenor_desktop.redaction.topic_detector_settings import SHORT_PENALTY, SHORT_WORDS
from tenor_desktop.redaction.topic_phrases import phrase_matches
from tenor_desktop.redaction.topic_windows import clauses, split_sentences


def explain(
    detector: TopicDetector,
    text: str,
    start: int,
    end: int,
    trace: dict[int, SentenceTrace] | None = None,
) -> dict[str, Any]:
    """Lexicon matches, the classifier's reading of each detector sentence in ``start:end``
    (with ``trace``, from ``detect(text, trace=trace)``: read or not, barred categories), and
    per window (the sentence, then its clauses) embedding and head."""
    sentence = text[start:end]
    report: dict[str, Any] = {
        "phrases": phrase_matches(detector.compiled_categories(), sentence.lower())
    }
    report["classifier"] = _classified(detector, text, start, end, trace)
    windows = [(start, end), *clauses(text, start, end)]
    report["windows"] = [_window(detector, text[s:e]) for s, e in windows]
    return report


def _classified(
    detector: TopicDetector,
    text: str,
    start: int,
    end: int,
    trace: dict[int, SentenceTrace] | None,
) -> list[dict[str, Any]]:
    """Per detector sentence overlapping ``start:end``: the classifier's top probabilities in
    context and, with ``trace``, whether it was read and what was barred."""
    classifier = detector.internals().classifier
    sentences = split_sentences(text)
    rows: list[dict[str, Any]] = []
    for index, (s, e) in enumerate(sentences):
        if e <= start or s >= end:
            continue
        row: dict[str, Any] = {"text": " ".join(text[s:e].split())[:50], "traced": False}
        if trace is not None and index in trace:
            entry = trace[index]
            row.update(
                traced=True, read=entry.read, barred=dict(entry.barred), placed=bool(entry.hits)
            )
        elif trace is not None:
            row.update(traced=True, read="", barred={}, skipped=True)
        if classifier is not None:
            before = text[slice(*sentences[index - 1])] if index else ""
            window = joined_with_context(text[s:e], before, classifier.context_words)
            probs = classifier.probabilities([window])[0]
            order = probs.argsort()[::-1][:3]
            row["probabilities"] = {
                classifier.labels[int(k)]: round(float(probs[int(k)]), 3) for k in order
            }
        rows.append(row)
    return rows


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
    lines += [_describe_classified(row) for row in report.get("classifier", [])]
    for index, window in enumerate(report.get("windows", [])):
        bits = ["prototype rules (decide only without the classifier)"] if index == 0 else []
        bits += [] if index == 0 else [f"clause '{window['text']}'"]
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


def _describe_classified(row: dict[str, Any]) -> str:
    """One line: the classifier's probabilities of a sentence, whether it read it, bars."""
    probs = ", ".join(f"{k} {v}" for k, v in row.get("probabilities", {}).items())
    bits = [f"clf '{row['text']}'"]
    if row.get("traced"):
        if row.get("skipped"):
            bits.append("not read for phrases (question)")
        else:
            unread = "placed by lexicon" if row.get("placed") else "gate shut, no follow-up"
            bits.append(f"read ({row['read']})" if row["read"] else f"NOT READ ({unread})")
        barred = row.get("barred", {})
        if barred:
            bits.append("barred " + ", ".join(f"{k} ({v})" for k, v in sorted(barred.items())))
    if probs:
        bits.append(probs)
    return "; ".join(bits)
