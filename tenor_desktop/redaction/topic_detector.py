"""Sentence-level sensitive-topic detection: phrase lexicon plus MiniLM similarity.

A sentence belongs to a category when one of the category's phrases occurs in it (not just
after a negation such as "never"), or when its embedding is close enough to the category's
example sentences: the mean similarity of its closest examples must clear the category's
calibrated bar and beat ordinary therapy talk by a margin. For the built-in topics the
examples and the ordinary talk are the bank of labelled training sentences (``topic_bank``).
A statement of at least five words that the lexicon did not place is embedded when it
holds a word of one of the topics' semantic fields (``topic_gate``; ``embed_all`` embeds every
one), all of a text's sentences in one call, with the int8 onnxruntime graph; the bank is
read once, a custom category's examples are embedded once per encoder, at the first
detection. A sentence of more than LONG_WORDS words is also embedded clause by clause
(clauses through the same gate), and a sentence holding one of a category's look-alike idioms
("too hard on myself") never gets that category from the embedding.

A clinician's sentence is read like the client's (it restates, asks about or follows up on the
client's matter, and would tell the topic the client's redacted line hid), and also in the
client's first person (``topic_speakers.client_voice``); a question is read for phrases only.
With only built-in topics enabled, the fine-tuned classifier (``topic_classifier``) reads a
sentence the lexicon did not place, after the sentence before it, in place of the prototype
embedding, and gives a built-in topic when it is sure (CLASSIFIER_BAR; a category barred only
by a negated phrase when surer, DISCOUNT_OVERRIDE_BAR: ``topic_decision_rules``); with a custom
category the embedding judges first and the classifier adds built-in topics. A short answer after a
topic sentence takes its topic (``topic_carry``). A sentence's phrase verdicts are
``topic_sentence_phrases``', the examples and bars the embedding compares with are
``topic_example_store``'s, and its verdict on each window is ``topic_embedding``'s; the rules'
numbers are this module's constants, read at each detection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.minilm_numpy import FloatArray
from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_carry import carried_topics
from tenor_desktop.redaction.topic_catalogue import TopicCategory
from tenor_desktop.redaction.topic_classifier import (
    TopicClassifier,
    classified_topics,
    topic_adapter_path,
)
from tenor_desktop.redaction.topic_decision_rules import kept_classifier_topics, overridable_bars
from tenor_desktop.redaction.topic_decision_trace import (
    SentenceTrace,
    barred_reasons,
    note_classifier_reads,
)
from tenor_desktop.redaction.topic_embedding import (
    EmbeddingJudge,
    EmbeddingRules,
)
from tenor_desktop.redaction.topic_embedding import (
    top_k_mean as top_k_mean,
)
from tenor_desktop.redaction.topic_example_store import (
    BUILTIN_NAMES as _BUILTIN_NAMES,
)
from tenor_desktop.redaction.topic_example_store import (
    DEFAULT_THRESHOLD,
    ExampleStore,
)
from tenor_desktop.redaction.topic_example_store import (
    NEUTRAL_SENTENCES as NEUTRAL_SENTENCES,
)
from tenor_desktop.redaction.topic_gate import opens_gate
from tenor_desktop.redaction.topic_head import TopicHead
from tenor_desktop.redaction.topic_phrases import (
    NEGATION_BLIND,
    CompiledCategory,
    compile_category,
    look_alike_names,
    quiet,
)
from tenor_desktop.redaction.topic_prototypes import NEUTRAL_MARGIN
from tenor_desktop.redaction.topic_sentence_phrases import read_phrases
from tenor_desktop.redaction.topic_speakers import (
    after_a_topic,
    clinician_ranges,
    first_person_phrases,
    in_ranges,
)
from tenor_desktop.redaction.topic_windows import LONG_WORDS, MIN_WORDS, split_sentences

# A short statement ("then he took my phone.") says little on its own; its embedding must
# clear the bar by this much more.
SHORT_WORDS = 8
SHORT_PENALTY = 0.09
# The linear head (topic_head) names a topic the examples missed only when this sure of it.
HEAD_BAR = 0.9
# ... and only where the closest examples cleared the bar and ordinary talk stood as close
# (NEUTRAL_MARGIN): below the bar, the head is sure of odd things (blanked identifiers,
# logistics, other people, the sentence after a disclosure). At 0.06 below it, it rescued 1
# true topic and 12 false ones over held-out folds of the tunable transcripts, 1 and 4 on
# fresh4/5/6.
HEAD_REACH = 0.0
# ... or, on a whole sentence, however far below the bar and whichever topic the examples
# favour, when it is at least this sure.
HEAD_ALONE = 1.01
# The head vetoes an embedding-only topic when it holds the window for ordinary talk with at
# least this probability (trained on hard negatives: denials, idioms, logistics, strangers);
# SELF_HARM, which also raises the clinician's risk flag, only with SELF_HARM_VETO. At 0.85,
# 3 more false sentences over held-out folds and 1 on fresh4/5/6, no more true ones.
HEAD_VETO = 0.75
SELF_HARM_VETO = 1.01
# A long sentence the lexicon placed (over LONG_WORDS words) gets another topic when its
# closest examples clear that topic's bar and the head gives it at least this probability
# (above 1.0: never). Off: at 0.9 it found 2 more true second topics of training4 (held out of
# bank and head) and no false one, but embedding the placed sentences cost 4-9% of PHI+topics
# throughput on dev, more than the budget leaves.
SECOND_BAR = 1.01
# A clinician's sentence that restates, asks about or follows up on the client's sensitive
# matter is redacted too (it would tell the topic the client's redacted line hid): with
# CLINICIAN_TOPICS on, clinician sentences get topics by the same phrases and embedding as the
# client's, their bar raised by CLINICIAN_LIFT. Off: only SELF_HARM phrases count there.
CLINICIAN_TOPICS = True
CLINICIAN_LIFT = 0.0
# Which clinician sentences are embedded: 2 all, 1 only those after a client turn (or earlier
# in their own turn) with a topic, 0 none. Tunable sets, clinician lines (committed bank): 2
# found 49/136 (50/98 correct), 1 40/136 (41/87), 0 31/136 (32/78); client lines identical.
# Over dev, 2 embeds 100 windows, 1 90 and 0 88: detect() CPU +11% (2) and +4% (1), about 3%
# and 1% of PHI+topics; 1 stays inside the throughput budget.
CLINICIAN_EMBED = 1
# A question is read for phrases (QUESTION_PHRASES), the clinician's ("have you had thoughts of
# ending your life?") and, with CLIENT_QUESTIONS, anyone's (a live segment has no labels); off,
# a sentence ending in "?" gets no topic. Not embedded (QUESTION_EMBED): on the tunable sets
# that found no more true clinician topics and 1 more false one.
QUESTION_PHRASES = True
QUESTION_EMBED = False
CLIENT_QUESTIONS = True
# A clinician's sentence or a question is also read in the client's first person
# (``topic_speakers.client_voice``): the lexicon is written as the client speaks.
CLIENT_VOICE = True
# A short answer or fragment right after a topic sentence takes its topics (``topic_carry``):
# fewer than CARRY_WORDS words, shaped as an answer (CARRY_SHAPED: yes with more, a quantity, a
# continuation; with CARRY_POINTING also a word pointing back, "it comes and goes"); after a
# topic question, an answer opening with yes or a quantity of fewer than ANSWER_WORDS words.
# Measured on tunable sets (bench/topic_by_speaker.py): training5 +2 found / +4 spans,
# training6 +1 / +1, older sets +2 unmarked ('but he's different now.'); pointing words cost
# 2 more false spans for no more found.
CARRY_WORDS = 5
ANSWER_WORDS = 14
CARRY_SHAPED = True
CARRY_CHAIN = True
CARRY_POINTING = False
# A clinician's question of fewer than FOLLOW_WORDS words right after the client's topic
# sentence follows up on it ("how many did you take?") and takes its topics. Off: at 10,
# training6 (which marks follow-ups) +23 found / +32 spans, but training5 (which mostly does
# not) +3 / +36 and the older sets +147 unmarked spans; a follow-up without the topic's words
# tells little once the disclosure before it is redacted.
FOLLOW_WORDS = 0
# The fine-tuned classifier (``topic_classifier``) gives a built-in topic to a sentence that
# neither the lexicon nor the embedding placed when it is at least this sure (above 1.0: off).
CLASSIFIER_BAR = 0.5
# With the classifier loaded and only built-in topics enabled, the prototype embedding
# (``topic_embedding``) still judges sentences first when this is on.
CLASSIFIER_WITH_EMBEDDING = False
# Which sentences the classifier reads (each costs an encoder pass over it and the sentence
# before it): with CLASSIFIER_GATE, those through the semantic-field gate (``topic_gate``), and
# one of fewer than CLASSIFIER_FOLLOW_WORDS words right after a sentence through the gate or
# with a topic (an answer, a follow-up question); otherwise every sentence.
CLASSIFIER_GATE = True
CLASSIFIER_FOLLOW_WORDS = 12
# With CLASSIFIER_FOLLOW_CHAIN, a sentence read by the follow-up rule counts as one through the
# gate for the next sentence. Off: out of sample +21 found / +13 false, judged transcripts
# +1 found / +10 false (precision 0.595 -> 0.571).
CLASSIFIER_FOLLOW_CHAIN = False
# A phrase only discounted (negated, framed) bars its category from the classifier too, unless
# the classifier is at least this sure of it (above 1.0: the bar always holds): "no" in
# "sunday no saturday night meth" corrects the speaker, "won't sponsor an h-1b" negates the
# sponsoring. Out of sample (fresh17, training25-28, unseen by the adapter of stop 25), 0.8
# found 4 more of 1,505 topic sentences and gave no false one; judged transcripts unchanged,
# fresh2 sentences 0.861 -> 0.875 recall.
DISCOUNT_OVERRIDE_BAR = 0.8
# Likewise for a category barred by one of its look-alike idioms (``topic_catalogue``). Off: at
# 0.8 it found 1 more out of sample ("probation officer", a CRIMINAL look-alike) but gave
# SELF_HARM to "i'm thinking about ending things with my girlfriend" (0.88).
LOOK_ALIKE_OVERRIDE_BAR = 1.01
# A sentence the lexicon placed is read by the classifier too, and gets another built-in
# topic when the classifier is at least this sure of it (above 1.0: never read; it may be
# below CLASSIFIER_BAR: the softmax splits a two-topic sentence). Off: out of sample 0.5 found
# 8 more and gave 5 false (0.25: 16 and 18); judged transcripts lost precision (0.595 -> 0.590
# at 0.5, 0.574 at 0.25) for no more found.
PLACED_SECOND_BAR = 1.01


@dataclass(frozen=True, slots=True)
class DetectorInternals:
    """The models of a detector, for inspection (``topic_explain``)."""

    encoder: MiniLMEncoder | None
    neutral: FloatArray
    head: TopicHead | None
    # The fine-tuned classifier, when loaded (it decides unless CLASSIFIER_WITH_EMBEDDING).
    classifier: TopicClassifier | None = None


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
        # Off: only sentences through the semantic-field gate (topic_gate) are embedded.
        self._embed_all = embed_all
        self._categories = [self._compile(category) for category in categories]
        self._voiced = {
            c.category.name: compile_category(
                replace(
                    c.category, phrases=first_person_phrases(c.category.phrases), look_alikes=()
                )
            )
            for c in self._categories
        }
        # Example embeddings, computed at the first detection (cached per encoder).
        self.example_store = ExampleStore(
            encoder, [c.category for c in self._categories], threshold
        )
        self._classifier = (
            TopicClassifier.load(encoder)
            if encoder is not None and topic_adapter_path().exists()
            else None
        )

    def _compile(self, category: TopicCategory) -> CompiledCategory:
        if not category.phrases and not category.examples:
            raise RedactionConfigError("A topic category needs phrases or example sentences.")
        return compile_category(category)

    def example_vectors(self) -> dict[str, FloatArray]:
        """Embeddings of each category's example sentences (computed once)."""
        return self.example_store.vectors()

    def internals(self) -> DetectorInternals:
        """The encoder, ordinary-talk embeddings and head (after ``example_vectors``)."""
        store = self.example_store
        store.vectors()
        return DetectorInternals(self._encoder, store.neutral, store.head, self._classifier)

    def compiled_categories(self) -> list[CompiledCategory]:
        """The categories with their compiled phrase patterns."""
        return self._categories

    def bar(self, name: str) -> float:
        """Similarity the embedding needs for category ``name``."""
        return self.example_store.bar(name)

    @property
    def category_names(self) -> list[str]:
        """Names of the categories this detector looks for."""
        return [compiled.category.name for compiled in self._categories]

    def detect(
        self,
        text: str,
        enabled: Sequence[str] | None = None,
        previous: str = "",
        trace: dict[int, SentenceTrace] | None = None,
    ) -> list[TopicSpan]:
        """Topic spans (one per sentence and category) for the ``enabled`` categories.

        ``previous`` is the sentence said just before ``text`` (identifiers blanked), when
        ``text`` is a live segment: the classifier reads the first sentence after it.
        ``trace``, when given, is filled with what the classifier was shown of each sentence
        (``topic_decision_trace``: for error analysis).
        """
        active = [c for c in self._categories if enabled is None or c.category.name in enabled]
        if not active:
            return []
        builtin = all(c.category.name in _BUILTIN_NAMES for c in active)
        sentences = split_sentences(text)
        clinician = clinician_ranges(text)
        asked = [c for c in active if c.category.name in NEGATION_BLIND]
        found: list[TopicSpan] = []
        to_embed: list[int] = []
        barred: list[frozenset[str]] = []
        placed: list[bool] = []
        lifts: list[float] = []
        spoken: list[bool] = []
        # Sentences the classifier may place, with the categories each must not get.
        unplaced: dict[int, frozenset[str]] = {}
        # The barred categories the classifier may still give there when surer (only discounted:
        # DISCOUNT_OVERRIDE_BAR; only a look-alike: LOOK_ALIKE_OVERRIDE_BAR), and the sentences
        # the lexicon placed with the categories they must not get again (PLACED_SECOND_BAR).
        overrides: dict[int, dict[str, float]] = {}
        placed_bars: dict[int, frozenset[str]] = {}
        pointed: set[int] = set()
        for index, (start, end) in enumerate(sentences):
            sentence = text[start:end]
            from_clinician = bool(clinician) and in_ranges(start, clinician)
            question = sentence.endswith("?")
            if question and not (
                QUESTION_PHRASES and (CLIENT_QUESTIONS or (from_clinician and CLINICIAN_TOPICS))
            ):
                continue
            lowered = sentence.lower()
            # Off (CLINICIAN_TOPICS): a clinician's turn discloses nothing, only risk phrases.
            withheld = from_clinician and not CLINICIAN_TOPICS
            voice = CLIENT_VOICE and (from_clinician or question) and not withheld
            reading = read_phrases(
                lowered, asked if withheld else active, self._voiced if voice else None
            )
            hits, discounted, means = reading.hits, reading.discounted, reading.means
            for name in hits:
                found.append(TopicSpan(start, end, name, 0.95, "lexicon"))
            if not withheld:
                idioms = look_alike_names(active, lowered)
                denial = quiet(lowered)
                bars = idioms | denial | discounted
                if not hits:
                    unplaced[index] = bars
                    overrides[index] = overridable_bars(
                        discounted,
                        idioms,
                        denial,
                        discount_bar=DISCOUNT_OVERRIDE_BAR,
                        look_alike_bar=LOOK_ALIKE_OVERRIDE_BAR,
                    )
                elif PLACED_SECOND_BAR <= 1.0:
                    placed_bars[index] = bars | frozenset(hits) | reading.means
            if trace is not None:
                trace[index] = SentenceTrace(
                    hits=tuple(hits), barred=barred_reasons(active, lowered, reading, withheld)
                )
            # Whether the sentence holds a word of a topic's field (``topic_gate``): it decides
            # what the prototype embedding and the classifier read.
            gated = self._encoder is not None and opens_gate(sentence, builtin_only=builtin)
            if hits or gated:
                pointed.add(index)
            # A sentence the lexicon placed gets a second topic from the embedding only when
            # the examples and the head agree on it (SECOND_BAR).
            if (
                self._encoder is not None
                and (
                    CLASSIFIER_WITH_EMBEDDING
                    or self._classifier is None
                    or CLASSIFIER_BAR > 1.0
                    or not builtin
                )
                and (not hits or (SECOND_BAR <= 1.0 and len(sentence.split()) > LONG_WORDS))
                and not withheld
                and (CLINICIAN_EMBED > 0 or not from_clinician)
                and (QUESTION_EMBED or not question)
                and len(sentence.split()) >= MIN_WORDS
                and (self._embed_all or gated)
            ):
                to_embed.append(index)
                barred.append(
                    look_alike_names(active, lowered)
                    | discounted
                    | quiet(lowered)
                    | frozenset(hits)
                    | means
                )
                placed.append(bool(hits))
                lifts.append(CLINICIAN_LIFT if from_clinician else 0.0)
                spoken.append(from_clinician)
        if to_embed:
            # The client's sentences first: with CLINICIAN_EMBED 1, a clinician's sentence is
            # embedded only when it follows a client turn with a topic.
            rounds = [[k for k, by in enumerate(spoken) if not by]]
            rounds.append([k for k, by in enumerate(spoken) if by])
            for number, chosen in enumerate(rounds):
                if number and CLINICIAN_EMBED == 1:
                    told = {span.start for span in found}
                    chosen = [
                        k for k in chosen if after_a_topic(sentences, to_embed[k], told, clinician)
                    ]
                if not chosen:
                    continue
                found += self._embedding_topics(
                    text,
                    [sentences[to_embed[k]] for k in chosen],
                    active,
                    [barred[k] for k in chosen],
                    [placed[k] for k in chosen],
                    [lifts[k] for k in chosen],
                )
        known = [c.category.name for c in active if c.category.name in _BUILTIN_NAMES]
        if self._classifier is not None and CLASSIFIER_BAR <= 1.0 and known:
            placed_at = {span.start for span in found}
            previous_gated = self._gate_opened_by(previous)
            candidates: dict[int, frozenset[str]] = {}
            # With CLASSIFIER_FOLLOW_CHAIN, a short sentence read as a follow-up lets the next
            # short one be read too ("yes." then "for a few minutes, yes.").
            leading = set(pointed)
            for i, kept_out in unplaced.items():
                if sentences[i][0] in placed_at or not self._worth_classifying(
                    text, i, sentences, leading, placed_at, previous_gated
                ):
                    continue
                candidates[i] = kept_out - frozenset(overrides[i])
                if CLASSIFIER_FOLLOW_CHAIN:
                    leading.add(i)
            candidates.update(placed_bars)
            if trace is not None:
                note_classifier_reads(trace, candidates, pointed)
            # Asked at the lowest bar in force; each verdict is then held to its own bar.
            lowest = min(CLASSIFIER_BAR, PLACED_SECOND_BAR)
            found += kept_classifier_topics(
                classified_topics(
                    self._classifier, text, sentences, candidates, known, lowest, previous
                ),
                sentences,
                {i: overrides[i] for i in candidates if i in overrides},
                frozenset(placed_bars),
                bar=CLASSIFIER_BAR,
                second_bar=PLACED_SECOND_BAR,
            )
        if CARRY_WORDS > 0 or ANSWER_WORDS > 0 or FOLLOW_WORDS > 0:
            found += carried_topics(
                text,
                sentences,
                found,
                clinician,
                carry_words=CARRY_WORDS,
                answer_words=ANSWER_WORDS,
                shaped=CARRY_SHAPED,
                chain=CARRY_CHAIN,
                pointing=CARRY_POINTING,
                follow_words=FOLLOW_WORDS,
            )
        return sorted(found, key=lambda span: (span.start, span.category))

    @staticmethod
    def _worth_classifying(
        text: str,
        index: int,
        sentences: list[tuple[int, int]],
        pointed: set[int],
        placed_at: set[int],
        previous_gated: bool = False,
    ) -> bool:
        """Whether the classifier reads sentence ``index`` (CLASSIFIER_GATE).

        ``previous_gated``: the sentence before the text (a live segment's predecessor) went
        through the gate, so a short first sentence may answer it.
        """
        if not CLASSIFIER_GATE or index in pointed:
            return True
        before = index - 1
        if before < 0:
            if not previous_gated:
                return False
        elif before not in pointed and sentences[before][0] not in placed_at:
            return False
        return len(text[slice(*sentences[index])].split()) < CLASSIFIER_FOLLOW_WORDS

    def _gate_opened_by(self, previous: str) -> bool:
        """Whether ``previous`` (the sentence before a live segment) opens the topic gate."""
        return bool(previous.strip()) and opens_gate(previous, builtin_only=True)

    def _embedding_topics(
        self,
        text: str,
        spans: list[tuple[int, int]],
        active: list[CompiledCategory],
        barred: list[frozenset[str]],
        placed: list[bool],
        lifts: list[float],
    ) -> list[TopicSpan]:
        """The closest category of each sentence, when it clears its bar and the margin
        (``topic_embedding.EmbeddingJudge``, with this module's constants as they are now)."""
        store = self.example_store
        examples = store.vectors()
        names = [c.category.name for c in active if c.category.name in examples]
        if not names or self._encoder is None:
            return []
        rules = EmbeddingRules(
            short_words=SHORT_WORDS,
            short_penalty=SHORT_PENALTY,
            neutral_margin=NEUTRAL_MARGIN,
            head_bar=HEAD_BAR + (self._threshold - DEFAULT_THRESHOLD),
            head_reach=HEAD_REACH,
            head_alone=HEAD_ALONE,
            head_veto=HEAD_VETO,
            self_harm_veto=SELF_HARM_VETO,
            second_bar=SECOND_BAR,
        )
        judge = EmbeddingJudge(self._encoder, examples, store.neutral, store.head, store.bar, rules)
        builtin = all(c.category.name in _BUILTIN_NAMES for c in active)
        return judge.topics(text, spans, names, barred, placed, lifts, builtin=builtin)

    def similarity(self, sentence: str) -> dict[str, float]:
        """Top-k similarity of ``sentence`` to each category's examples (for inspection)."""
        return self.example_store.similarity(sentence)
