"""Given names that are everyday words, in slots only a person fills.

- A possessive before a person's things: "it was grace's idea", "at sunny's house".
- "did <name> ever apologize?": a question about what someone did.
- Set off by commas beside a relation or role: "River, my coworker, covered for me", "the
  nurse, sky, was really kind".
- Before a verb that only a person takes, at the start of a turn or sentence: "mercy was
  there when it happened" and "hope keeps me going" are left alone (faith and hope can be
  there and keep one going); "joy called me" and "will said he'd come" are taken.

Only listed given names (``first_names``) and the listed names that are also words
(``ambiguous_names``: "hope", "will", "sky", "river") are taken: an everyday word that names
nobody ("honey called me") stays text. Runs on spoken-normalised text; yields NAME hits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import RELATIONS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length

_WORD = r"[a-z][a-z'-]+"
_POSSESSIVE = re.compile(
    r"\b([a-z][a-z-]*)'s\s+"
    r"(?:idea|house|place|apartment|room|car|mom|dad|mother|father|kids|baby|party|birthday"
    r"|wedding|funeral|number|phone|boyfriend|girlfriend|husband|wife|fault|family|parents"
    r"|sister|brother|friend|friends|job|truck)\b"
)
# "the dog's idea", "my mom's house": whose it is, not a name.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|my|our|his|her|your|their)\s+$")
_DID_EVER = re.compile(
    rf"\bdid\s+({_WORD})\s+(?:ever|even|actually|really)\s+(?:apologi[sz]e|say|call|text|come"
    r"|tell|ask|hit|hurt|try|admit|mention|show|answer|reach|write|pay|visit)\b"
)
_SET_OFF = re.compile(
    rf"({_WORD}),\s+(?:my|his|her|our|their|the)\s+(?:[a-z]+\s+)?(?:{RELATIONS}),"
)
# What may stand before a name set off by commas: a sentence or turn start, a comma, "the".
_SET_OFF_BEFORE = re.compile(r"(?:^|[.!?:,]\s+|\bthe\s+)$")
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:my|his|her|our|their|the)\s+(?:{RELATIONS}),\s+({_WORD}),\s+(?:was|is|has|had|said"
    r"|says|who|keeps|kept|came|got|told|wants)\b"
)
# "my husband will doesn't know": a modal is never followed by these, a name is.
_RELATION_THEN_NAME = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:{RELATIONS})\s+({_WORD})\s+(?:doesn't|does|didn't"
    r"|did|isn't|is|wasn't|was|hasn't|has|had|said|says|wants|keeps|thinks|knows|works|lives"
    r"|drinks|yells|hits|left|moved)\b"
)
_PERSON_VERB = re.compile(
    rf"(?:^|(?<=[.!?:]\s))({_WORD})\s+(?:called|texted|says|said|told|apologi[sz]ed"
    r"|yelled|screamed|hugged|showed\s+up|moved\s+out|is\s+moving|got\s+arrested)\b",
    re.MULTILINE,
)


# Cheap needles: the verbs the last two slots need (most texts hold none of them).
_RELATION_VERBS = (
    " doesn't", " does ", " didn't", " did ", " isn't", " is ", " wasn't", " was ", " hasn't",
    " has ", " had ", " said", " says", " wants", " keeps", " thinks", " knows", " works",
    " lives", " drinks", " yells", " hits", " left", " moved",
)  # fmt: skip
_PERSON_VERBS = (
    " called", " texted", " says", " said", " told", " apologi", " yelled", " screamed",
    " hugged", " showed up", " moved out", " is moving", " got arrested",
)  # fmt: skip


def find_word_name_slots(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Listed given names in the slots of the module docstring."""
    low = lower_same_length(text)
    for pattern, needles in (
        (_POSSESSIVE, ("'s ",)),
        (_DID_EVER, ("did ",)),
        (_SET_OFF, (", my ", ", his ", ", her ", ", our ", ", their ", ", the ")),
        (_ROLE_THEN_NAME, (", ",)),
        (_RELATION_THEN_NAME, _RELATION_VERBS),
        (_PERSON_VERB, _PERSON_VERBS),
    ):
        if not any(needle in low for needle in needles):
            continue
        for match in pattern.finditer(low):
            word = match.group(1)
            if not (word in lex.first_names or word in lex.ambiguous_names):
                continue
            window = low[max(0, match.start(1) - 8) : match.start(1)]
            if pattern is _POSSESSIVE and _DETERMINER_BEFORE.search(window):
                continue
            if pattern is _SET_OFF and not _SET_OFF_BEFORE.search(window):
                continue
            yield match.start(1), match.end(1), "NAME", 0.6
