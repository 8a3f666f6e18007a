"""The embedding's verdict on a transcript's windows: which topic, if any, each sentence gets.

A window is a sentence, or a clause of a long one. Its similarity to a category is the mean
of its closest example sentences (``top_k_mean``); the closest category counts when it clears
its bar (less for a short statement) and beats ordinary talk by a margin, unless the linear
head holds the window for ordinary talk (the veto). Below the bar, the head may still name
that topic when it is sure (the rescue); beside a topic the lexicon placed, the examples and
the head must agree. The rules' numbers (``EmbeddingRules``) are the detector's module
constants (``topic_detector``), read at each detection, so benches can set them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_gate import opens_gate
from tenor_desktop.redaction.topic_head import NONE_LABEL, TopicHead
from tenor_desktop.redaction.topic_windows import clauses

# A category's similarity is the mean of its TOP_K closest examples (one lucky example
# decides less than with the plain maximum); the same for ordinary talk.
TOP_K = 3
NEUTRAL_K = 3


def top_k_mean(examples: FloatArray, vectors: FloatArray, k: int | None = None) -> FloatArray:
    """Per vector, the mean cosine similarity of its ``k`` (TOP_K) closest rows of ``examples``."""
    sims = examples @ vectors.T
    k = min(TOP_K if k is None else k, len(examples))
    if k == 1:
        best: FloatArray = sims.max(axis=0)
        return best
    closest: FloatArray = np.partition(sims, len(examples) - k, axis=0)[-k:].mean(axis=0)
    return closest


@dataclass(frozen=True, slots=True)
class EmbeddingRules:
    """The numbers of the embedding rules (see ``topic_detector`` for what each was measured at)."""

    short_words: int
    short_penalty: float
    neutral_margin: float
    head_bar: float
    head_reach: float
    head_alone: float
    head_veto: float
    self_harm_veto: float
    second_bar: float


@dataclass(frozen=True, slots=True)
class EmbeddingJudge:
    """A detector's models and bars, ready to judge windows."""

    encoder: MiniLMEncoder
    examples: dict[str, FloatArray]
    neutral: FloatArray
    head: TopicHead | None
    bar: Callable[[str], float]
    rules: EmbeddingRules

    def topics(
        self,
        text: str,
        spans: list[tuple[int, int]],
        names: Sequence[str],
        barred: list[frozenset[str]],
        placed: list[bool],
        lifts: list[float],
        *,
        builtin: bool,
    ) -> list[TopicSpan]:
        """The closest category of each sentence, when it clears its bar and the margin.

        A category whose look-alike idiom the sentence holds (``barred``) is not given; a
        sentence's bar is raised by its ``lifts``. A long sentence is also scored clause by
        clause (a disclosure in one clause of a run-on is diluted in the whole), each clause
        through the gate, and its best window decides.
        """
        rules = self.rules
        windows = [(i, s, e) for i, (s, e) in enumerate(spans)]
        # A sentence the lexicon placed is judged whole (its second topic is in the whole).
        windows += [
            (i, cs, ce)
            for i, (s, e) in enumerate(spans)
            if not placed[i]
            for cs, ce in clauses(text, s, e)
            if opens_gate(text[cs:ce], builtin_only=builtin)
        ]
        vectors = self.encoder.encode([text[s:e] for _i, s, e in windows], quantized=True)
        scores = np.stack([top_k_mean(self.examples[name], vectors) for name in names], axis=1)
        neutral = self._neutral_where_near(scores, names, windows, text, vectors)
        probs = self.head.probabilities(vectors) if self.head is not None else None
        head = self._head_choices(probs, len(vectors), names)
        ordinary = self._ordinary(probs, len(vectors))
        best_of: dict[int, tuple[float, str, float]] = {}
        for row, (index, start, end) in enumerate(windows):
            best = int(scores[row].argmax())
            score = float(scores[row, best])
            # An embedding alone names one topic per sentence: the closest one.
            short = len(text[start:end].split()) < rules.short_words
            lead = (
                score
                - self.bar(names[best])
                - (rules.short_penalty if short else 0.0)
                - lifts[index]
            )
            near = lead >= 0 and names[best] not in barred[index]
            if near and row in neutral and score < neutral[row] + rules.neutral_margin:
                near = False
            veto = rules.self_harm_veto if names[best] == "SELF_HARM" else rules.head_veto
            if near and float(ordinary[row]) >= veto:
                continue
            chosen = names[best]
            if placed[index]:
                # Beside the lexicon's topic: the examples and the head must agree.
                if not near or self._head_probability(probs, row, chosen) < rules.second_bar:
                    continue
            elif not near:
                # The closest examples point the right way but not far enough: the head may
                # still be sure of that same topic. Never beside a look-alike idiom, nor on a
                # short statement, which says too little (see SHORT_PENALTY), nor on a clause
                # alone: on a few words it is sure of odd things more often ("i met a guy on
                # an app", "the charges come out of my checking").
                name, sure = head[row]
                if name is None or barred[index] or short or row >= len(spans):
                    continue
                # Far below the bar, or on another topic, only when it is very sure
                # (HEAD_ALONE): there it is sure of odd things (blanked identifiers,
                # logistics, other people).
                if (name != chosen or lead < -rules.head_reach) and sure < rules.head_alone:
                    continue
                chosen, lead, score = name, sure - 1.0, sure
            if index not in best_of or lead > best_of[index][0]:
                best_of[index] = (lead, chosen, score)
        return [
            TopicSpan(*spans[index], name, round(score, 3), "embedding")
            for index, (_lead, name, score) in sorted(best_of.items())
        ]

    def _neutral_where_near(
        self,
        scores: FloatArray,
        names: Sequence[str],
        windows: list[tuple[int, int, int]],
        text: str,
        vectors: FloatArray,
    ) -> dict[int, float]:
        """Similarity to ordinary talk of the windows whose closest topic clears its bar.

        Only those need it, and the bank's thousands of ordinary sentences are the costliest
        comparison: most windows clear no bar.
        """
        if not len(self.neutral):
            return {}
        rules = self.rules
        bars = np.array([self.bar(name) for name in names], dtype=np.float32)
        short = np.array([len(text[s:e].split()) < rules.short_words for _i, s, e in windows])
        leads = (scores - bars).max(axis=1) - np.where(short, rules.short_penalty, 0.0)
        rows = [int(row) for row in np.flatnonzero(leads >= 0)]
        if not rows:
            return {}
        similarity = top_k_mean(self.neutral, vectors[rows], NEUTRAL_K)
        return {row: float(value) for row, value in zip(rows, similarity, strict=True)}

    def _ordinary(self, probs: FloatArray | None, count: int) -> FloatArray:
        """Per window, the head's probability of no topic (zeros without a head)."""
        if probs is None or self.head is None or NONE_LABEL not in self.head.labels:
            return np.zeros(count, dtype=np.float32)
        column: FloatArray = probs[:, self.head.labels.index(NONE_LABEL)]
        return column

    def _head_probability(self, probs: FloatArray | None, row: int, name: str) -> float:
        """The head's probability of topic ``name`` for window ``row`` (0 without a head)."""
        if probs is None or self.head is None or name not in self.head.labels:
            return 0.0
        return float(probs[row, self.head.labels.index(name)])

    def _head_choices(
        self, probs: FloatArray | None, count: int, names: Sequence[str]
    ) -> list[tuple[str | None, float]]:
        """Per window, the built-in topic the head is sure of (``head_bar``), if any."""
        if probs is None or self.head is None:
            return [(None, 0.0)] * count
        columns = [(i, label) for i, label in enumerate(self.head.labels) if label in names]
        choices: list[tuple[str | None, float]] = []
        for row in probs:
            sure = max(columns, key=lambda c: row[c[0]], default=None)
            if sure is None or float(row[sure[0]]) < self.rules.head_bar:
                choices.append((None, 0.0))
            else:
                choices.append((sure[1], round(float(row[sure[0]]), 3)))
        return choices
