"""Could the static scorer vote for a topic the embedding rule refused? Leave-one-set-out folds.

Run: ``.venv/bin/python bench/topic_static_vote.py``.
Per held-out tunable set (``topic_static_data``), head, bank and static scorer are rebuilt
without it (as ``topic_static_folds``). After the detector, each statement it left without a
topic (not a question, at least MIN_WORDS words, no look-alike idiom, denial or quiet phrase
for that topic) gets the static scorer's top topic T when P(T) >= VOTE and the embedding's
top-k similarity to T's bank sentences is within REACH below T's bar. Pooled counts only.

Stop 18 (8 sets, 845 gold; the detector without the vote about 0.498/0.72): VOTE 0.9 with
REACH 0 gave 0.518/0.697, REACH 0.1 0.530/0.647; VOTE 0.98 with REACH 0 0.507/0.723. The spans
the vote adds are right about half the time, so it is not wired into the detector.
"""

from __future__ import annotations

from collections import Counter

import bench_setup  # noqa: F401  (one BLAS thread, repository on sys.path: before numpy)
from redaction_scoring import score_topics
from topic_static_holdout import HeldOutSets
from train_topic_head import LABELS

from tenor_desktop.redaction.topic_phrases import DISCOUNTED, look_alike_names, phrase_state, quiet
from tenor_desktop.redaction.topic_windows import MIN_WORDS, split_sentences

VOTES = (0.8, 0.9, 0.95, 0.98)
REACHES = (0.0, 0.03, 0.06, 0.1, 0.2, 9.0)


def main() -> int:
    """Pool per (VOTE, REACH) the held-out scores with the vote added."""
    folds = HeldOutSets()
    detector = folds.detector
    compiled = detector.compiled_categories()
    tally: dict[tuple[float, float], Counter[str]] = {}
    for held, pairs in folds.prepared.items():
        scorer = folds.scorer_without(held)
        shipped = [
            [(t.start, t.end, t.category) for t in detector.detect(text)] for text, _g in pairs
        ]
        candidates = []
        for (text, _gold), found in zip(pairs, shipped, strict=True):
            per_text = []
            for start, end in split_sentences(text):
                sentence = text[start:end]
                if sentence.endswith("?") or len(sentence.split()) < MIN_WORDS:
                    continue
                if any(min(end, e) > max(start, s) for s, e, _c in found):
                    continue
                probs = scorer.probabilities([sentence])[0]
                best = int(probs[1:].argmax()) + 1
                name = LABELS[best]
                lowered = sentence.lower()
                barred = (
                    look_alike_names(compiled, lowered)
                    | quiet(lowered)
                    | frozenset(
                        c.category.name for c in compiled if phrase_state(c, lowered) == DISCOUNTED
                    )
                )
                if name in barred or probs[best] < min(VOTES):
                    continue
                sims = detector.similarity(sentence)
                lead = sims.get(name, 0.0) - detector.bar(name)
                per_text.append((start, end, name, float(probs[best]), lead))
            candidates.append(per_text)
        for vote in VOTES:
            for reach in REACHES:
                added = [
                    found
                    + [(s, e, n) for s, e, n, p, lead in cands if p >= vote and lead >= -reach]
                    for found, cands in zip(shipped, candidates, strict=True)
                ]
                result = score_topics([(g, a) for (_t, g), a in zip(pairs, added, strict=True)])
                for key in ((vote, reach), (vote, -1.0)) if False else ((vote, reach),):
                    c = tally.setdefault(key, Counter())
                    gold, predicted = result["gold_spans"], result["predicted_spans"]
                    c["gold"] += gold
                    c["predicted"] += predicted
                    c["found"] += round(result["recall"] * gold)
                    c["correct"] += round(result["precision"] * predicted)
        base_result = score_topics([(g, f) for (_t, g), f in zip(pairs, shipped, strict=True)])
        print(held, "shipped", base_result["recall"], base_result["precision"], flush=True)
    for (vote, reach), c in sorted(tally.items()):
        recall = c["found"] / c["gold"]
        precision = c["correct"] / c["predicted"] if c["predicted"] else 1.0
        print(
            f"vote {vote:.2f} reach {reach:.2f}  {recall:.3f}/{precision:.3f}"
            f" ({c['gold']}, {c['predicted']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
