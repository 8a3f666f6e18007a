"""Rules (plus optional sentence embeddings) that sort transcript sentences into note categories.

The categories are those of ``templates.CATEGORIES``. Each rule is a cue pattern, the speaker
role it applies to and a weight; a sentence's category is the best-scoring one. Client sentences
with substance but no cue are what the client *presents* (mood, events, symptoms). Clinician
questions and pleasantries without a cue carry no note content and are left out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tenor_desktop.notes.transcript import Sentence

Embedder = Callable[[Sequence[str]], npt.NDArray[np.float32]]
"""Maps sentences to L2-normalised vectors, one row each (e.g. the redaction MiniLM encoder)."""

log = logging.getLogger(__name__)


class EmbeddingsUnavailable(Exception):
    """Raised by an embedder whose model cannot be loaded; the rules then draft alone."""


CLIENT, CLINICIAN, ANY = "client", "clinician", "any"

_DAYS = r"(?:session|week|time|appointment|visit|monday|tuesday|wednesday|thursday|friday)"
# (category, role, weight, pattern). Higher weights win: a homework assignment that names a
# technique is a plan, not an intervention; a goal that notes progress is a goal.
_RULES: tuple[tuple[str, str, float, str], ...] = (
    ("goal", ANY, 3.5, r"\bgoals?\b|\btreatment plan\b|\bwork(?:ing)? (?:on|toward)\b"),
    ("goal", CLIENT, 3.5, r"\bi (?:want|would like|'d like|hope) to (?:be able|get|stop|feel)\b"),
    ("plan", ANY, 3.0, rf"\bhomework\b|\bnext {_DAYS}\b|\bbefore (?:next|our next|we meet)\b"),
    ("plan", ANY, 3.0, r"\bfollow[- ]?up\b|\bschedul\w*\b|\brefer(?:ral| you)?\b|\bcrisis line\b"),
    ("plan", CLINICIAN, 3.0, r"\bwe(?:'ll| will) (?:meet|see|schedule|continue|talk|follow)\b"),
    ("plan", CLINICIAN, 3.0, r"\bplease (?:fill|write|practice|try|keep|track|call|log|read)\b"),
    ("plan", ANY, 2.5, r"\bbetween sessions\b|\bthis week,? (?:try|please)\b|\bplan to\b"),
    (
        "plan",
        CLINICIAN,
        2.5,
        r"\bwe meet\b|\bin (?:a|one|two|three|four) (?:days?|weeks?)\b|"
        r"\bi(?:'ll| will) (?:also |then )?(?:send|call|email|contact|check in)\b",
    ),
    (
        "observation",
        CLINICIAN,
        3.0,
        r"\byou (?:seem|appear|look)\w*\b|\bi (?:notice|noticed|observe|can see)\b",
    ),
    (
        "observation",
        CLINICIAN,
        3.0,
        r"\btearful\b|\beye contact\b|\byour (?:speech|affect|voice|posture)\b",
    ),
    ("assessment", CLINICIAN, 2.5, r"\b(?:it |that )?(?:sounds|seems|looks) like\b|\bpattern\b"),
    (
        "assessment",
        CLINICIAN,
        2.5,
        r"\bprogress\w*\b|\bimprov\w*\b|\bconsistent with\b|\bsymptoms\b",
    ),
    ("assessment", CLINICIAN, 2.0, r"\byou(?:'re| are) (?:catching|making|moving|getting|doing)\b"),
    (
        "intervention",
        CLINICIAN,
        2.0,
        r"\blet'?s (?:try|practice|look|build|work|do|explore|review|identify|write|role)\b",
    ),
    (
        "intervention",
        CLINICIAN,
        2.0,
        r"\bthought record\b|\bevidence for\b|\bbreathing\b|\bgrounding\b|\breframe\w*\b",
    ),
    (
        "intervention",
        CLINICIAN,
        2.0,
        r"\bmindful\w*\b|\bexposure\b|\brole[- ]?play\b|\bsafety plan\b|\bcoping skill\w*\b",
    ),
    (
        "intervention",
        CLINICIAN,
        2.0,
        r"\bwhat would you (?:say|tell)\b|\bcan you (?:try|imagine|notice)\b|\bvalidat\w*\b",
    ),
    (
        "response",
        CLIENT,
        2.0,
        r"\b(?:that|this|it) (?:actually |really |kind of )?"
        r"(?:helps|helped|felt|feels|makes sense|was helpful)\b",
    ),
    (
        "response",
        CLIENT,
        2.0,
        r"\bfeel(?:s|ing)? (?:calmer|better|lighter|relieved)\b|\bi(?:'ll| will| can) try\b",
    ),
)
_COMPILED = tuple(
    (category, role, weight, re.compile(pattern, re.IGNORECASE))
    for category, role, weight, pattern in _RULES
)
_FILLER_WORDS = frozenset(
    "okay ok yeah yes no um uh hmm mm mhm right sure thanks thank see then sounds good bye "
    "honestly well so just like really hi hello great fine alright".split()
)
_STOPWORDS = frozenset(
    "a an the and or but if of to in on at for with about from by as is am are was were be been "
    "being it its this that these those i me my you your he him his she her we us our they them "
    "their what which who how when where why do does did have has had not can could would will "
    "shall should may might must there here than too very all any some more most".split()
)
_WORD = re.compile(r"[a-z']+")
# Prototype sentences for the embedding fallback (used only when an embedder is injected).
_PROTOTYPES: dict[str, str] = {
    "presenting": "I have been feeling anxious and I could not sleep this week.",
    "observation": "You seem restless today and you are avoiding eye contact.",
    "intervention": "Let us practise a skill together and look at that thought differently.",
    "response": "That exercise helped me feel calmer.",
    "assessment": "It seems the symptoms are improving and the pattern is changing.",
    "plan": "For next week please practise this every day and we will meet again.",
    "goal": "My goal is to be able to go back to work.",
}
_EMBEDDING_THRESHOLD = 0.45
_EMBEDDING_BUDGET = 48


def content_words(text: str) -> list[str]:
    """Lower-case words that carry meaning (no stop words, no fillers)."""
    return [
        word.strip("'")
        for word in _WORD.findall(text.lower())
        if word not in _STOPWORDS and word not in _FILLER_WORDS and len(word) > 1
    ]


@dataclass(frozen=True)
class ClassifiedSentence:
    """A sentence, its category (``None`` when it carries no note content) and its score."""

    sentence: Sentence
    role: str
    category: str | None
    score: float


class SentenceClassifier:
    """Assigns each transcript sentence a category by cue rules, then embeddings if available."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder
        self._prototypes: npt.NDArray[np.float32] | None = None  # encoded once, on first use

    def classify(
        self, sentences: Sequence[Sentence], clinicians: frozenset[str]
    ) -> list[ClassifiedSentence]:
        """Classify every sentence; roles come from the clinician speaker labels."""
        results = [self._by_rules(sentence, clinicians) for sentence in sentences]
        if self._embedder is not None:
            try:
                results = self._fill_with_embeddings(results, self._embedder)
            except EmbeddingsUnavailable as error:
                # A note from the rules alone is still a useful draft; say why, by kind only.
                kind = type(error.__cause__ or error).__name__
                log.warning("sentence embeddings unavailable (%s); drafting by rules", kind)
                self._embedder = None
        return _responses_to_interventions(results)

    @staticmethod
    def _by_rules(sentence: Sentence, clinicians: frozenset[str]) -> ClassifiedSentence:
        role = CLINICIAN if sentence.speaker in clinicians else CLIENT
        substance = len(content_words(sentence.text))
        scores: dict[str, float] = {}
        for category, rule_role, weight, pattern in _COMPILED:
            if rule_role in (ANY, role) and pattern.search(sentence.text):
                scores[category] = max(scores.get(category, 0.0), weight)
        if scores and substance >= 2:
            category = max(scores, key=lambda name: scores[name])
            return ClassifiedSentence(sentence, role, category, scores[category] + 0.1 * substance)
        if role == CLIENT and substance >= 3 and not sentence.text.rstrip().endswith("?"):
            return ClassifiedSentence(sentence, role, "presenting", 1.0 + 0.1 * substance)
        return ClassifiedSentence(sentence, role, None, 0.0)

    def _fill_with_embeddings(
        self, results: list[ClassifiedSentence], embedder: Embedder
    ) -> list[ClassifiedSentence]:
        # Only clinician sentences the rules left out are reconsidered: the rules stay in charge.
        pending = [
            index
            for index, item in enumerate(results)
            if item.category is None
            and item.role == CLINICIAN
            and not item.sentence.text.rstrip().endswith("?")
            and len(content_words(item.sentence.text)) >= 3
        ]
        if not pending:
            return results
        # Bounded, deterministic cost: each distinct text is encoded once, and at most
        # _EMBEDDING_BUDGET of them (the longest, which carry the most content) per transcript.
        texts = sorted(
            {results[index].sentence.text for index in pending}, key=lambda t: (-len(t), t)
        )[:_EMBEDDING_BUDGET]
        names = [name for name in _PROTOTYPES if name not in ("presenting", "response", "goal")]
        if self._prototypes is None:
            self._prototypes = embedder([_PROTOTYPES[name] for name in names])
        similarity = dict(zip(texts, embedder(texts) @ self._prototypes.T, strict=True))
        for index in pending:
            item = results[index]
            row = similarity.get(item.sentence.text)
            if row is None:
                continue
            best = int(np.argmax(row))
            if float(row[best]) >= _EMBEDDING_THRESHOLD:
                results[index] = ClassifiedSentence(
                    item.sentence, item.role, names[best], float(row[best])
                )
        return results


def _responses_to_interventions(results: list[ClassifiedSentence]) -> list[ClassifiedSentence]:
    """The client's first turn after an intervention is the response to it.

    Only sentences the rules took as plain "presenting" change: a turn with its own cue
    (a goal, a plan) keeps it. The turn is the client's consecutive lines after the clinician.
    """
    after_intervention = False
    responding_segment: int | None = None
    for index, item in enumerate(results):
        if item.role == CLINICIAN:
            if item.category is not None or item.sentence.text.rstrip().endswith("?"):
                after_intervention = item.category == "intervention"
            responding_segment = None
            continue
        if after_intervention and responding_segment is None:
            responding_segment = item.sentence.segment_id
        if item.sentence.segment_id != responding_segment:
            after_intervention = False
            continue
        if item.category == "presenting":
            results[index] = ClassifiedSentence(item.sentence, item.role, "response", 1.5)
    return results
