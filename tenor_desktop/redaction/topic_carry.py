"""Short answers and fragments that carry the topic of the sentence before them.

"yeah, twice last week." or "and i go." tells nothing alone, but right after "how often are
you drinking?" or "he pays me to come up to his room." it tells the same matter: left in the
stored transcript beside a redacted disclosure, it would say what the redaction hid. A sentence
that got no topic of its own takes the topics of the sentence just before it (in the same
turn, or the last sentence of the turn before) when it is

- short (fewer than ``carry_words`` words) and reads as an answer or a follow-on: yes or no,
  a quantity or a time ("three four a night.", "weekends, mostly."), a continuation ("and i
  go.") or a word pointing back ("it comes and goes.", "i was one of them.");
- or, right after a question with a topic, opens like an answer (yes/no, a quantity) within
  ``answer_words`` words ("more than i'd like to say, maybe twice a week after client dinners.").

A carried sentence passes its topics on in turn ("yeah." then "twice last week."). Questions
carry nothing on their own (they are read by the detector).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_speakers import ASKING

# Confidence given to a carried topic.
CARRIED = 0.5

_YES_NO = re.compile(
    r"(?:yes|yeah|yea|yep|yup|no|nope|nah|not|never|sometimes|maybe|probably|kind of|sort of"
    r"|i do|i don'?t|i did|i didn'?t|i have|i haven'?t|i was|i wasn'?t|i am|i'm not|i guess"
    r"|a little|a lot|all the time|every|once|twice|more than|less than|about|around|almost"
    r"|only|just|still|mostly|usually|most)\b"
)
_QUANTITY = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|once|twice|couple|few|several|most|mostly|every|each"
    r"|weekends?|nights?|days?|weeks?|months?|years?|mornings?|evenings?)\b"
)
_CONTINUATION = re.compile(r"(?:and|but|or|so|then|like|because|cause|with|until|after|before)\b")
_POINTING = re.compile(r"\b(?:it|it's|he|he's|she|she's|they|they're|them|him|one of)\b")
_LEAD = re.compile(r"[\W_]+")
# A question about feelings or coping follows up on no matter of its own ("how are you feeling
# about it?", "what's that been like for you?"): it tells nothing when the disclosure is gone.
_FEELING = re.compile(
    r"\b(?:feel\w*|felt|cop(?:e|ing)|like for you|for you|mean to you|been like|helps?|notice"
    r"|think about it|see it|brings? it up|brought you)\b"
)
# A denial or an acknowledgement leans on the sentence before but tells nothing of its own.
_DENIAL = re.compile(r"(?:no|nope|nah|not|never|nothing|none|i didn ?t|i don ?t|i haven ?t)\b")
_ACKNOWLEDGED = re.compile(
    r"(?:(?:yeah|yes|okay|ok|right) )?(?:i know|that s (?:exactly )?(?:it|right|true)|thank you"
    r"|thanks|i see|i guess|makes sense|that makes sense|exactly|right|okay|ok|sure|fine)"
)
# Yes and its hedges in front of the rest of an answer ("yeah, twice last week").
_BARE = re.compile(
    r"^(?:(?:yes|yeah|yea|yep|yup|uh huh|mm hmm|okay|ok|right|kind of|sort of|sometimes|maybe"
    r"|ma am|sir|honestly|i mean|well)\b ?)+"
)


def answer_shaped(sentence: str, *, pointing: bool = True) -> bool:
    """Whether a (lowercased) short sentence reads as an answer or a follow-on with something
    of its own: a bare yes, a denial ("no.", "not like that.") or an acknowledgement ("that's
    exactly it.") carries nothing once the question before it is redacted."""
    body = _LEAD.sub(" ", sentence).strip()
    if _DENIAL.match(body) is not None or _ACKNOWLEDGED.fullmatch(body) is not None:
        return False
    body = _BARE.sub("", body)
    if not body:
        return False
    return (
        _CONTINUATION.match(body) is not None
        or _QUANTITY.search(body) is not None
        or (pointing and _POINTING.search(body) is not None)
    )


def opens_like_an_answer(sentence: str) -> bool:
    """Whether a (lowercased) sentence opens with yes or a quantity and says more than yes."""
    body = _LEAD.sub(" ", sentence).strip()
    if _DENIAL.match(body) is not None:
        return False
    rest = _BARE.sub("", body)
    return (
        bool(rest)
        and (rest != body or _QUANTITY.match(body) is not None)
        and (_QUANTITY.search(rest) is not None)
    )


def carried_topics(
    text: str,
    sentences: Sequence[tuple[int, int]],
    found: Sequence[TopicSpan],
    clinician: Sequence[tuple[int, int]],
    *,
    carry_words: int,
    answer_words: int,
    shaped: bool = True,
    chain: bool = True,
    pointing: bool = True,
    follow_words: int = 0,
    before: frozenset[str] = frozenset(),
    before_asked: bool = False,
) -> list[TopicSpan]:
    """Topic spans for the sentences that take the topics of the sentence before them.

    ``carry_words``: a fragment has fewer words; ``answer_words``: an answer after a topic
    question has fewer; ``shaped``: a fragment must read as an answer or follow-on;
    ``chain``: a carried sentence passes its topics on; ``pointing``: a word pointing back
    ("it", "he") makes a fragment a follow-on. Only the client's sentences (outside the
    ``clinician`` ranges) take a topic so: the clinician's short replies ("thank you for
    trusting me with it.") are read on their own, but a clinician's question of fewer than
    ``follow_words`` words right after the client's topic sentence follows up on its topics
    ("how many did you take?").

    ``before`` are the topics of the sentence just before ``text`` (a live segment's
    predecessor). The first sentence takes them, as in the whole transcript, only when that
    sentence was a question (``before_asked``): live segments carry no speaker, and after a
    statement the next segment is most often the other speaker's reply, a clinician's
    reflection that a whole transcript reads on its own.
    """
    topics: dict[int, set[str]] = {}
    by_start = {start: index for index, (start, _end) in enumerate(sentences)}
    for span in found:
        index = by_start.get(span.start)
        if index is not None:
            topics.setdefault(index, set()).add(span.category)
    carried: list[TopicSpan] = []
    # Topics of the client's last sentence: a clinician's question after it follows up on them.
    last_client: set[str] = set()
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end].lower()
        words = len(sentence.split())
        taken: set[str] = set()
        if any(low <= start < high for low, high in clinician):
            if (
                index not in topics
                and last_client
                and words < follow_words
                and (sentence.endswith("?") or ASKING.match(sentence) is not None)
                and _FEELING.search(sentence) is None
            ):
                taken = last_client
        elif index or before:
            if index:
                told = topics.get(index - 1)
                low, high = sentences[index - 1]
                asked = text[low:high].endswith("?")
                near = text.count("\n", high, start) <= 1
            else:
                told = set(before) if before_asked else None
                asked, near = True, "\n" not in text[:start]
            if (
                index not in topics
                and told
                and not sentence.endswith("?")
                and near
                and (
                    (
                        words < carry_words
                        and (not shaped or answer_shaped(sentence, pointing=pointing))
                    )
                    or (asked and words < answer_words and opens_like_an_answer(sentence))
                )
            ):
                taken = told
        if taken:
            if chain:
                topics[index] = set(taken)
            carried += [TopicSpan(start, end, name, CARRIED, "context") for name in sorted(taken)]
        if not any(low <= start < high for low, high in clinician):
            last_client = topics.get(index, set())
    return carried
