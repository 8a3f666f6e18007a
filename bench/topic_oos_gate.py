"""Out-of-sample look at the classifier's gate on tunable transcript sets: what it shuts out.

Run: ``.venv/bin/python bench/topic_oos_gate.py SET [SET ...] [--dump FILE]``. Per set it runs
the committed detector with a trace (``topic_decision_trace``), then has the fine-tuned
classifier read every sentence the detector left unread (not placed by the lexicon, the gate
shut, no follow-up), as ``classified_topics`` would have. It prints:

- the gate's recall: gold topic sentences the classifier read (or the lexicon placed) over all
  gold topic sentences;
- for the sentences it shut out, how many the classifier would have given their gold topic,
  and how many other sentences it would have given a topic, at a few bars;
- the same for candidate narrower openings (a lower static-scorer band, the n-gram scorer, a
  sentence after a clinician's question through the gate), each alone.

A sentence's gold topics are the gold spans covering at least half of it or half of which it
covers (the scoring's 50% rule, by sentence). Only tunable sets are read (``topic_layers.load``
refuses any other). ``--dump`` writes one JSON line per unread sentence (for study).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from topic_layers import load, memoised_redactor, prepare

from tenor_desktop.redaction.topic_decision_trace import SentenceTrace
from tenor_desktop.redaction.topic_gate import ngram_scorer, static_scorer, worth_embedding
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges
from tenor_desktop.redaction.topic_windows import split_sentences

Span = tuple[int, int, str]
BARS = (0.5, 0.6, 0.7, 0.8, 0.9)


def gold_of(start: int, end: int, gold: list[Span]) -> set[str]:
    """Gold categories of a sentence (a span covering half of it, or half covered by it)."""
    told = set()
    for s, e, c in gold:
        inside = min(end, e) - max(start, s)
        if inside > 0 and (inside >= 0.5 * (end - start) or inside >= 0.5 * (e - s)):
            told.add(c)
    return told


def rows_of(redactor: Any, name: str) -> list[dict[str, Any]]:
    """One record per sentence of the set: gold, what the detector did, forced probabilities."""
    detector = redactor.topic_detector
    classifier = detector.internals().classifier
    records: list[dict[str, Any]] = []
    for text, gold in prepare(redactor, load(name)):
        trace: dict[int, SentenceTrace] = {}
        found = detector.detect(text, trace=trace)
        sentences = split_sentences(text)
        clinician = clinician_ranges(text)
        unread = [i for i, entry in trace.items() if not entry.hits]
        windows = classifier.windows(text, sentences, unread)
        probs = classifier.probabilities(windows) if windows else []
        forced = {i: probs[k] for k, i in enumerate(unread)}
        for i, (start, end) in enumerate(sentences):
            sentence = text[start:end]
            entry = trace.get(i)
            predicted = {s.category for s in found if s.start < end and start < s.end}
            before = text[slice(*sentences[i - 1])] if i else ""
            record: dict[str, Any] = {
                "set": name,
                "gold": sorted(gold_of(start, end, gold)),
                "predicted": sorted(predicted),
                "traced": entry is not None,
                "hits": list(entry.hits) if entry else [],
                "read": entry.read if entry else "",
                "words": len(sentence.split()),
                "clinician": bool(clinician) and in_ranges(start, clinician),
                "question": sentence.endswith("?"),
                "after_question": before.endswith("?"),
                "after_clinician": i > 0
                and bool(clinician)
                and in_ranges(sentences[i - 1][0], clinician),
                "before_field": bool(before) and worth_embedding(before),
                "field": worth_embedding(sentence),
                "static": static_scorer().topic_probability(sentence),
                "ngram": ngram_scorer().topic_probability(sentence),
            }
            if i in forced:
                barred = set(entry.barred) if entry else set()
                allowed = {
                    label: float(p)
                    for label, p in zip(classifier.labels, forced[i], strict=True)
                    if label != "NONE" and label not in barred
                }
                top = max(allowed, key=allowed.__getitem__) if allowed else ""
                record["probs"] = allowed
                record["none"] = float(forced[i][list(classifier.labels).index("NONE")])
                if not entry or not entry.read:
                    record["top"] = top
                    record["p"] = allowed.get(top, 0.0)
                record["sentence"] = sentence
            records.append(record)
    return records


def summary(records: list[dict[str, Any]], label: str) -> None:
    """Gate recall and what reading the shut-out sentences would give."""
    gold = [r for r in records if r["gold"]]
    reached = [r for r in gold if r["hits"] or r["read"]]
    shut = [r for r in gold if "top" in r]
    print(
        f"{label}: gold sentences {len(gold)}, reached (lexicon or read) {len(reached)}"
        f" = {len(reached) / max(1, len(gold)):.3f}; shut out {len(shut)},"
        f" of them already predicted (carry) {sum(1 for r in shut if r['predicted'])}"
    )
    unread = [r for r in records if "top" in r and not r["predicted"]]
    print(f"  unread sentences {len(unread)} (gold {sum(1 for r in unread if r['gold'])})")
    openings: dict[str, Callable[[dict[str, Any]], bool]] = {
        "all unread": lambda _r: True,
        "static>=0.3": lambda r: r["static"] >= 0.3,
        "static>=0.2": lambda r: r["static"] >= 0.2,
        "static>=0.1": lambda r: r["static"] >= 0.1,
        "field&static>=0.3": lambda r: r["field"] and r["static"] >= 0.3,
        "field&static>=0.2": lambda r: r["field"] and r["static"] >= 0.2,
        "ngram>=0.5": lambda r: r["ngram"] >= 0.5,
        "ngram>=0.4": lambda r: r["ngram"] >= 0.4,
        "ngram>=0.3": lambda r: r["ngram"] >= 0.3,
        "after gated q": lambda r: r["after_question"] and r["before_field"],
        "after clin gated q": lambda r: (
            r["after_question"] and r["before_field"] and r["after_clinician"]
        ),
        "field": lambda r: r["field"],
    }
    for name, rule in openings.items():
        chosen = [r for r in unread if rule(r)]
        cells = []
        for bar in BARS:
            fired = [r for r in chosen if r["p"] >= bar]
            right = sum(1 for r in fired if r["top"] in r["gold"])
            cells.append(f"{bar}: +{right}/{len(fired) - right}")
        print(
            f"  {name:20} n={len(chosen):5} gold={sum(1 for r in chosen if r['gold']):3}  "
            + "  ".join(cells)
        )


def main(argv: list[str]) -> int:
    """Print the summaries; with ``--dump FILE`` also write the records."""
    dump = argv[argv.index("--dump") + 1] if "--dump" in argv else ""
    names = [a for a in argv if not a.startswith("--") and a != dump]
    redactor = memoised_redactor()
    everything: list[dict[str, Any]] = []
    for name in names:
        records = rows_of(redactor, name)
        summary(records, name)
        everything += records
    if len(names) > 1:
        summary(everything, "ALL")
    if dump:
        with open(dump, "w", encoding="utf-8") as handle:
            for record in everything:
                handle.write(json.dumps(record) + "\n")
    counts = Counter(r["read"] for r in everything if r["gold"])
    print("gold sentences by how they were read:", dict(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
