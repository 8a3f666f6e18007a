"""Does a classifier over MiniLM's contextual word states find names and places the rules and
the hashed-feature tagger miss? Folds by set over the tunable sets.

Run: ``PHI_TAGGER_RULES_AT=<commit> nice -n 5 .venv/bin/python bench/phi_context_folds.py
[--sets a,b,...] [--bars 0.5,0.7,0.8,0.9] [--cost]``. The sets are split as
``bench/phi_tagger_folds.py`` splits them (``sets[i::5]``); for each fold the hashed tagger
(``train_phi_tagger.train_on``) and the contextual classifier (``phi_context_model``) are
trained without it, and on its sets three outputs are scored: the rules; rules + tagger at
0.8 (the product); and that + the contextual classifier's spans decoded with the tagger's
guards (``PhiTagger.decode``) where nothing stands yet (rules, protected ranges, tagger spans).
``avg`` instead replaces the tagger by the mean of both models' probabilities.
``--cost`` times the encoding of dev (int8 graph, float graph, numpy) and the product's whole
redaction of dev in the same process.

Findings (stop 26; rules cached at 6f75665, i.e. ``PHI_TAGGER_RULES_AT=6f75665``, over the 36
tunable sets cached then: dev, tuning, training..training24, fresh7..fresh16; 311k words). No
clear gain: the contextual spans find about 9 of the ~102 NAME misses and 1 of the ~317
LOCATION misses, and cost more precision than they add recall. Pooled (overall R / P; NAME and
LOCATION recall, gold 4,140 and 4,548):

=============  ======  ======  ======  ========
arm            R       P       NAME R  LOCATION
=============  ======  ======  ======  ========
rules          0.9601  0.9712  0.9734  0.9270
+ tagger 0.8   0.9619  0.9706  0.9754  0.9303
+ ctx 0.7      0.9629  0.9678  0.9778  0.9310
+ ctx 0.8      0.9628  0.9687  0.9778  0.9307
+ ctx 0.9      0.9627  0.9697  0.9775  0.9305
+ ctx 0.95     0.9624  0.9699  0.9771  0.9305
avg 0.7        0.9620  0.9704  0.9766  0.9299
=============  ======  ======  ======  ========

Per fold at ctx 0.9 against rules + tagger (NAME hits, LOCATION hits, overall P): fold 1
+0, +1, 0.9750 -> 0.9741; fold 2 +2, +0, 0.9652 -> 0.9653; fold 3 +3, +0, 0.9714 -> 0.9706;
fold 4 +0, +0, 0.9703 -> 0.9689; fold 5 +4, +0, 0.9702 -> 0.9686. So +0.21 point NAME, +0.02
LOCATION, +0.08 overall recall for -0.09 precision: far below the +0.5 point bar set for
wiring it. The mean of both models' probabilities (``avg``) is no better than the tagger.
Cost (``--cost``, same process, loaded machine): encoding dev's 5,450 words takes 1.3 CPU-s
with the int8 graph, 2.8 with the float graph, 4.7 with numpy, against 1.0 CPU-s for the
product's whole redaction of dev (no topics); all 36 sets took 78.9 CPU-s int8 (~3,900
words/CPU-s), i.e. the layer would more than double PHI redaction time. Not tried: a
non-linear head, fine-tuning the encoder, a cased encoder (MiniLM's vocabulary is uncased,
the case flags stand in), and sharing the pass with topic detection's int8 sentence encoding.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
import numpy as np
from kept_sets import TUNABLE
from phi_context_model import cached_states, set_states, train_classifier, word_features
from phi_tagger_data import cached_tunable_outputs, gold_of, tunable_rows
from phi_tagger_folds import brief
from redaction_scoring import score_phi
from train_phi_tagger import tagger_of, train_on

from tenor_desktop.redaction.lexicons import Lexicons

TAGGER_BAR = 0.8


def folds(sets: list[str], bars: list[float], count: int = 5) -> None:
    """Print rules, rules + tagger, and + contextual spans per bar, per set and pooled."""
    lexicons = Lexicons.load()
    variants = ["rules", "tagger"] + [f"ctx{b}" for b in bars] + [f"avg{b}" for b in bars]
    pooled: dict[str, list[Any]] = {v: [] for v in variants}
    for held in [sets[i::count] for i in range(count)]:
        train = [s for s in sets if s not in held]
        weights, bias = train_on(train, lexicons)
        tagger = tagger_of(weights, bias, TAGGER_BAR, lexicons)
        model = train_classifier(train)
        for name in held:
            per: dict[str, list[Any]] = {v: [] for v in variants}
            outputs = cached_tunable_outputs(name)
            for row, states, (spans, protected) in zip(
                tunable_rows(name), set_states(name), outputs, strict=True
            ):
                text, gold = row["text"], gold_of(row)
                rules = [tuple(s) for s in spans]
                taken = [(s[0], s[1]) for s in rules] + [tuple(p) for p in protected]
                starts, ends, probs = tagger.probabilities(text)
                found = tagger.decode(text, starts, ends, probs, taken, TAGGER_BAR)
                tagged = rules + [(s, e, label) for s, e, label, _p in found]
                per["rules"].append((gold, rules))
                per["tagger"].append((gold, tagged))
                _s, _e, x = word_features(text, states)
                context = model.probabilities(x).astype(np.float32)
                both = ((context + probs) / 2).astype(np.float32)
                taken_more = taken + [(s, e) for s, e, _l, _p in found]
                for bar in bars:
                    extra = tagger.decode(text, starts, ends, context, taken_more, bar)
                    per[f"ctx{bar}"].append((gold, tagged + [(s, e, lb) for s, e, lb, _ in extra]))
                    mixed = tagger.decode(text, starts, ends, both, taken, bar)
                    per[f"avg{bar}"].append((gold, rules + [(s, e, lb) for s, e, lb, _ in mixed]))
            print(name, flush=True)
            for v in variants:
                print(f"  {v}: {brief(score_phi(per[v]))}", flush=True)
                pooled[v] += per[v]
    for v in variants:
        print(f"POOLED {v}: {brief(score_phi(pooled[v]))}", flush=True)


def cost() -> None:
    """CPU seconds: encoding dev per backend, and the product's whole redaction of dev."""
    from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
    from tenor_desktop.redaction.minilm import MiniLMEncoder
    from tenor_desktop.redaction.phi_context_states import ContextStates

    texts = [row["text"] for row in tunable_rows("dev")]
    encoder = MiniLMEncoder(use_onnxruntime=False)
    for backend in ("int8", "float", "numpy"):
        reader = ContextStates(encoder, backend)
        started = time.process_time()
        for text in texts:
            reader.word_states(text)
        print(f"encode dev {backend}: {time.process_time() - started:.1f} CPU-s", flush=True)
    models = RedactionModels.load()
    redactor = Redactor(RedactionSettings(), models)
    redactor.redact(texts[0])
    if models.encoder is not None:
        models.encoder.wait_for_fast_backend()
    started = time.process_time()
    for text in texts:
        redactor.redact(text)
    words = sum(len(t.split()) for t in texts)
    print(f"redact dev: {time.process_time() - started:.1f} CPU-s ({words} words)", flush=True)


def main() -> int:
    """Folds (default) or ``--cost``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(TUNABLE))
    parser.add_argument("--bars", default="0.5,0.7,0.8,0.9")
    parser.add_argument("--cost", action="store_true")
    args = parser.parse_args()
    if args.cost:
        cost()
        return 0
    sets = args.sets.split(",")
    if not set(sets) <= set(TUNABLE):
        raise SystemExit("only tunable sets are folded")
    cached_states(sets)
    folds(sets, [float(b) for b in args.bars.split(",")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
