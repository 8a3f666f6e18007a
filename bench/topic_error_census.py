"""Counts of the topic detector's false fires and read-and-rejected misses on tunable sets.

Run: ``.venv/bin/python bench/topic_error_census.py [SET ...] [--dump FILE]``. False fires are
counted by source (lexicon, embedding, classifier, exchange, context), category and speaker,
and flagged when the sentence holds a negation, a hypothetical or another person as its
subject (a passing mention); misses by whether the classifier read the sentence and, when it
did, the gold category's probability against the bar, per category and speaker. With
``--dump``, every fire and read miss is written (sentence, source, probabilities) for reading.
Only tunable sets are read (``topic_layers.load`` refuses the others).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from topic_layers import load, memoised_redactor, prepare
from topic_misses import compare

from tenor_desktop.redaction import topic_classifier, topic_exchange
from tenor_desktop.redaction.topic_classifier import by_label
from tenor_desktop.redaction.topic_decision_trace import SentenceTrace
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges
from tenor_desktop.redaction.topic_windows import split_sentences

NEGATION = re.compile(
    r"\b(not|never|no|don't|didn't|doesn't|won't|wouldn't|haven't|hasn't|isn't|wasn't"
    r"|nothing|none)\b"
)
HYPOTHETICAL = re.compile(r"\b(if|would|could|might|what if|suppose|whether|in case)\b")
OTHER = re.compile(
    r"^\W*(he|she|they|his|her|their|someone|people|my (mom|dad|mother|father|brother|sister"
    r"|son|daughter|wife|husband|friend|partner|boyfriend|girlfriend|cousin|uncle|aunt))\b"
)
FIRST = re.compile(r"\b(i|i'm|i've|i'd|me|my|myself)\b")


def passing(sentence: str) -> list[str]:
    """Flags of a passing mention: negation, hypothetical, another person without the speaker."""
    low = sentence.lower()
    flags = []
    if NEGATION.search(low):
        flags.append("neg")
    if HYPOTHETICAL.search(low):
        flags.append("hyp")
    if OTHER.search(low) and not FIRST.search(low):
        flags.append("other")
    return flags


def band(p: float) -> str:
    """The probability band of a rejected gold category."""
    for low in (0.4, 0.3, 0.2, 0.1):
        if p >= low:
            return f"{low:.1f}-{low + 0.1:.1f}" if low < 0.4 else "0.4-0.5"
    return "<0.1"


def main(argv: list[str]) -> int:
    """Print the census of the named tunable sets."""
    dump_path = argv[argv.index("--dump") + 1] if "--dump" in argv else None
    names = [a for a in argv if not a.startswith("--") and a != dump_path]
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    seen: dict[int, dict[str, float]] = {}
    current: dict[str, Any] = {}
    original = topic_classifier.topic_probabilities

    def recording(
        classifier: Any, text: str, sentences: Any, order: Any, previous: str = ""
    ) -> Any:
        rows = original(classifier, text, sentences, order, previous)
        if text is current.get("text"):
            for row, index in enumerate(order):
                seen[index] = by_label(classifier.labels, rows[row])
        return rows

    topic_classifier.topic_probabilities = recording  # type: ignore[assignment]
    topic_exchange.topic_probabilities = recording  # type: ignore[assignment]
    fires: Counter[tuple[str, ...]] = Counter()
    fire_flags: Counter[tuple[str, str]] = Counter()
    misses: Counter[tuple[str, ...]] = Counter()
    correct: Counter[tuple[str, str]] = Counter()
    dump: list[dict[str, Any]] = []
    for name in names:
        for number, (text, gold) in enumerate(prepare(redactor, load(name))):
            seen.clear()
            current["text"] = text
            trace: dict[int, SentenceTrace] = {}
            spans = detector.detect(text, trace=trace)
            predicted = [(t.start, t.end, t.category) for t in spans]
            source = {(t.start, t.end, t.category): (t.source, t.confidence) for t in spans}
            false, missed, _, _ = compare(gold, predicted)
            clinician = clinician_ranges(text)
            sentences = split_sentences(text)
            index_of = {s: i for i, (s, _e) in enumerate(sentences)}
            false_set = set(false)
            for span in predicted:
                src = source[span][0]
                who = "T" if in_ranges(span[0], clinician) else "C"
                if span in false_set:
                    sentence = " ".join(text[span[0] : span[1]].split())
                    flags = passing(sentence)
                    fires[(src, span[2], who)] += 1
                    for flag in flags or ["plain"]:
                        fire_flags[(src, flag)] += 1
                    dump.append(
                        {
                            "set": name,
                            "row": number,
                            "kind": "FIRE",
                            "src": src,
                            "conf": source[span][1],
                            "cat": span[2],
                            "who": who,
                            "flags": flags,
                            "text": sentence,
                        }
                    )
                else:
                    correct[(src, span[2])] += 1
            for start, end, category in missed:
                who = "T" if in_ranges(start, clinician) else "C"
                overlapping = [i for i, (s, e) in enumerate(sentences) if s < end and e > start]
                state = "unread"
                best = 0.0
                for i in overlapping:
                    if i in seen:
                        state = trace[i].read if i in trace and trace[i].read else "read"
                        best = max(best, seen[i].get(category, 0.0))
                    elif i in trace and trace[i].hits:
                        state = "placed-other" if state == "unread" else state
                key_band = band(best) if state not in ("unread", "placed-other") else "-"
                misses[(category, who, state, key_band)] += 1
                sentence = " ".join(text[start:end].split())
                prev = ""
                if overlapping and overlapping[0] > 0:
                    prev = " ".join(text[slice(*sentences[overlapping[0] - 1])].split())
                top = {}
                for i in overlapping:
                    if i in seen:
                        top = dict(sorted(seen[i].items(), key=lambda kv: -kv[1])[:3])
                dump.append(
                    {
                        "set": name,
                        "row": number,
                        "kind": "MISS",
                        "state": state,
                        "cat": category,
                        "who": who,
                        "p": round(best, 3),
                        "top": {k: round(v, 3) for k, v in top.items()},
                        "prev": prev,
                        "text": sentence,
                        "first": index_of.get(start, -1),
                    }
                )
        print(f"# {name} done", file=sys.stderr, flush=True)
    print("FALSE FIRES by source/category/speaker")
    for key, n in sorted(fires.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5} {' '.join(key)}")
    print("CORRECT by source/category")
    for key, n in sorted(correct.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5} {' '.join(key)}")
    print("FALSE FIRE flags by source")
    for key, n in sorted(fire_flags.items()):
        print(f"  {n:5} {' '.join(key)}")
    print("MISSES by category/speaker/read state/gold prob band")
    for key, n in sorted(misses.items()):
        print(f"  {n:5} {' '.join(key)}")
    if dump_path:
        with open(dump_path, "w", encoding="utf-8") as handle:
            for item in dump:
                handle.write(json.dumps(item) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
