"""The rules' NAME/LOCATION misses on the tunable sets and what a fold's tagger makes of them.

Run: ``nice -n 5 .venv/bin/python bench/phi_tagger_misses.py [--folds 5] [--bar 0.8]
[--common-bar 1.01] [--sets a,b,...]``.
Tunable sets only (folds by set, as ``phi_tagger_folds``): for every gold NAME or LOCATION no
rule span overlaps, prints the tagger's best probability over its tokens and whether a span at
the bar was found, taken (a speaker label or famous name stands there), guarded (one of the
tagger's not-PHI guards) or below the bar; and the tagger's false spans. Counts at the end.
"""

from __future__ import annotations

import argparse
from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE
from phi_tagger_data import cached_tunable_outputs, gold_of, tunable_rows
from train_phi_tagger import tagger_of, train_on

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import LABELS


def main() -> int:
    """Print the misses fold by fold."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--bar", type=float, default=0.8)
    parser.add_argument("--common-bar", type=float, default=1.01)
    # The tunable sets to fold over (default all), as phi_tagger_folds' --sets.
    parser.add_argument("--sets", default=",".join(TUNABLE))
    args = parser.parse_args()
    sets = tuple(args.sets.split(","))
    if not set(sets) <= set(TUNABLE):
        raise SystemExit("only tunable sets are folded")
    lexicons = Lexicons.load()
    counts: Counter[str] = Counter()
    for fold in range(args.folds):
        held = sets[fold :: args.folds]
        weights, bias = train_on([s for s in sets if s not in held], lexicons)
        tagger = tagger_of(weights, bias, args.bar, lexicons, args.common_bar)
        for name in held:
            for row, (spans, protected) in zip(
                tunable_rows(name), cached_tunable_outputs(name), strict=True
            ):
                text = row["text"]
                taken = [(s[0], s[1]) for s in spans] + [tuple(p) for p in protected]
                starts, ends, probs = tagger.probabilities(text)
                bars = (args.bar, args.common_bar)
                raw = tagger.decode(text, starts, ends, probs, [], *bars)
                kept = tagger.decode(text, starts, ends, probs, taken, *bars)
                golds = [g for g in gold_of(row) if g[2] in ("NAME", "LOCATION")]
                for s, e, label in golds:
                    if any(a < e and s < b for a, b, *_ in spans):
                        continue
                    inside = [
                        i
                        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
                        if a < e and s < b
                    ]
                    best = max((float(probs[i, LABELS.index(label)]) for i in inside), default=0.0)
                    if any(a < e and s < b for a, b, *_ in kept):
                        state = "found"
                    elif any(a < e and s < b for a, b, *_ in raw):
                        state = "taken"  # by a speaker label, a famous name or a rule span
                    elif best >= args.bar:
                        state = "guarded"  # a not-PHI guard, or a word of another label
                    else:
                        state = "below"
                    counts[f"miss {label} {state}"] += 1
                    left = text[max(0, s - 40) : s].replace("\n", " ")
                    print(f"{name} MISS {label} {state} p={best:.2f} ..{left}[[{text[s:e]}]]")
                for a, b, label, p in kept:
                    if not any(s < b and a < e for s, e, _l in golds):
                        counts[f"false {label}"] += 1
                        left = text[max(0, a - 40) : a].replace("\n", " ")
                        print(f"{name} FALSE {label} p={p:.2f} ..{left}[[{text[a:b]}]]")
    for key, value in sorted(counts.items()):
        print(key, value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
