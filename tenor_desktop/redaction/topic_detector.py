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
numbers are ``topic_detector_settings``', bound here and read at each detection.
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
from tenor_desktop.redaction.topic_classifier import TopicClassifier, topic_adapter_path
from tenor_desktop.redaction.topic_classifier_reads import (
    ClassifierRules,
    PhraseReading,
    classifier_topics,
)
from tenor_desktop.redaction.topic_decision_rules import overridable_bars
from tenor_desktop.redaction.topic_decision_trace import SentenceTrace, barred_reasons
from tenor_desktop.redaction.topic_detector_settings import (
    ANSWER_WORDS,
    CARRY_CHAIN,
    CARRY_POINTING,
    CARRY_SHAPED,
    CARRY_WORDS,
    CLASSIFIER_BAR,
    CLASSIFIER_FOLLOW_CHAIN,
    CLASSIFIER_FOLLOW_WORDS,
    CLASSIFIER_GATE,
    CLASSIFIER_WITH_EMBEDDING,
    CLIENT_QUESTIONS,
    CLIENT_VOICE,
    CLINICIAN_EMBED,
    CLINICIAN_LIFT,
    CLINICIAN_TOPICS,
    DISCOUNT_OVERRIDE_BAR,
    EXCHANGE_ACROSS_TURNS,
    EXCHANGE_BAR,
    FOLLOW_WORDS,
    GATE_AFTER_QUESTION_BAR,
    GATE_BAND_BAR,
    GATE_BAND_FLOOR,
    HEAD_ALONE,
    HEAD_BAR,
    HEAD_REACH,
    HEAD_VETO,
    LOOK_ALIKE_OVERRIDE_BAR,
    MEANS_SELF_HARM_BAR,
    PLACED_SECOND_BAR,
    PLACED_SECOND_FLOOR,
    QUESTION_EMBED,
    QUESTION_PHRASES,
    SECOND_BAR,
    SELF_HARM_VETO,
    SHORT_PENALTY,
    SHORT_WORDS,
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
from tenor_desktop.redaction.topic_means_reading import means_as_self_harm
from tenor_desktop.redaction.topic_phrases import (
    NEGATION_BLIND,
    CompiledCategory,
    compile_category,
    look_alike_names,
    quiet,
)
from tenor_desktop.redaction.topic_placed_second import second_topic_likely
from tenor_desktop.redaction.topic_prototypes import NEUTRAL_MARGIN
from tenor_desktop.redaction.topic_segment_tail import NO_TAIL, SegmentTail
from tenor_desktop.redaction.topic_sentence_phrases import read_phrases
from tenor_desktop.redaction.topic_speakers import (
    after_a_topic,
    clinician_ranges,
    first_person_phrases,
    in_ranges,
)
from tenor_desktop.redaction.topic_windows import LONG_WORDS, MIN_WORDS, split_sentences


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
        before: SegmentTail = NO_TAIL,
        trace: dict[int, SentenceTrace] | None = None,
    ) -> list[TopicSpan]:
        """Topic spans (one per sentence and category) for the ``enabled`` categories.

        ``before`` is the sentence said just before ``text`` (identifiers blanked) with its
        topics, when ``text`` is a live segment (``topic_segment_tail``): the classifier reads
        the first sentence after it, the first sentence is its neighbour in an exchange
        (``topic_exchange``, its leading topics), and a short answer opening ``text`` carries
        its topics (``topic_carry``), as in the whole transcript.
        ``trace``, when given, is filled with what the classifier was shown of each sentence
        (``topic_decision_trace``: for error analysis).
        """
        active = [c for c in self._categories if enabled is None or c.category.name in enabled]
        previous = before.sentence
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
                    shut = bars | frozenset(hits) | reading.means
                    still = [c.category.name for c in active if c.category.name not in shut]
                    if second_topic_likely(sentence, still, floor=PLACED_SECOND_FLOOR):
                        placed_bars[index] = shut
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
            reading_left = PhraseReading(
                unplaced,
                overrides,
                placed_bars,
                frozenset(pointed),
                tuple(found),
                clinician,
                before.leading,
            )
            found += classifier_topics(
                self._classifier,
                text,
                sentences,
                reading_left,
                known,
                self._classifier_rules(),
                previous,
                trace,
            )
            # An overdose or pills read as the means of self-harm (topic_means_reading).
            found = means_as_self_harm(
                self._classifier, text, sentences, found, active, MEANS_SELF_HARM_BAR, previous
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
                before=before.told,
                before_asked=previous.endswith("?"),
            )
        return sorted(found, key=lambda span: (span.start, span.category))

    @staticmethod
    def _classifier_rules() -> ClassifierRules:
        """This module's classifier settings as they are now (a bench or test may set them)."""
        return ClassifierRules(
            bar=CLASSIFIER_BAR,
            second_bar=PLACED_SECOND_BAR,
            gate=CLASSIFIER_GATE,
            follow_words=CLASSIFIER_FOLLOW_WORDS,
            follow_chain=CLASSIFIER_FOLLOW_CHAIN,
            band_floor=GATE_BAND_FLOOR,
            band_bar=GATE_BAND_BAR,
            after_question_bar=GATE_AFTER_QUESTION_BAR,
            exchange_bar=EXCHANGE_BAR,
            exchange_across_turns=EXCHANGE_ACROSS_TURNS,
        )

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
