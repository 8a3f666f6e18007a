"""Score the PHI tagger as a recall layer beside the rules, fold by set over the tunable sets.

Run: ``nice -n 5 .venv/bin/python bench/phi_tagger_folds.py [--folds 5] [--bars 0.5,0.7,0.9]``.
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
from train_phi_tagger import train_on

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.phi_tagger import PhiTagger

JUDGED = tuple(s for s in SCORED if s not in TUNABLE and s not in hidden_sets())


def _brief(score: dict[str, Any]) -> str:
    labels = " ".join(
        f"{k}={v['recall']}/{v['precision']}({v['gold']})"
        for k, v in score["per_label"].items()
        if k in ("NAME", "LOCATION")
    )
    return f"R {score['recall']} P {score['precision']} spans {score['predicted_spans']} | {labels}"


def _with_tagger(
    tagger: PhiTagger, rows: list[dict[str, Any]], outputs: list[Any], bars: list[float]
) -> tuple[list[Any], dict[float, list[Any]], float, int]:
    """(gold, rules) pairs, per bar (gold, rules + tagger) pairs, tagger CPU seconds, words."""
    base: list[Any] = []
    per_bar: dict[float, list[Any]] = {bar: [] for bar in bars}
    seconds, words = 0.0, 0
    for row, (spans, protected) in zip(rows, outputs, strict=True):
        text, gold = row["text"], gold_of(row)
        rules = [tuple(s) for s in spans]
        base.append((gold, rules))
        taken = [(s[0], s[1]) for s in rules] + [tuple(p) for p in protected]
        started = time.process_time()
        starts, ends, probs = tagger.probabilities(text)
        found = tagger.decode(text, starts, ends, probs, taken, bars[0])
        seconds += time.process_time() - started
        words += len(text.split())
        for bar in bars:
            extra = [
                (s, e, label)
                for s, e, label, _p in tagger.decode(text, starts, ends, probs, taken, bar)
            ]
            per_bar[bar].append((gold, rules + extra))
        del found
    return base, per_bar, seconds, words


def folds(count: int, bars: list[float]) -> None:
    """Fold-by-set scores of rules alone and rules + tagger per bar."""
    lexicons = Lexicons.load()
    groups = [TUNABLE[i::count] for i in range(count)]
    base_all: list[Any] = []
    bar_all: dict[float, list[Any]] = {bar: [] for bar in bars}
    seconds, words = 0.0, 0
    for held in groups:
        train = [s for s in TUNABLE if s not in held]
        weights, bias = train_on(train, lexicons)
        tagger = PhiTagger(weights.astype("float16"), bias, bars[0], lexicons)
        for name in held:
            rows = tunable_rows(name)
            base, per_bar, sec, n = _with_tagger(tagger, rows, cached_tunable_outputs(name), bars)
            seconds, words = seconds + sec, words + n
            base_all += base
            for bar in bars:
                bar_all[bar] += per_bar[bar]
            print(f"{name}: rules {_brief(score_phi(base))}", flush=True)
            for bar in bars:
                print(f"  bar {bar}: {_brief(score_phi(per_bar[bar]))}", flush=True)
    print(f"POOLED rules: {_brief(score_phi(base_all))}")
    for bar in bars:
        print(f"POOLED bar {bar}: {_brief(score_phi(bar_all[bar]))}")
    print(f"tagger throughput {words / seconds:.0f} words/CPU-s")


def judged(bars: list[float]) -> None:
    """Judged sets' aggregates, rules alone and with a tagger trained on every tunable set."""
    lexicons = Lexicons.load()
    weights, bias = train_on(TUNABLE, lexicons)
    tagger = PhiTagger(weights.astype("float16"), bias, bars[0], lexicons)
    rules = RuleOutputs()
    base_all: list[Any] = []
    bar_all: dict[float, list[Any]] = {bar: [] for bar in bars}
    for name in JUDGED:
        rows = rows_of(name)
        outputs = [list(rules.of(row["text"])) for row in rows]
        base, per_bar, _sec, _n = _with_tagger(tagger, rows, outputs, bars)
        base_all += base
        line = " ".join(
            f"{bar}:{score_phi(per_bar[bar])['recall']}/{score_phi(per_bar[bar])['precision']}"
            for bar in bars
        )
        print(f"{name}: rules {score_phi(base)['recall']}/{score_phi(base)['precision']} | {line}")
        for bar in bars:
            bar_all[bar] += per_bar[bar]
    print(f"JUDGED POOLED rules: {_brief(score_phi(base_all))}")
    for bar in bars:
        print(f"JUDGED POOLED bar {bar}: {_brief(score_phi(bar_all[bar]))}")


def main() -> int:
    """Folds over the tunable sets, or (``--judged``) the judged aggregates."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--bars", default="0.5,0.6,0.7,0.8,0.9,0.95")
    parser.add_argument("--judged", action="store_true")
    args = parser.parse_args()
    bars = [float(b) for b in args.bars.split(",")]
    if args.judged:
        judged(bars)
    else:
        folds(args.folds, bars)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
