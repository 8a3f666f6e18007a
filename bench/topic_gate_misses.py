"""Where the missed topic sentences of the tunable transcript sets are lost: gate or classifier.

Run: ``.venv/bin/python bench/topic_gate_misses.py [SET ...] [--setting NAME=VALUE ...]``
(default: every set of ``kept_sets.TUNABLE_PATHS`` with topic gold; never a judged set).
Each gold topic span the committed detector misses is put in one class by the sentence that
covers most of it:

- ``gated``: the sentence was unplaced but the cheap gate (``topic_gate.opens_gate`` and the
  short-follow-up rule, ``topic_classifier_reads.worth_classifying``) kept it from the classifier;
- ``rejected``: the classifier read it and gave no topic (``below``: every allowed topic under
  the bar; ``barred``: the gold topic was barred by a look-alike or negation) or another topic
  (``wrong``);
- ``other``: the gold span is not one sentence (it covers under half of it, or the sentence
  covers under half of the span: windowing), the lexicon or carry gave it another topic, or the
  sentence was never a candidate (a clinician line withheld, a question).

For ``gated`` misses it also tells how many the classifier would have taken had it read them
(a second pass with ``CLASSIFIER_GATE`` off): the recall a better gate could reach at most.
Classifier calls (windows read) are counted per pass. The classifier was trained on these
sets, so ``rejected`` is an in-sample (low) figure.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from topic_layers import load, memoised_redactor, prepare, settings
from topic_misses import overlap as covered

from tenor_desktop.redaction import topic_classifier_reads
from tenor_desktop.redaction.topic_windows import split_sentences

Span = tuple[int, int, str]
# Per text: sentence index -> (probabilities by label, barred labels).
Reads = dict[int, tuple[dict[str, float], frozenset[str]]]


class Recorder:
    """Wraps the classifier call and the gate rule of the detector to see what each text did."""

    def __init__(self) -> None:
        self.reads: Reads = {}
        self.gated_out: set[int] = set()
        self.calls = 0
        self._classify = topic_classifier_reads.classified_topics
        self._worth = topic_classifier_reads.worth_classifying

    def install(self) -> None:
        """Patch the classifier's reading module (undone by ``remove``)."""
        recorder = self

        def classified(classifier: Any, text: str, sentences: Any, candidates: Any, *a: Any):  # type: ignore[no-untyped-def]
            order = sorted(candidates)
            if order:
                probs = classifier.probabilities(classifier.windows(text, sentences, order))
                recorder.calls += len(order)
                for row, index in enumerate(order):
                    by_label = {
                        label: float(probs[row, k]) for k, label in enumerate(classifier.labels)
                    }
                    recorder.reads[index] = (by_label, candidates[index])
            return recorder._classify(classifier, text, sentences, candidates, *a)

        def worth(text: str, index: int, *args: Any) -> bool:
            ok = recorder._worth(text, index, *args)
            if not ok:
                recorder.gated_out.add(index)
            return ok

        topic_classifier_reads.classified_topics = classified  # type: ignore[assignment]
        topic_classifier_reads.worth_classifying = worth  # type: ignore[assignment]

    def remove(self) -> None:
        """Undo ``install``."""
        topic_classifier_reads.classified_topics = self._classify
        topic_classifier_reads.worth_classifying = self._worth


def classify_miss(
    gold: Span, sentences: list[tuple[int, int]], found: list[Span], rec: Recorder
) -> str:
    """The class of one missed gold span (see the module docstring)."""
    start, end, category = gold
    best, share = -1, 0
    for index, (s, e) in enumerate(sentences):
        inside = max(0, min(e, end) - max(s, start))
        if inside > share:
            best, share = index, inside
    if best < 0:
        return "other window"
    s, e = sentences[best]
    if share < 0.5 * (end - start) or share < 0.5 * (e - s):
        return "other window"
    if best in rec.reads:
        _probs, barred = rec.reads[best]
        if category in barred:
            return "rejected barred"
        if any(f[0] == s and f[2] != category for f in found):
            return "rejected wrong"
        return "rejected below"
    if best in rec.gated_out:
        return "gated"
    if any(f[0] == s for f in found):
        return "other placed"
    return "other not a candidate"


def main(argv: list[str]) -> int:
    """Print the classes of the misses per set and pooled."""
    values = {}
    for arg in argv:
        if "=" in arg and not arg.startswith("--"):
            name, value = arg.split("=", 1)
            values[name] = float(value)
    names = [a for a in argv if not a.startswith("--") and "=" not in a]
    if not names:
        from kept_sets import TUNABLE_PATHS

        names = list(TUNABLE_PATHS)
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    pooled: Counter[str] = Counter()
    rec = Recorder()
    rec.install()
    try:
        for name in names:
            rows = load(name)
            if not any(row.get("topics") for row in rows):
                continue
            prepared = prepare(redactor, rows)
            tally: Counter[str] = Counter()
            for text, gold in prepared:
                sentences = split_sentences(text)
                with settings(**values):
                    rec.reads, rec.gated_out = {}, set()
                    before = rec.calls
                    found = [(t.start, t.end, t.category) for t in detector.detect(text)]
                    tally["calls gate"] += rec.calls - before
                    gated_out = rec.gated_out
                    with settings(CLASSIFIER_GATE=False):
                        rec.reads, rec.gated_out = {}, set()
                        before = rec.calls
                        open_found = [(t.start, t.end, t.category) for t in detector.detect(text)]
                        tally["calls open"] += rec.calls - before
                        open_reads = rec.reads
                    rec.gated_out = gated_out
                    rec.reads = {i: r for i, r in open_reads.items() if i not in gated_out}
                tally["gold"] += len(gold)
                for span in gold:
                    if covered(span[0], span[1], found, span[2]) >= 0.5 * (span[1] - span[0]):
                        continue
                    kind = classify_miss(span, sentences, found, rec)
                    tally["missed"] += 1
                    tally[kind] += 1
                    if kind == "gated":
                        got = covered(span[0], span[1], open_found, span[2])
                        tally["gated, taken with gate off"] += got >= 0.5 * (span[1] - span[0])
            print(name, dict(sorted(tally.items())), flush=True)
            pooled.update(tally)
    finally:
        rec.remove()
    missed = pooled["missed"] or 1
    print("ALL", dict(sorted(pooled.items())))
    for key in sorted(pooled):
        if key.startswith(("gated", "rejected", "other")):
            print(f"  {key:32} {pooled[key]:5} {pooled[key] / missed:.3f} of misses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
