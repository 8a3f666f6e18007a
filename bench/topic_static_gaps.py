"""Why the shipped topic detector misses gold topic lines of the tunable sets: never embedded or
embedded and refused. Counts only (no sentence printed).

Run: ``.venv/bin/python bench/topic_static_gaps.py
[--embed-all]``. Each missed gold span is put under the first reason that holds for the
sentence covering most of it: ``question`` (ends in "?"), ``clinician`` (a therapist's turn),
``placed`` (the lexicon named another topic there), ``short`` (under MIN_WORDS words), ``gate``
(``topic_gate.opens_gate`` closed: no field word and not likely to the static scorer, or
under its floor), else ``embedded`` (embedded, and refused by the bar, the
margin to ordinary talk or the head). ``--embed-all`` also scores every set with every
statement embedded (``TopicDetector(embed_all=True)``).
"""

from __future__ import annotations

import sys
from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from topic_layers import memoised_redactor, prepare, score
from topic_misses import overlap
from topic_static_data import TUNABLE_SETS, load_set

from tenor_desktop.redaction.topic_gate import opens_gate
from tenor_desktop.redaction.topic_phrases import TOLD, phrase_state
from tenor_desktop.redaction.topic_speakers import clinician_ranges, in_ranges
from tenor_desktop.redaction.topic_windows import MIN_WORDS, split_sentences


def main(argv: list[str]) -> int:
    """Print, per tunable set, the reasons of its misses and (--embed-all) both scores."""
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    compiled = detector.compiled_categories()
    total: Counter[str] = Counter()
    for name in TUNABLE_SETS:
        prepared = prepare(redactor, load_set(name))
        reasons: Counter[str] = Counter()
        for text, gold in prepared:
            predicted = [(t.start, t.end, t.category) for t in detector.detect(text)]
            sentences = split_sentences(text)
            clinician = clinician_ranges(text)
            for start, end, category in gold:
                if overlap(start, end, predicted, category) >= 0.5 * (end - start):
                    continue
                s, e = max(sentences, key=lambda p: min(p[1], end) - max(p[0], start))
                sentence = text[s:e]
                lowered = sentence.lower()
                told = [c for c in compiled if phrase_state(c, lowered) == TOLD]
                if sentence.endswith("?"):
                    reason = "question"
                elif clinician and in_ranges(s, clinician):
                    reason = "clinician"
                elif told:
                    reason = "placed"
                elif len(sentence.split()) < MIN_WORDS:
                    reason = "short"
                elif not opens_gate(sentence, builtin_only=True):
                    reason = "gate"
                else:
                    reason = "embedded"
                reasons[reason] += 1
        total.update(reasons)
        result = score(detector, prepared)
        line = f"{name:10} shipped {result['recall']:.3f}/{result['precision']:.3f}"
        line += f" ({result['gold_spans']}, {result['predicted_spans']})"
        if "--embed-all" in argv:
            detector._embed_all = True
            every = score(detector, prepared)
            detector._embed_all = False
            line += f"  embed_all {every['recall']:.3f}/{every['precision']:.3f}"
            line += f" ({every['gold_spans']}, {every['predicted_spans']})"
        print(line, " misses:", dict(sorted(reasons.items())), flush=True)
    print("all misses:", dict(sorted(total.items())), "total", sum(total.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
