"""User names and handles named by a cue word: "my username is tallowbird44", "the handle k.ray_9".

A handle is a unique identifier (ID) however it is spelled. After a cue word it is the next
token when that token has the shape of a handle (a digit, "_" or "." inside it); after
"username is" a rare word alone is one too ("my login is quillfeather").
Runs on spoken-normalised text (spoken digits are digits by now).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.named_handles import find_named_handles
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.underscore_handles import find_underscore_handles

Hit = tuple[int, int, str, float]

_CUE = (
    r"(?:user\s?name|login|log-in|handle|screen\s?name|gamer\s?tag|account\s+name|insta"
    r"|instagram|tiktok|twitter|snapchat|snap|discord|reddit|venmo|cash\s?app|xbox|psn)"
)
_HANDLE_SHAPE = r"([A-Za-z0-9][A-Za-z0-9._-]{1,30}[A-Za-z0-9])"
# Matched on lowercased text (a case-insensitive alternation is much slower); the handle
# itself is read back from the original text.
# A handle read out may end in a separate number: "bluejay 62" (normalised from "sixty two").
_AFTER_IS = re.compile(
    rf"\b{_CUE}(?:'s\b|\b[^.!?\n]{{0,30}}?\b(?:is|was|as|it's|its))\s*:?\s+{_HANDLE_SHAPE}"
    r"(?:\s+\d{1,4}\b)?(?![\w@])"
)
_DIRECT = re.compile(rf"\b{_CUE}\s+(?:of\s+)?{_HANDLE_SHAPE}(?![\w@])")
# "follow her at kaylee lynn 22 on tiktok": a handle said after "follow ... at", up to four
# words, taken when a network is named or the handle has a handle's shape.
_NETWORK = (
    r"(?:insta|instagram|tiktok|twitter|x|snap|snapchat|threads|youtube|twitch|reddit|discord)"
)
# A handle's shape ("jay.rivers", "jayrivers91", "sad_girl") or one said with its joins ("jay
# underscore rivers"), named with its network: "on tiktok i'm jayrivers91", "follow me on
# instagram, jay underscore rivers", "i'm jay_rivers on reddit", "his twitter was at jay rivers".
_JOINED_WORD = (
    r"(?:[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z0-9]+(?:\s+(?:underscore|dot)\s+[a-z0-9]+)+)"
)
_SHAPE_WORD = rf"(?:{_JOINED_WORD}|[a-z]{{2,}}\d+[a-z0-9]*)"
# Up to three words, none a joining word ("at capacity or something" is no handle).
_NOT_JOIN = r"(?!(?:or|and|the|a|an|of|to|in|on|for|with|but|so|like|something|now)\b)"
_HANDLE_WORDS = (
    rf"{_NOT_JOIN}[a-z](?:[a-z0-9_.]*[a-z0-9_])?"
    rf"(?:\s+{_NOT_JOIN}[a-z0-9](?:[a-z0-9_.]*[a-z0-9_])?){{0,2}}"
)
_BY_NETWORK = re.compile(
    # After the network a joined shape alone ("on twitter, covid19 ..." is talk), or any shape
    # after "i'm"; said "at" after the network, "at" belongs to the handle.
    rf"\bon\s+{_NETWORK},?\s+(?:(?P<a>{_JOINED_WORD})|(?:i'm|i\s+am|it's|he's|she's)\s+"
    rf"(?P<b>{_SHAPE_WORD}))\b"
    rf"|\b(?:i'm|i\s+am|he's|she's|he\s+is|she\s+is)\s+(?P<c>{_SHAPE_WORD})\s+on\s+{_NETWORK}\b"
    rf"|\b{_NETWORK}(?:'s|\s+(?:is|was))\s+(?P<d>at\s+(?!(?:like|um|uh|about|around|least)\b)"
    rf"{_HANDLE_WORDS})(?=\s*[,.!?]|\s*$)"
)
_FOLLOW = re.compile(
    rf"\b(?:follow\s+(?:me|her|him|us|them)|(?:profile|account|page|channel)(?:'s|\s+is)?"
    rf"(?:\s+up)?,?)\s+(?:on\s+(?P<before>{_NETWORK})\s+)?at\s+"
    r"(?P<handle>[a-z0-9](?:[a-z0-9._]*[a-z0-9])?(?:\s+[a-z0-9](?:[a-z0-9._]*[a-z0-9])?){0,3}?)"
    rf"(?=\s+on\s+(?P<after>{_NETWORK})\b|\s*[,.!?]|\s*$)"
)
# An amount said of an account: "down 200", "over 50", "short 20".
_NOT_AMOUNT = (
    r"(?!(?:by|down|up|over|under|short|at|about|around|only|just|now|still|almost|nearly"
    r"|maybe|overdrawn|negative|minus|plus)\b)"
)
# "his account is jay wavy 23 if you want to see it": words and a number after "account is",
# when the talk is of posting (a bank account is read as digits).
_ACCOUNT_HANDLE = re.compile(
    rf"\b(?:account|profile|page)(?:'s|\s+is|\s+was)\s+(?P<handle>{_NOT_JOIN}{_NOT_AMOUNT}[a-z]+"
    rf"(?:\s+{_NOT_JOIN}(?!by\b)[a-z]+){{0,2}}\s+\d{{1,4}})\b(?![.,]\d)"
)
_SOCIAL_TALK = re.compile(
    r"\b(?:post|posts|posted|posting|follow|follows|followers|dm|dms|online|video|videos|pics"
    r"|pictures|photos|stories|story|see\s+it|insta|instagram|tiktok|snap|snapchat|twitter)\b"
)
_ACCOUNT_CUES = ("account is", "account's", "account was", "profile is", "profile's", "profile was",
    "page is", "page's", "page was")  # fmt: skip
_NETWORKS = ("insta", "tiktok", "twitter", "snap", "threads", "youtube", "twitch", "reddit",
    "discord", " x")  # fmt: skip
_SHAPED = re.compile(r"[A-Za-z][A-Za-z0-9]*[._]?[A-Za-z0-9]*\d[A-Za-z0-9._]*|\w+[._]\w+")
# After a word for a name to log in with, a hyphened token is one too ("under the login
# bkessling-fam"); after a network's name it is talk ("tiktok was non-stop").
_LOGIN_CUE = re.compile(r"(?:user\s?name|login|log-in|screen\s?name|gamer\s?tag|account\s+name)\b")
_HYPHENED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def find_handles(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Handles after a cue word (see the module docstring), labelled ID."""
    lowered = lower_same_length(text)
    for pattern in (_AFTER_IS, _DIRECT):
        for match in pattern.finditer(lowered):
            token = text[match.start(1) : match.end(1)]
            shaped = (_SHAPED.fullmatch(token) is not None and not token.isdigit()) or (
                _HYPHENED.fullmatch(token.lower()) is not None
                and _LOGIN_CUE.match(lowered, match.start()) is not None
            )
            numbered = match.end() > match.end(1)
            if shaped or (pattern is _AFTER_IS and (numbered or is_rare_word(token, lex))):
                yield match.start(1), match.end(), "ID", 0.75
    if any(cue in lowered for cue in ("follow", "profile", "account", "page", "channel")):
        for match in _FOLLOW.finditer(lowered):
            handle = match.group("handle")
            named = match.group("before") or match.group("after")
            if named or any(char.isdigit() or char in "._" for char in handle):
                yield match.start("handle"), match.end("handle"), "ID", 0.75
    if any(cue in lowered for cue in _ACCOUNT_CUES):
        for match in _ACCOUNT_HANDLE.finditer(lowered):
            around = lowered[max(0, match.start() - 150) : match.end() + 60]
            if _SOCIAL_TALK.search(around):
                yield match.start("handle"), match.end("handle"), "ID", 0.7
    if any(network in lowered for network in _NETWORKS):
        for match in _BY_NETWORK.finditer(lowered):
            group = next(name for name in "abcd" if match.group(name))
            yield match.start(group), match.end(group), "ID", 0.75
    yield from find_named_handles(text)
    yield from find_underscore_handles(text)
