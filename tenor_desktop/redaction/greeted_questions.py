"""The listener named between a greeting and a question: "hey colt how's it going", "hi
wren what's new", "morning bear how was the weekend".

:mod:`turn_vocatives` takes a turn's first word before a question only when a list has it as
a name or it is rare in English, and an everyday word that no list has ("colt", "wren") only
when it is said twice. After a greeting, though, a single word before a question is the one
greeted: nothing else fits there but the words one calls anybody ("hey man how's it going",
"hi everyone how was the week", "morning sunshine how'd you sleep"), a word that opens the turn
itself ("hey so how", "hi again what's") and the verbs that take a question ("hey guess what",
"hey remember how").

Yields ``(start, end, "NAME", confidence)`` on any case of text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import EVERYDAY_ADVERBS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.speech_names import WORD
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.turn_vocatives import not_addressed

_GREETED_QUESTION = re.compile(
    r"(?m)^[^\S\n]*[^\n:]{1,20}:[^\S\n]+(?:hey|hi|hello|hiya|morning|good\s+morning"
    r"|good\s+afternoon|good\s+evening),?[^\S\n]+"
    rf"({WORD}),?[^\S\n]+(?:how's|how|what's|what|where've)\b"
)
# Verbs that take a question after a greeting, and words that open the turn themselves.
_NOT_GREETED = frozenset(
    "guess look see remember know wonder ask tell imagine check notice think say figure watch"
    " listen hear wait quick real um uh er yeah yes yep no nope okay ok so again there all"
    " y'all you ya and but just sorry please thanks"
    # Greetings said twice, and what anybody is called fondly: "hey sunshine how'd you sleep".
    " hey hi hello hiya morning sunshine stranger kiddo kiddos friend friends champ chief sport"
    " pumpkin gorgeous handsome beautiful lovely ladies gentlemen superstar rockstar trooper"
    " partner neighbor neighbour cutie mama papa gang people".split()
)


def find_greeted_questions(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names of the shape in the module docstring."""
    if ":" not in text:
        return
    lowered = lower_same_length(text)
    for match in _GREETED_QUESTION.finditer(lowered):
        word = match.group(1)
        if (
            word in _NOT_GREETED
            or word in EVERYDAY_ADVERBS
            or word.endswith(("ly", "ing"))
            or not_addressed(word, lex)
        ):
            continue
        yield match.start(1), match.end(1), "NAME", 0.55
