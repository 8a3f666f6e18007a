"""Names chosen for a network or an account: "the network name is hollis house guest".

A Wi-Fi name, a gamer tag or a user name identifies a household or a person (ID) even when it is
made of everyday words, so only the cue decides: a noun that *is* a name ("network name",
"gamertag", "user name", "screen name") followed by "is", or a network or account that "is
called"/"is named" something. The name runs up to four words and stops at punctuation, a
joining word or a pronoun; a first word that describes instead of naming ("the wifi name is
private", "my username is just my name") makes no span. Runs on spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.text_case import lower_same_length

Hit = tuple[int, int, str, float]

_NAME_NOUN = (
    r"(?:(?:wi-?fi|wireless|network|router|hotspot)\s+(?:name|password\s+name)|ssid"
    r"|user\s?name|gamer\s?tag|screen\s?name|display\s+name|account\s+name|profile\s+name"
    r"|channel\s+name|discord\s+name|xbox\s+name|psn\s+name|steam\s+name|twitch\s+name)"
)
_NAMED_THING = (
    r"(?:wi-?fi|wireless|network|router|hotspot|account|profile|channel|server|page|gamertag"
    r"|discord|twitch|youtube|instagram|tiktok)"
)
_WORD = r"[a-z0-9][a-z0-9'_-]*"
_CUE = re.compile(
    rf"\b(?:{_NAME_NOUN}\s+(?:is|was|it's|its)|{_NAMED_THING}\s+(?:is\s+|was\s+|'s\s+)?"
    rf"(?:called|named))\s*:?\s+(?:like\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
)
_STOP_WORDS = frozenset(
    "and but so or because cause which who that if when then now anymore too again i he she"
    " they we you it me him her them my his their our your or though lol like um uh right"
    " is was are were".split()
)
# Words that describe the name rather than being it: "is private", "is just my name".
NOT_A_NAME_START = frozenset(
    "the a an my his her their our your just private public hidden secret same new old "
    "different something nothing what whatever literally basically not still really very "
    "always never blocked deleted gone changed down up off on out fine weird long short "
    "stupid dumb funny embarrassing obvious complicated easy hard his hers mine theirs "
    "this that there here".split()
)


def find_named_handles(text: str) -> Iterator[Hit]:
    """Network and account names after a naming cue (see the module docstring), labelled ID."""
    lowered = lower_same_length(text)
    if not _has_cue_word(lowered):
        return
    for match in _CUE.finditer(lowered):
        words = list(re.finditer(_WORD, lowered[match.start("name") : match.end("name")]))
        kept = []
        for word in words:
            if word.group() in _STOP_WORDS:
                break
            kept.append(word)
        if not kept or kept[0].group() in NOT_A_NAME_START:
            continue
        start = match.start("name")
        yield start, start + kept[-1].end(), "ID", 0.7


_CUE_WORDS = re.compile(r"name\b|ssid|gamer\s?tag|called|named")


def _has_cue_word(lowered: str) -> bool:
    return _CUE_WORDS.search(lowered) is not None


_THING_BEFORE_NAME = re.compile(
    r"(?:wi-?fi|wireless|network|router|hotspot|user|screen|display|account|profile|channel"
    r"|file|brand|company|store|shop|band|street|restaurant|app|game|server|team|group|page"
    r"|business|book|show|song|product|drug|medication|medicine|pill|dog's|cat's|pet's)"
    r"(?:'s)?\s+$",
    re.IGNORECASE,
)


def names_a_thing(text: str, cue_start: int) -> bool:
    """Whether the "name is" at ``cue_start`` names a thing ("the wifi name is"), not a person."""
    return _THING_BEFORE_NAME.search(text, max(0, cue_start - 20), cue_start) is not None
