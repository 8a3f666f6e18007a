"""Score the PHI tagger as a recall layer beside the rules, fold by set over the tunable sets.

Run: ``nice -n 5 .venv/bin/python bench/phi_tagger_folds.py [--folds 5] [--bars 0.7,0.8:0.95]
[--floors 1.01,0.5] [--sets a,b,...]``; a bar ``0.8:0.95`` also lets lowercase common words
through at mean 0.95; each bar is scored at each carry floor (``phi_tagger.carried``: the
probability a head or compass word needs to join a place run; above 1, never; default the
shipped ``CARRY_FLOOR``).
``--sets`` fixes the sets folded (compare runs while sets are being added);
``PHI_TAGGER_RULES_AT=<commit>`` reuses that tree's cached rule outputs.
The tunable sets are split into folds (whole sets); for each fold a tagger is trained without
it and its spans that no rule span (nor speaker label or famous name) overlaps are added to the
committed detector's output on it. Prints rules alone and rules + tagger per bar, pooled.
``--judged`` instead trains on every tunable set and prints the judged sets' AGGREGATES only
(rules alone and with the tagger at ``--bars``); their text and spans are never printed.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from kept_sets import SCORED, TUNABLE, hidden_sets
from phi_tagger_data import RuleOutputs, cached_tunable_outputs, gold_of, rows_of, tunable_rows
from redaction_scoring import score_phi
from train_phi_tagger import tagger_of, train_on

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import CARRY_FLOOR, PhiTagger

JUDGED = tuple(s for s in SCORED if s not in TUNABLE and s not in hidden_sets())


def brief(score: dict[str, Any]) -> str:
    """Overall recall, precision and span count, then NAME and LOCATION, on one line."""
    labels = " ".join(
        f"{k}={v['recall']}/{v['precision']}({v['gold']})"
        for k, v in score["per_label"].items()
        if k in ("NAME", "LOCATION")
    )
    return f"R {score['recall']} P {score['precision']} spans {score['predicted_spans']} | {labels}"


Bar = tuple[float, float, float]


def _bar_name(bar: Bar) -> str:
    name = f"{bar[0]}" if bar[1] > 1.0 else f"{bar[0]}:{bar[1]}"
    return name if bar[2] == CARRY_FLOOR else f"{name} floor {bar[2]}"


def _with_tagger(
    tagger: PhiTagger, rows: list[dict[str, Any]], outputs: list[Any], bars: list[Bar]
) -> tuple[list[Any], dict[Bar, list[Any]], float, int]:
    """(gold, rules) pairs, per bar (gold, rules + tagger) pairs, tagger CPU seconds, words.

    A bar is (bar, bar of lowercase common words, carry floor)."""
    base: list[Any] = []
    per_bar: dict[Bar, list[Any]] = {bar: [] for bar in bars}
    seconds, words = 0.0, 0
    for row, (spans, protected) in zip(rows, outputs, strict=True):
        text, gold = row["text"], gold_of(row)
        rules = [tuple(s) for s in spans]
        base.append((gold, rules))
        taken = [(s[0], s[1]) for s in rules] + [tuple(p) for p in protected]
        started = time.process_time()
        starts, ends, probs = tagger.probabilities(text)
        found = tagger.decode(text, starts, ends, probs, taken, *bars[0])
        seconds += time.process_time() - started
        words += len(text.split())
        for bar in bars:
            extra = [
                (s, e, label)
                for s, e, label, _p in tagger.decode(text, starts, ends, probs, taken, *bar)
            ]
            per_bar[bar].append((gold, rules + extra))
        del found
    return base, per_bar, seconds, words


def folds(count: int, bars: list[Bar], sets: tuple[str, ...]) -> None:
    """Fold-by-set scores of rules alone and rules + tagger per bar."""
    lexicons = Lexicons.load()
    groups = [sets[i::count] for i in range(count)]
    base_all: list[Any] = []
    bar_all: dict[Bar, list[Any]] = {bar: [] for bar in bars}
    seconds, words = 0.0, 0
    for held in groups:
        train = [s for s in sets if s not in held]
        weights, bias = train_on(train, lexicons)
        tagger = tagger_of(weights, bias, bars[0][0], lexicons)
        for name in held:
            rows = tunable_rows(name)
            base, per_bar, sec, n = _with_tagger(tagger, rows, cached_tunable_outputs(name), bars)
            seconds, words = seconds + sec, words + n
            base_all += base
            for bar in bars:
                bar_all[bar] += per_bar[bar]
            print(f"{name}: rules {brief(score_phi(base))}", flush=True)
            for bar in bars:
                print(f"  bar {_bar_name(bar)}: {brief(score_phi(per_bar[bar]))}", flush=True)
    print(f"POOLED rules: {brief(score_phi(base_all))}")
    for bar in bars:
        print(f"POOLED bar {_bar_name(bar)}: {brief(score_phi(bar_all[bar]))}")
    print(f"tagger throughput {words / seconds:.0f} words/CPU-s")


def judged(bars: list[Bar]) -> None:
    """Judged sets' aggregates, rules alone and with a tagger trained on every tunable set."""
    lexicons = Lexicons.load()
    weights, bias = train_on(TUNABLE, lexicons)
    tagger = tagger_of(weights, bias, bars[0][0], lexicons)
    rules = RuleOutputs()
    base_all: list[Any] = []
    bar_all: dict[Bar, list[Any]] = {bar: [] for bar in bars}
    for name in JUDGED:
        rows = rows_of(name)
        outputs = [list(rules.of(row["text"])) for row in rows]
        base, per_bar, _sec, _n = _with_tagger(tagger, rows, outputs, bars)
        base_all += base
        line = " ".join(
            f"{_bar_name(bar)}={score_phi(per_bar[bar])['recall']}/{score_phi(per_bar[bar])['precision']}"
            for bar in bars
        )
        print(f"{name}: rules {score_phi(base)['recall']}/{score_phi(base)['precision']} | {line}")
        for bar in bars:
            bar_all[bar] += per_bar[bar]
    print(f"JUDGED POOLED rules: {brief(score_phi(base_all))}")
    for bar in bars:
        print(f"JUDGED POOLED bar {_bar_name(bar)}: {brief(score_phi(bar_all[bar]))}")


def main() -> int:
    """Folds over the tunable sets, or (``--judged``) the judged aggregates."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--bars", default="0.5,0.6,0.7,0.8,0.9,0.95")
    parser.add_argument("--floors", default=str(CARRY_FLOOR))
    parser.add_argument("--judged", action="store_true")
    # The tunable sets to fold over (default all): keeps runs compared while sets are added.
    parser.add_argument("--sets", default=",".join(TUNABLE))
    args = parser.parse_args()
    # "0.8" or "0.8:0.97" (the bar, and the bar of lowercase common words; default never).
    bars = [
        (float(b.split(":")[0]), float((b + ":1.01").split(":")[1]), float(floor))
        for b in args.bars.split(",")
        for floor in args.floors.split(",")
    ]
    if args.judged:
        judged(bars)
    else:
        sets = tuple(args.sets.split(","))
        if not set(sets) <= set(TUNABLE):
            raise SystemExit("only tunable sets are folded")
        folds(args.folds, bars, sets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
