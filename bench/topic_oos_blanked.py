"""How many gold topic sentences lose their topic cue to an identifier blank (tunable sets only).

Run: ``.venv/bin/python bench/topic_oos_blanked.py [SET ...]`` (default: every set of
``kept_sets.TUNABLE_PATHS``). The topic detector reads each transcript with the identifiers the
redactor found blanked (``redactor._topic_view`` + ``blank_spans``). Per gold topic sentence it
compares the raw sentence with the blanked one: whether a blank holds a word of the topics'
semantic fields (``topic_gate``) or one of the lexicon's phrases, whether the blanked sentence
still opens the gate / still holds a phrase, and whether the detector (on the blanked view)
found the sentence's gold topic. With ``--list`` it prints the sentences whose only cue was
blanked (tunable sets: their text may be read).
"""

from __future__ import annotations

import sys
from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE_PATHS
from topic_layers import load, memoised_redactor

from tenor_desktop.redaction.topic_gate import _GATE, opens_gate
from tenor_desktop.redaction.topic_sentence_phrases import read_phrases
from tenor_desktop.redaction.topic_windows import split_sentences


def main(argv: list[str]) -> int:
    """Print the counts per set and pooled."""
    listing = "--list" in argv
    names = [a for a in argv if not a.startswith("--")] or list(TUNABLE_PATHS)
    redactor = memoised_redactor()
    detector = redactor.topic_detector
    active = detector.compiled_categories()
    seen: list[str] = []
    original = detector.detect

    def capture(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(text)
        return original(text, *args, **kwargs)

    detector.detect = capture  # type: ignore[method-assign]
    pooled: Counter[str] = Counter()
    for name in names:
        try:
            rows = load(name)
        except SystemExit as error:
            print(error)
            continue
        counts: Counter[str] = Counter()
        for row in rows:
            gold = [(t["start"], t["end"], t["category"]) for t in row.get("topics", [])]
            if not gold:
                continue
            seen.clear()
            redactor.redact(row["text"])
            view, raw = seen[0], row["text"]
            found = original(view)
            for start, end in split_sentences(view):
                told = {
                    c
                    for s, e, c in gold
                    if min(end, e) - max(start, s) >= 0.5 * min(end - start, e - s)
                }
                if not told:
                    continue
                counts["gold sentences"] += 1
                blanked = {i for i in range(start, end) if view[i] == " " and not raw[i].isspace()}
                if not blanked:
                    continue
                counts["with a blank"] += 1
                raw_s, view_s = raw[start:end], view[start:end]
                field_in_blank = any(
                    any(i in blanked for i in range(m.start() + start, m.end() + start))
                    for m in _GATE.finditer(raw_s.lower())
                )
                raw_hits = set(read_phrases(raw_s.lower(), active, None).hits)
                view_hits = set(read_phrases(view_s.lower(), active, None).hits)
                lost_phrase = bool(raw_hits - view_hits)
                if not (field_in_blank or lost_phrase):
                    continue
                counts["cue in a blank"] += 1
                got = {t.category for t in found if t.start < end and start < t.end}
                hit = bool(told & got)
                still = bool(view_hits) or opens_gate(view_s, builtin_only=True)
                if not still:
                    counts["only cue blanked"] += 1
                    counts["only cue blanked, missed"] += not hit
                if lost_phrase:
                    counts["phrase lost"] += 1
                    counts["phrase lost, missed"] += not hit
                if listing and (not still or lost_phrase) and not hit:
                    print(f"  {name} {sorted(told)} {raw_s.strip()[:160]!r}")
        pooled.update(counts)
        print(name, dict(counts), flush=True)
    print("ALL", dict(pooled))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
