"""Sentence-level sensitive-topic detection: phrase lexicon plus MiniLM similarity.

A sentence belongs to a category when one of the category's phrases occurs in it, or when
its embedding is close enough to one of the category's example sentences. Embeddings are
only computed for sentences long enough to carry a disclosure and holding a cue word, which
keeps the numpy forward pass within the throughput budget.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm import FloatArray, MiniLMEncoder
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES, TopicCategory
from tenor_desktop.redaction.topic_prototypes import (
    CALIBRATED_BARS,
    NEUTRAL_EXAMPLES,
    NEUTRAL_MARGIN,
)

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\]]*|$)")
_SPEAKER_PREFIX = re.compile(r"[ \t]*[A-Z][A-Za-z]*(?:\s\d+)?:\s*")
_MIN_WORDS = 5
# Semantic-field cue stems of the built-in categories: only sentences holding one are embedded.
# Embedding every sentence costs ~40 MFLOP per token, about 900 words/s on one core; the cue
# gate keeps the embedded share small. Set ``embed_all`` to trade speed for recall.
_CUE = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|alive|live|living|gone|disappear\w*|hurt\w*"
    r"|cut\w*|pills?|jump\w*|bridge|roof|gun|pistol|rope|overdos\w*|wake|funeral|goodbye|burden"
    r"|better off|anymore|end\w*|drink\w*|drunk|beers?|wine|liquor|bottles?|high|smok\w*|weed"
    r"|using|use|sober|clean|relaps\w*|bar|shots?|hangover|drugs?|dealer|hit|hits|hitting|beat\w*"
    r"|slap\w*|punch\w*|kick\w*|chok\w*|push\w*|shov\w*|grab\w*|threw|throw\w*|lock\w*"
    r"|scream\w*|yell\w*|touch\w*|bruis\w*|belt|afraid|scared|forced|police|cops?|arrest\w*"
    r"|jail|prison|court|charged?|judge|st[eo]al\w*|stole|caught|probation|parole|crime|illegal"
    r"|sell\w*|sold|fight|fought|border|country|papers|visa|citizen\w*|deport\w*|immigra\w*"
    r"|asylum|sent back|sex\w*|bed|naked|slept|sleeping with|hook\w*|body|photos|pictures"
    r"|videos?|porn\w*|affair|status|legal|green card|lingerie|nudes?|pot|xanax|molly|ecstasy"
    r"|wasted|lines|crack|vap\w*|adderall|percocet|oxy\w*|pills?|probation|locked|dealing|taxes"
    r"|robb\w*|raid\w*|bleed\w*|bled|myself|note|gun|wake|point|held|threat\w*|burn\w*|food"
    r"|alone|forced|touched|hurt)\b",
    re.IGNORECASE,
)
DEFAULT_THRESHOLD = 0.6
_BUILTIN_NAMES = frozenset(category.name for category in BUILTIN_CATEGORIES)


@dataclass(frozen=True, slots=True)
class _CompiledCategory:
    category: TopicCategory
    pattern: re.Pattern[str] | None
    examples: FloatArray


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, without speaker labels and surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        prefix = (
            _SPEAKER_PREFIX.match(text, start, end)
            if start == 0 or text[start - 1] == "\n"
            else None
        )
        if prefix is not None:
            start = prefix.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


class TopicDetector:
    """Finds sentences about the enabled sensitive topics."""

    def __init__(
        self,
        encoder: MiniLMEncoder | None,
        categories: Sequence[TopicCategory],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        embed_all: bool = False,
    ) -> None:
        self._encoder = encoder
        self._threshold = threshold
        self._embed_all = embed_all
        self._categories = [self._compile(category) for category in categories]
        self._neutral = (
            encoder.encode_cached(NEUTRAL_EXAMPLES)
            if encoder is not None
            else np.zeros((0, 384), dtype=np.float32)
        )

    def _compile(self, category: TopicCategory) -> _CompiledCategory:
        if not category.phrases and not category.examples:
            raise RedactionConfigError("A topic category needs phrases or example sentences.")
        pattern = None
        if category.phrases:
            try:
                pattern = re.compile(r"\b(?:" + "|".join(category.phrases) + r")\b", re.IGNORECASE)
            except re.error as error:
                raise RedactionConfigError("A topic phrase is not a valid pattern.") from error
        if self._encoder is not None and category.examples:
            examples = self._encoder.encode_cached(category.examples)
        else:
            examples = np.zeros((0, 384), dtype=np.float32)
        return _CompiledCategory(category, pattern, examples)

    @property
    def category_names(self) -> list[str]:
        """Names of the categories this detector looks for."""
        return [compiled.category.name for compiled in self._categories]

    def detect(self, text: str, enabled: Sequence[str] | None = None) -> list[TopicSpan]:
        """Topic spans (one per sentence and category) for the ``enabled`` categories."""
        active = [c for c in self._categories if enabled is None or c.category.name in enabled]
        if not active:
            return []
        sentences = split_sentences(text)
        found: list[TopicSpan] = []
        to_embed: list[int] = []
        lexical: list[set[str]] = []
        for index, (start, end) in enumerate(sentences):
            sentence = text[start:end]
            if sentence.endswith("?"):
                # A question is the clinician asking, not a disclosure.
                lexical.append(set())
                continue
            hits = {
                c.category.name
                for c in active
                if c.pattern is not None and c.pattern.search(sentence)
            }
            lexical.append(hits)
            for name in sorted(hits):
                found.append(TopicSpan(start, end, name, 0.95, "lexicon"))
            words = len(sentence.split())
            # Questions are the clinician asking, not a disclosure; the lexicon still sees them.
            gated = _CUE.search(sentence) is not None and not sentence.endswith("?")
            # A sentence the lexicon placed gets no embedding-only topic (see below): skip it.
            if (
                self._encoder is not None
                and not hits
                and words >= _MIN_WORDS
                and (self._embed_all or gated)
            ):
                to_embed.append(index)
        if to_embed and self._encoder is not None:
            vectors = self._encoder.encode([text[slice(*sentences[i])] for i in to_embed])
            neutral = (self._neutral @ vectors.T).max(axis=0) if len(self._neutral) else None
            for row, index in enumerate(to_embed):
                start, end = sentences[index]
                scores = {
                    c.category.name: float(np.max(c.examples @ vectors[row]))
                    for c in active
                    if len(c.examples)
                }
                for compiled in active:
                    if compiled.category.name in lexical[index] or not len(compiled.examples):
                        continue
                    score = scores[compiled.category.name]
                    # An embedding alone names one topic per sentence: the closest one, and
                    # none at all when the lexicon already placed the sentence elsewhere.
                    if lexical[index] or score < max(scores.values()):
                        continue
                    if score < self._bar(compiled.category.name):
                        continue
                    if neutral is not None and score < float(neutral[row]) + NEUTRAL_MARGIN:
                        continue
                    found.append(
                        TopicSpan(start, end, compiled.category.name, round(score, 3), "embedding")
                    )
        return sorted(found, key=lambda span: (span.start, span.category))

    def _bar(self, name: str) -> float:
        """Similarity needed for ``name``: its calibrated bar, moved with the user's threshold."""
        calibrated = CALIBRATED_BARS.get(name)
        if calibrated is None or name not in _BUILTIN_NAMES:
            return self._threshold
        return calibrated + (self._threshold - DEFAULT_THRESHOLD)

    def similarity(self, sentence: str) -> dict[str, float]:
        """Best cosine similarity of ``sentence`` to each category's examples (for inspection)."""
        if self._encoder is None:
            return {}
        vector = self._encoder.encode([sentence])[0]
        return {
            c.category.name: float(np.max(c.examples @ vector)) if len(c.examples) else 0.0
            for c in self._categories
        }
