"""Which categories a sentence's phrases tell, as the topic detector reads one sentence.

A clinician's sentence or a question is also read in the client's first person
(``topic_speakers.client_voice``: the lexicon is written as the client speaks), and pills or
medicine taken to die are the means of self-harm, not substance use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tenor_desktop.redaction.topic_phrases import (
    ABSENT,
    DISCOUNTED,
    TOLD,
    CompiledCategory,
    phrase_hit,
    phrase_state,
)
from tenor_desktop.redaction.topic_speakers import client_voice

# Pills and medicine, the means of an overdose: blanked to ask whether a sentence with a
# self-harm phrase tells substance use by anything else ("i was drunk and cut myself").
_MEANS = re.compile(
    r"(?:\w+'s )?(?:sleeping |pain |my |her |his |the )?(?:pills?|meds|medications?|tablets"
    r"|medicine|overdos\w*|painkillers|tylenol|advil|ibuprofen)\b"
)


def without_means(lowered: str) -> str:
    """The lowercased sentence with its pills, medicine and overdoses blanked."""
    return _MEANS.sub(" ", lowered)


@dataclass(frozen=True, slots=True)
class PhraseReading:
    """A sentence's phrase verdicts: told categories, discounted ones, and a means-only one."""

    hits: list[str]
    discounted: frozenset[str]
    # SUBSTANCE_USE when its only phrase was the means of the self-harm the sentence tells.
    means: frozenset[str]


def read_phrases(
    lowered: str,
    read: Sequence[CompiledCategory],
    voiced: Mapping[str, CompiledCategory] | None,
) -> PhraseReading:
    """The phrase verdicts of a lowercased sentence for the categories ``read``; with
    ``voiced`` (each category's first-person phrases) also read in the client's voice."""
    states = {c.category.name: phrase_state(c, lowered) for c in read}
    if voiced is not None:
        # Said back to the client ("have you hurt yourself"): read as the client says it.
        in_voice = client_voice(lowered)
        if in_voice != lowered:
            for c in read:
                # Only phrases with a first-person word can match anew.
                again = phrase_state(voiced[c.category.name], in_voice)
                if again == TOLD or states[c.category.name] == ABSENT:
                    states[c.category.name] = again
    hits = sorted(name for name, state in states.items() if state == TOLD)
    discounted = frozenset(n for n, state in states.items() if state == DISCOUNTED)
    means: frozenset[str] = frozenset()
    if "SELF_HARM" in hits and "SUBSTANCE_USE" in hits:
        using = next(c for c in read if c.category.name == "SUBSTANCE_USE")
        if not phrase_hit(using, without_means(lowered)):
            hits.remove("SUBSTANCE_USE")
            means = frozenset({"SUBSTANCE_USE"})
    return PhraseReading(hits, discounted, means)
