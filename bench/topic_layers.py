"""Topic recall and precision per layer of the detector, on tunable transcript sets only.

Run: ``.venv/bin/python bench/topic_layers.py [SET ...]`` (the tunable sets of
``kept_sets.TUNABLE_PATHS``). Each set is
scored (``redaction_scoring.score_topics``, category must match) as the detector reads it
(identifiers blanked by the redactor), under ablations of the detector's layers:

- ``lexicon``: phrases only (no embedding);
- ``examples``: phrases plus the example-similarity rule, no head;
- ``+rescue``: the head may name a topic the examples fell just short of (``HEAD_BAR``,
  ``HEAD_REACH``);
- ``+veto``: the head may veto an embedding-only topic (``HEAD_VETO``);
- ``shipped``: the detector as it is.

Sentence embeddings are computed once per run (a memo around the encoder), so each ablation
costs only the lexicon and a few matrix products. Judged sets (held-out, blind, fresh*) are
refused: they are scored in aggregate only, by ``bench/redaction_eval.py``.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from kept_sets import TUNABLE_PATHS
from redaction_scoring import score_topics

from tenor_desktop.redaction import (
    TOPIC_CATEGORIES,
    RedactionModels,
    RedactionSettings,
    Redactor,
    topic_detector,
    topic_detector_settings,
)
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.topic_detector import TopicDetector

# Transcript sets that may be read and tuned on (kept_sets is the one list).
TUNABLE = TUNABLE_PATHS
Span = tuple[int, int, str]
Prepared = list[tuple[str, list[Span]]]


def load(name: str) -> list[dict[str, Any]]:
    """Rows of a tunable set; refuses every other name."""
    if name not in TUNABLE:
        raise SystemExit(f"refused: '{name}' is not a tunable set ({', '.join(sorted(TUNABLE))})")
    path = TUNABLE[name]
    if not path.exists():
        raise SystemExit(f"{path.name} does not exist yet")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def memoise_encoder(detector: TopicDetector) -> None:
    """Wrap the detector's encoder so each distinct sentence is embedded once per run."""
    encoder = detector.internals().encoder
    if encoder is None:
        return
    original = encoder.encode
    memo: dict[str, FloatArray] = {}

    def encode(sentences: list[str], _batch_size: int = 32, *, quantized: bool = False) -> Any:
        fresh = [s for s in dict.fromkeys(sentences) if s not in memo]
        if fresh:
            for sentence, vector in zip(fresh, original(fresh, quantized=quantized), strict=True):
                memo[sentence] = vector
        return np.stack([memo[s] for s in sentences]) if sentences else original([])

    encoder.encode = encode  # type: ignore[method-assign,assignment]


def memoised_redactor() -> Redactor:
    """A redactor with every built-in topic on, its encoder ready and memoised for the run."""
    models = RedactionModels.load()
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    redactor = Redactor(RedactionSettings(topics=frozenset(TOPIC_CATEGORIES)), models)
    memoise_encoder(redactor.topic_detector)
    return redactor


def prepare(redactor: Redactor, rows: list[dict[str, Any]]) -> Prepared:
    """Each transcript as the topic detector reads it (identifiers blanked), with its gold."""
    detector = redactor.topic_detector
    seen: list[str] = []
    original = detector.detect

    def capture(text: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(text)
        return original(text, *args, **kwargs)

    detector.detect = capture  # type: ignore[method-assign]
    prepared: Prepared = []
    try:
        for row in rows:
            seen.clear()
            redactor.redact(row["text"])
            gold = [(t["start"], t["end"], t["category"]) for t in row.get("topics", [])]
            prepared.append((seen[0], gold))
    finally:
        detector.detect = original  # type: ignore[method-assign]
    return prepared


def score(detector: TopicDetector, prepared: Prepared) -> dict[str, Any]:
    """``score_topics`` of the detector on prepared transcripts."""
    pairs = [
        (gold, [(t.start, t.end, t.category) for t in detector.detect(text)])
        for text, gold in prepared
    ]
    return score_topics(pairs)


@contextmanager
def settings(**values: float) -> Iterator[None]:
    """Module constants set for the duration of the block: ``NAME`` is ``topic_detector``'s,
    ``module.NAME`` another redaction module's (``topic_gate.STATIC_BAR``)."""
    owners = {name: _owner(name) for name in values}
    saved = {name: getattr(module, attr) for name, (module, attr) in owners.items()}
    for name, value in values.items():
        setattr(*owners[name], value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(*owners[name], value)


def _owner(name: str) -> tuple[Any, str]:
    """The module holding setting ``name`` and the constant's own name."""
    module, _, constant = name.rpartition(".")
    if not module:
        return topic_detector, constant
    return importlib.import_module(f"tenor_desktop.redaction.{module}"), constant


OFF = {"HEAD_BAR": 1.01, "HEAD_VETO": 1.01, "SELF_HARM_VETO": 1.01}
ABLATIONS: dict[str, dict[str, float]] = {
    "examples": OFF,
    "+rescue": {**OFF, "HEAD_BAR": topic_detector_settings.HEAD_BAR},
    "+veto": {**OFF, "HEAD_VETO": topic_detector_settings.HEAD_VETO},
    "shipped": {},
}


def lexicon_only(detector: TopicDetector, prepared: Prepared) -> dict[str, Any]:
    """Scores with every embedding bar out of reach (phrases alone)."""
    store = detector.example_store
    bar: Callable[[str], float] = store.bar
    store.bar = lambda _name: 9.0  # type: ignore[method-assign,assignment]
    try:
        with settings(**OFF):
            return score(detector, prepared)
    finally:
        store.bar = bar  # type: ignore[method-assign,assignment]


def brief(result: dict[str, Any]) -> str:
    """recall/precision (gold, predicted)."""
    return (
        f"{result['recall']:.3f}/{result['precision']:.3f}"
        f" ({result['gold_spans']}, {result['predicted_spans']})"
    )


def main(argv: list[str]) -> int:
    """Print each set's scores under each ablation."""
    names = [a for a in argv if not a.startswith("--")] or ["dev", "tuning", "training3"]
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    for name in names:
        prepared = prepare(redactor, load(name))
        line = [f"{name:10}", f"lexicon {brief(lexicon_only(detector, prepared))}"]
        for label, values in ABLATIONS.items():
            with settings(**values):
                line.append(f"{label} {brief(score(detector, prepared))}")
        print("  ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
