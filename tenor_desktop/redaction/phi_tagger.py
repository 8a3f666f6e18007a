"""A learned token tagger of names and places: a recall layer beside the rule finders.

A multinomial logistic model over hashed word features (:mod:`phi_tagger_features`) gives each
token P(NAME), P(LOCATION) and P(other). Runs of tokens whose best PHI label beats ``bar`` become
spans; a place run carries a street or land kind word right after it ("two medicine lake") or a
compass word right before it ("west memphis") that the model is less sure of, down to
``CARRY_FLOOR``, so that the guards judge the place whole. A span is kept only where nothing else
already stands (rule spans, speaker labels, famous names) and where it is not a medication, a state
or country alone, a placeholder, a month or weekday, a number, one everyday word or a listed chain
alone, one lowercase word after an article ("the bodega"), or lowercase common words only, unless
they hold name words in a name's shape (:mod:`phi_tagger_guards`: "garfield elementary", "logan
hall") or the model file sets a ``common_bar`` they reach (the bundled one does not): those are the
rules' call. Trained by ``bench/train_phi_tagger.py`` from the tunable sets' gold only; the bar
(0.8, stored in the model file) and the guards were chosen by folds over the tunable sets
(``bench/phi_tagger_folds.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tenor_desktop.redaction.chain_streets import BRANDS
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.listed_name_index import read_listed
from tenor_desktop.redaction.name_words import KIN_WORDS, TITLE_WORDS
from tenor_desktop.redaction.phi_tagger_features import DIMENSION, WordFeatures, tokenize
from tenor_desktop.redaction.phi_tagger_guards import (
    COMPASS_WORDS,
    SHAPE_HEADS,
    ArticleGuard,
    LowercaseGuard,
)
from tenor_desktop.redaction.pinned_arrays import load_pinned_arrays

LABELS = ("O", "NAME", "LOCATION")
# Months and weekdays are the date rules' call ("June and July especially").
# What a client calls a relative or says before a name ("poppa", "papi", "auntie") names no one.
_KIN_AND_TITLES = KIN_WORDS | TITLE_WORDS
_CALENDAR = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
# The LOCATION probability a head or compass word beside a place run needs to be carried into
# it (folds, bench/phi_tagger_folds.py --floors).
CARRY_FLOOR = 0.1
PHI_TAGGER_SHA256 = "75ac9f7ba497f86d84adcc3c75fc8b04d7949ee9cfb824c332bd726c6bb4b64b"
FloatArray = npt.NDArray[np.float32]


def phi_tagger_path() -> Path:
    """The bundled model file."""
    return Path(__file__).resolve().parents[2] / "resources" / "phi_tagger" / "phi_tagger.npz"


class PhiTagger:
    """Token probabilities and spans of NAME and LOCATION."""

    def __init__(
        self,
        weights: FloatArray,
        bias: FloatArray,
        bar: float,
        lexicons: Lexicons,
        common_bar: float = 1.01,
    ) -> None:
        if weights.shape != (DIMENSION, len(LABELS)) or bias.shape != (len(LABELS),):
            raise RedactionConfigError("The PHI tagger's weights do not fit its features.")
        self._weights = weights.astype(np.float32)
        self._bias = bias.astype(np.float32)
        self.bar = bar
        # Lowercase common words pass only at this mean probability (above 1: never).
        self.common_bar = common_bar
        self._lex = lexicons
        self._features = WordFeatures(lexicons)
        self._lowercase = LowercaseGuard(lexicons)
        self._article = ArticleGuard(lexicons)
        # One everyday word alone ("Texas winters") or a chain or listed business alone
        # ("Target", "i shop at walmart") is the rules' call: they know when context makes it
        # a place or a person.
        self._everyday = (
            lexicons.everyday_words
            | BRANDS
            | frozenset(line.name for line in read_listed("known_businesses.txt"))
        )

    @classmethod
    def load(
        cls, lexicons: Lexicons, path: Path | None = None, *, sha256: str | None = PHI_TAGGER_SHA256
    ) -> PhiTagger:
        """Read and verify the model; a missing, damaged or unpinned file is a configuration
        error (``sha256=None`` skips the check: the training bench's folds only)."""
        arrays = load_pinned_arrays(path or phi_tagger_path(), sha256, "PHI tagger")
        try:
            weights, bias = arrays["weights"], arrays["bias"]
            bar = float(arrays["bar"])
            common_bar = float(arrays["common_bar"]) if "common_bar" in arrays else 1.01
        except (KeyError, ValueError, TypeError) as error:
            raise RedactionConfigError("The PHI tagger file is damaged.") from error
        return cls(weights, bias, bar, lexicons, common_bar)

    def probabilities(self, text: str) -> tuple[list[int], list[int], FloatArray]:
        """Token starts, ends and label probabilities, shape (tokens, labels)."""
        tokens = tokenize(text)
        if not tokens.words:
            return [], [], np.zeros((0, len(LABELS)), dtype=np.float32)
        index = self._features.matrix(tokens)
        scores = self._weights[index].sum(axis=1) + self._bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return tokens.starts, tokens.ends, exp / exp.sum(axis=1, keepdims=True)

    def find(
        self, text: str, taken: Sequence[tuple[int, int]], bar: float | None = None
    ) -> list[tuple[int, int, str, float]]:
        """Spans (start, end, label, mean probability) clear of ``taken`` and of the not-PHI
        guards; ``bar`` defaults to the model's."""
        starts, ends, probs = self.probabilities(text)
        threshold = self.bar if bar is None else bar
        return self.decode(text, starts, ends, probs, taken, threshold, self.common_bar)

    def decode(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        probs: FloatArray,
        taken: Sequence[tuple[int, int]],
        threshold: float,
        common_threshold: float = 1.01,
        carry_floor: float = CARRY_FLOOR,
    ) -> list[tuple[int, int, str, float]]:
        """Spans of ``probabilities``' output at ``threshold`` (see :meth:`find`); spans of
        lowercase common words only at ``common_threshold``; a place run carries a head or
        compass word beside it at ``carry_floor`` (:func:`carried`)."""
        blocked = sorted(taken)
        found: list[tuple[int, int, str, float]] = []
        done = 0
        for i, j, column in runs(text, starts, probs, threshold):
            label = LABELS[column]
            core = (starts[i], ends[j - 1], label, float(probs[i:j, column].mean()))
            wide = carried(
                text, starts, ends, probs, (done, i, j, column), (carry_floor, threshold)
            )
            # The carried word's lower score does not dilute the run's: the guards judge the
            # words the model is sure of, now in their place's shape ("west memphis").
            span = (starts[wide[0]], ends[wide[1] - 1], label, core[3])
            if wide != (i, j) and self._allowed(text, span, blocked, common_threshold):
                found.append(span)
                done = wide[1]
                continue
            # Carried or not, a run the guards refuse whole may stand alone, as before.
            done = j
            if self._allowed(text, core, blocked, common_threshold):
                found.append(core)
        return found

    def _allowed(
        self,
        text: str,
        span: tuple[int, int, str, float],
        blocked: list[tuple[int, int]],
        common_threshold: float,
    ) -> bool:
        start, end, label = span[0], span[1], span[2]
        if any(s < end and start < e for s, e in blocked):
            return False
        if "[" in text[max(0, start - 1) : end] or "]" in text[start : end + 1]:
            return False  # a placeholder ("[NAME 1]") or part of one
        words = text[start:end].lower()
        if words in self._lex.medications or words in self._lex.not_phi_names:
            return False
        plain = (w in self._lex.common_words or w.isdigit() for w in words.split())
        if text[start:end] == words and all(plain):
            # Lowercase common words ("the sand bar", "station 4") are the rules' call unless
            # a name word makes a name's shape ("garfield elementary") or the model reaches
            # the common bar.
            if not self._lowercase.allows(words.split(), label, span[3], common_threshold):
                return False
        if words in _CALENDAR or words.removesuffix("'s") in self._everyday:
            return False
        if self._article.blocks(text, start, end):
            return False  # "the bodega", "a deli": a kind of place, the rules' call
        if label == "NAME" and all(w.removesuffix("'s") in _KIN_AND_TITLES for w in words.split()):
            return False
        return not (label == "LOCATION" and words in self._lex.not_phi_places)


def runs(
    text: str, starts: list[int], probs: FloatArray, threshold: float
) -> list[tuple[int, int, int]]:
    """Token runs (first, past the last, label column) whose best PHI label beats
    ``threshold``, before any guard."""
    if not starts:
        return []
    best = probs[:, 1:].argmax(axis=1) + 1
    best_p = probs[np.arange(len(starts)), best]
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(starts):
        # Numbers alone are the rules' call (addresses, times, scores): spans open on a word.
        if best_p[i] < threshold or not text[starts[i]].isalpha():
            i += 1
            continue
        j = i + 1
        while j < len(starts) and best[j] == best[i] and best_p[j] >= threshold:
            j += 1
        while j - 1 > i and not text[starts[j - 1]].isalnum():
            j -= 1
        found.append((i, j, int(best[i])))
        i = j
    return found


def carried(
    text: str,
    starts: list[int],
    ends: list[int],
    probs: FloatArray,
    run: tuple[int, int, int, int],
    floor_and_bar: tuple[float, float],
) -> tuple[int, int]:
    """A place run's tokens widened over the street or land kind word right after it ("two
    medicine lake") and the compass word right before it ("west memphis") where that word's
    LOCATION probability reaches the floor and no label of it the bar (no run of its own).

    Args:
        run: (first token the run may take, its first token, past its last, label column).
        floor_and_bar: the floor a carried word reaches, the bar it stays under.
    """
    free, i, j, column = run
    floor, bar = floor_and_bar
    if LABELS[column] != "LOCATION":
        return i, j
    location = LABELS.index("LOCATION")
    if (
        j < len(starts)
        and text[starts[j] : ends[j]].lower() in SHAPE_HEADS
        and probs[j, location] >= floor
        and probs[j, 1:].max() < bar
        and text[ends[j - 1] : starts[j]].isspace()
    ):
        j += 1
    if (
        i - 1 >= free
        and text[starts[i - 1] : ends[i - 1]].lower() in COMPASS_WORDS
        and probs[i - 1, location] >= floor
        and text[ends[i - 1] : starts[i]].isspace()
    ):
        i -= 1
    return i, j
