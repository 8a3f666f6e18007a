"""How often a tagger run stops beside a head or compass word it could carry, fold by set.

Run: ``nice -n 10 .venv/bin/python bench/phi_tagger_carry.py [--folds 5] [--bar 0.8]
[--low 0.2] [--sets a,b,...]``; ``PHI_TAGGER_RULES_AT=<commit>`` as ``phi_tagger_folds``.
Tunable sets only (folds by set, as ``phi_tagger_folds``): for every run the fold's tagger
proposes (before the guards) whose next word is a street or land kind word
(``phi_tagger_guards.SHAPE_HEADS``) or whose word before is a compass word, with no label of
that word at the bar and its LOCATION probability at least ``--low``, prints the word's
probability, whether a gold span covers it, and whether a rule span already stands on the run;
then counts by probability band (what ``phi_tagger.carried`` would take at each floor).
"""

from __future__ import annotations

import argparse
from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import TUNABLE
from phi_tagger_data import cached_tunable_outputs, gold_of, tunable_rows
from train_phi_tagger import tagger_of, train_on

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import LABELS, runs
from tenor_desktop.redaction.phi_tagger_guards import COMPASS_WORDS, SHAPE_HEADS

_BANDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def _band(p: float) -> float:
    return max(b for b in _BANDS if b <= p)


def main() -> int:
    """Print the runs that stop beside a carriable word, fold by fold, and counts by band."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--bar", type=float, default=0.8)
    parser.add_argument("--low", type=float, default=0.2)
    parser.add_argument("--sets", default=",".join(TUNABLE))
    args = parser.parse_args()
    sets = tuple(args.sets.split(","))
    if not set(sets) <= set(TUNABLE):
        raise SystemExit("only tunable sets are folded")
    lexicons = Lexicons.load()
    location = LABELS.index("LOCATION")
    counts: Counter[str] = Counter()
    for fold in range(args.folds):
        held = sets[fold :: args.folds]
        weights, bias = train_on([s for s in sets if s not in held], lexicons)
        tagger = tagger_of(weights, bias, args.bar, lexicons)
        for name in held:
            for row, (spans, _protected) in zip(
                tunable_rows(name), cached_tunable_outputs(name), strict=True
            ):
                text = row["text"]
                starts, ends, probs = tagger.probabilities(text)
                golds = gold_of(row)
                for i, j, column in runs(text, starts, probs, args.bar):
                    for side, k, gap in (("after", j, (j - 1, j)), ("before", i - 1, (i - 1, i))):
                        if k < 0 or k >= len(starts):
                            continue
                        word = text[starts[k] : ends[k]].lower()
                        if word not in (SHAPE_HEADS if side == "after" else COMPASS_WORDS):
                            continue
                        p = float(probs[k, location])
                        between = text[ends[gap[0]] : starts[gap[1]]]
                        if p < args.low or probs[k, 1:].max() >= args.bar or not between.isspace():
                            continue
                        covered = any(s <= starts[k] and ends[k] <= e for s, e, _l in golds)
                        ruled = any(a < ends[j - 1] and starts[i] < b for a, b, _l in spans)
                        key = f"{LABELS[column]} {side} {'ruled' if ruled else 'open'}"
                        counts[f"{key} {_band(p)} {'gold' if covered else 'not'}"] += 1
                        left = text[max(0, starts[min(i, k)] - 30) : starts[min(i, k)]]
                        shown = text[starts[min(i, k)] : ends[max(j - 1, k)]]
                        print(
                            f"{name} {key} p={p:.2f} {'GOLD' if covered else 'not'} "
                            f"..{left.replace(chr(10), ' ')}[[{shown}]]",
                            flush=True,
                        )
    for key, value in sorted(counts.items()):
        print(key, value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
