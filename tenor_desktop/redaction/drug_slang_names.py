"""Street names of drugs that are given names too: "we were on tina all weekend", "someone
had molly and i took half a cap", "a couple of my brother's addy before a shift".

Said as a substance, such a word names nobody; the name rules take it for a person ("tina",
"molly" are common given names). A mention is the drug when a taking word comes right before
it ("on", "had", "took", "doing", "some", "the", maybe with an owner: "my brother's addy")
and the sentence around it speaks of using or partying (for "addy" or "xannies", which few
people go by, the taking word is enough), or when another substance is listed
with it ("tina twice and poppers"). Once one mention in the text is the drug, every other
mention is too ("is the tina new"), except where a person slot makes it someone ("my friend
tina", "tina called"), which is left to the name rules.

:func:`drug_slang_ranges` returns the ranges no name may take (``low`` is lowercased text).
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.name_context import AMBIGUOUS_NAME_CONTEXT, RELATIONS

# Slang of a drug that is also a given name or nickname (meth, MDMA, cannabis, Adderall,
# Xanax, LSD).
_SLANG = r"tina|christina|molly|mandy|mary\s+jane|addy|addies|xanny|xannies|lucy"
# Nicknames few people go by: a taking word before them is enough.
_RARELY_NAMES = frozenset("addy addies xanny xannies".split())
_MENTION = re.compile(rf"\b(?:{_SLANG})\b")
_TAKING_BEFORE = re.compile(
    r"\b(?:had|have|has|on|took|take|taking|doing|did|do|using|use|used|smoke|smoked|smoking"
    r"|snort|snorted|snorting|bought|buy|buying|sold|selling|some|more|any|tried|try|pop|popped"
    r"|popping|of|the|no|off|with|into|half|hit)\s+(?:(?:my|his|her|their|a|some)\s+)?"
    r"(?:[a-z]+'s\s+)?$"
)
# Words of using, partying and other substances said in the same sentence.
_USE_WORDS = re.compile(
    r"\b(?:party|partying|partied|high|poppers|pnp|chemsex|meth|crystal|coke|cocaine|ecstasy"
    r"|mdma|rolled|rolling|dealer|relapsed?|slam|slammed|slamming|snort\w*|pills?|drugs?"
    r"|adderall|xanax|dose|cap|caps|tab|tabs|weed|ghb|ketamine|drank|drunk|drinking|sober"
    r"|clean|using|used|use|comedown|crash|crashed|study|studying|buzz)\b"
)
_SUBSTANCE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s*(?:,|\s+and|\s+or|\s+plus)\s+(?:some\s+)?(?:poppers|coke|cocaine"
    r"|weed|ghb|g|ketamine|meth|crystal|pills|molly|tina|ecstasy|xanax|adderall|alcohol|booze"
    r"|liquor|beer|vodka|acid|shrooms)\b"
)
_PERSON_SLOT = re.compile(rf"\b(?:my|his|her|our|their|your)\s+(?:[a-z]+\s+)?(?:{RELATIONS})\s+$")
_SENTENCE = re.compile(r"[.!?\n]")


def drug_slang_ranges(low: str) -> list[tuple[int, int]]:
    """Ranges of ``low`` where a drug's street name that is also a given name is the drug."""
    if _MENTION.search(low) is None:
        return []
    mentions = list(_MENTION.finditer(low))
    drugs = {m.group() for m in mentions if _said_as_drug(low, m.start(), m.end())}
    return [
        (m.start(), m.end())
        for m in mentions
        if m.group() in drugs
        and _PERSON_SLOT.search(low, max(0, m.start() - 40), m.start()) is None
        and AMBIGUOUS_NAME_CONTEXT.match(low, m.end()) is None
    ]


def _said_as_drug(low: str, start: int, end: int) -> bool:
    if _SUBSTANCE_AFTER.match(low, end):
        return True
    if _TAKING_BEFORE.search(low, max(0, start - 40), start) is None:
        return False
    if low[start:end] in _RARELY_NAMES:
        return True  # "my brother's addy before a shift"
    floor = max(0, start - 100)
    begin = max((m.end() for m in _SENTENCE.finditer(low, floor, start)), default=floor)
    stop = _SENTENCE.search(low, end)
    sentence_end = stop.start() if stop else len(low)
    return (
        _USE_WORDS.search(low, begin, start) is not None
        or _USE_WORDS.search(low, end, min(sentence_end, end + 100)) is not None
    )
