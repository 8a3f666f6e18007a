"""Whether a sentence the lexicon placed is worth the classifier's read for a second topic.

With PLACED_SECOND_BAR on, the fine-tuned classifier reads every sentence the lexicon placed,
looking for a second built-in topic ("i overdosed because i didn't want to be alive": the
lexicon says SUBSTANCE_USE, only the classifier SELF_HARM). Few such sentences get one, and
each read costs about 2 ms; the wordpiece scorer (``topic_static``, about a hundredth of that)
almost always gives the second topic some mass first. So the classifier reads a placed
sentence only when the static scorer gives one of the categories it may still add at least
``floor``.
"""

from __future__ import annotations

from collections.abc import Collection

from tenor_desktop.redaction.topic_gate import static_scorer


def second_topic_likely(sentence: str, allowed: Collection[str], *, floor: float) -> bool:
    """Whether the static scorer gives one of the ``allowed`` categories (those the sentence
    may still get) at least ``floor`` (0: every placed sentence is read)."""
    if floor <= 0.0:
        return True
    if not allowed:
        return False
    scorer = static_scorer()
    probabilities = scorer.probabilities([sentence])[0]
    return any(
        float(probabilities[column]) >= floor
        for column, label in enumerate(scorer.labels)
        if label in allowed
    )
