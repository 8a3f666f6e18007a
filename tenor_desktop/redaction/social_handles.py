"""Social and payment handles: "@jrivers", "jess#4471", "my kik is jrivers22", "my insta is
jay underscore rivers", "u/jayrivers22", "$jrivers22", "i post as throwaway_4471", and any
words joined by a spoken "underscore" ("from c dot walsh underscore 22").

Split from :mod:`identifier_rules` (whose :func:`find_contacts` runs :func:`find_social_handles`);
runs on spoken-normalised text. Every handle is an ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Hit = tuple[int, int, str, float]

# Venmo names hold hyphens ("@Jay-Rivers-22").
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_]")
# A name with its number tag ("jess#4471"), as chat services show users.
_TAGGED_NAME = re.compile(r"(?<![\w#])[A-Za-z][\w.]{1,30}#\d{4}(?!\w)")
_SPOKEN_HANDLE = re.compile(
    r"\b(?:instagram|insta|tiktok|twitter|snapchat|snap|handle|username|user\s+name|gamertag|login"
    r"|venmo(?:s|ed)?|discord|reddit|threads|twitch|cash\s?app|cashtag|paypal|zelle|facebook|fb"
    r"|linkedin|youtube|kik|psn|xbox|steam|onlyfans|roblox|telegram|pinterest|tumblr|bluesky|soundcloud"
    r"|github)\b"
    # The handle may open with words before its joined part: "is at d train underscore 404".
    r"[^.!?\n]{0,25}?\b(?:at\s+|is\s+)(?!(?:like|um|uh|about|around|the|a|my|his|her|at)\b)"
    r"((?:[a-z0-9]+\s+){0,2}[a-z0-9]+(?:\s+(?:underscore|dot|dash)\s+[a-z0-9]+|\s+\d+)+)"
)
# A handle written as one token after its platform: "my kik is jrivers22", "my psn is
# jrivers-22", "my twitch is jrivers_live" (a digit, "_", "." or "-" makes it no word), and
# a reddit user written or said with "u/" ("u/jayrivers22", "u slash jay rivers 22").
_PLATFORM = (
    r"(?:instagram|insta|ig|tiktok|twitter|snapchat|snap|discord|reddit|twitch|facebook|fb"
    r"|linkedin|youtube|kik|psn|xbox|steam|onlyfans|roblox|telegram|pinterest|tumblr|bluesky"
    r"|soundcloud|github|threads|venmo|gamertag|username|user\s+name|screen\s+name|handle)"
)
# A handle said after the account's own word or a school login: "his account is
# lexi_bmore_410", "his profile is vaquero831", "his school account is hpms.jlarsen27" (the
# token's digit, "_", "." or "-" tells it from a word, as after a network's name).
_ACCOUNT_WORD = r"(?:account|profile|net\s?id)"
_WRITTEN_HANDLE = re.compile(
    rf"\b(?:{_PLATFORM}|{_ACCOUNT_WORD})(?:\s+(?:name|handle|username|user\s+name|id|channel|account|page|tag"
    r"|gamertag))?(?:'s|\s+is|\s+was|:)\s+(?:like\s+|just\s+)?"
    r"([a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z][a-z]*\d[a-z0-9]*(?:[._-][a-z0-9]+)*)"
    r"(?![\w@-]|\.\w)"
)
# Said in apposition, between commas: "my gamertag, brightonghost77, is gone" (not "on
# twitter, covid19 was trending").
_APPOSED_HANDLE = re.compile(
    rf"\b(?:my|his|her|their|our|your|a|the)\s+(?:{_PLATFORM}|net\s?id)"
    r"(?:\s+(?:name|handle|username|tag))?,\s+"
    r"([a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z][a-z]*\d[a-z0-9]*(?:[._-][a-z0-9]+)*)"
    r"(?=,|\.(?!\w)|$)"
)
_POSTS_AS = re.compile(
    r"\b(?:post|posts|posted|posting|go|goes|went)\s+(?:as|by)\s+"
    r"([a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+\d[a-z0-9]*)(?![\w@-]|\.\w)",
    re.IGNORECASE,
)
_POSTS_AS_CUES = ("post as", "posts as", "posted as", "posting as", "go by", "goes by", "went by")
_REDDIT_USER = re.compile(
    r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}(?![\w/-])"
    r"|\bu\s+slash\s+([a-z0-9]+(?:\s+(?:underscore\s+|dash\s+)?[a-z0-9]+){0,3})"
    r"(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# Word starts only: "ig" and "fb" inside "right" or "big" are no cue.
_HANDLE_WORD = re.compile(
    r"\b(?:account|profile|page|insta|tiktok|twitter|snap|handle|username|user\sname|gamertag|login|venmo|discord"
    r"|reddit|threads|twitch|cash\s?app|cash\s?tag|paypal|zelle|facebook|fb|linkedin|youtube|kik|psn|xbox|steam|onlyfans|roblox|telegram"
    r"|pinterest|tumblr|bluesky|soundcloud|github|ig|screen name|net\s?id)"
)
# "underscore" said between two words joins a handle wherever it is said, with or without its
# network ("he messaged me from c dot walsh underscore 22", "my grindr, which is peachy
# underscore atl 94"): talk has no other use for the word. One word opens it (where a handle
# said in words starts is not known further back); a number may close it.
_JOINED = r"\s+(?:underscore|dot|dash)\s+[a-z0-9]+"
# Spelled letter by letter, the letters on both sides belong to it: "it's a s m underscore d
# i s p a t c h nine".
_SPELLED_BEFORE = r"(?:[a-z0-9]\s+){0,12}"
_SPELLED_AFTER = r"(?:[a-z0-9](?:\s+[a-z0-9]\b){2,15}|[a-z0-9]+)"
_UNDERSCORED = re.compile(
    rf"(?<!['\w])({_SPELLED_BEFORE}[a-z0-9]+(?:{_JOINED})*\s+underscore\s+{_SPELLED_AFTER}"
    rf"(?:{_JOINED})*(?:\s+\d+)?)\b"
)
# The key or the verb: "the underscore key", "to underscore the point" ("a" before spelled
# letters is one of them: "a s m underscore ...").
_THE_KEY = re.compile(
    r"^(?:to|a|an)\s(?![a-z0-9]\s)|\bunderscore\s+(?:key|character|symbol|sign|button|bar|the|that|this|how)\b"
)
# Before "at" and a domain it is a mailbox, which the e-mail finders take whole.
_EMAIL_AFTER = re.compile(r"\s+at\s+[a-z0-9]+\s+dot\s")
# A Cash App name, written ("$jrivers22") or said after its cue ("my cash app is dollar sign
# jay rivers 22"); "$20" and "$5k" open with a digit and are money.
_CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{1,20}(?![\w-])")
_SPOKEN_CASHTAG = re.compile(
    r"\b(?:cash\s?app|cash\s?tag)\b[^.!?\n]{0,20}?\bdollar\s+sign\s+"
    r"([a-z0-9]+(?:\s+(?:underscore\s+|dash\s+)?[a-z0-9]+){0,3})(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE | re.MULTILINE,
)


# An account named after its word for itself, as said aloud: "his account is at river dot runs
# dot wild", "the account he used, it's at desert boy 99", "on his snap, m dot r e y e s 4".
# The handle opens with "at" (kept: it is said as part of the handle) or follows a comma, and
# must be joined ("dot", "underscore", "dash"), spelled or numbered, so "my account is at
# chase" or "the account, the savings one" stays text.
_ACCOUNT_SAID = re.compile(
    r"\b(?:account|profile|page|snap|insta|instagram|tiktok|handle|username|gamertag)\b"
    # "a whole account at nayeli dot cries": "at" may follow the word itself.
    r"(?:[^.!?\n,]{0,20}?(?:,?\s*\bit's|,|\bis|\bwas|'s))?\s+"
    r"(at\s+(?!(?:like|um|uh|about|around|the|a|an|my|his|her|at|home|work|school)\b)"
    r"|(?<=,\s))"
    r"((?:[a-z0-9]+\s+){0,2}[a-z0-9]+"
    r"(?:\s+(?:underscore|dot|dash)\s+[a-z0-9]+|\s+\d+(?!\s*(?:dollars|bucks|percent|times))"
    # Spelled letters, "a" and "i" among them when a letter or a number follows.
    r"|\s+[b-hj-z](?=\s|[.,;!?]|$)|\s+[ai](?=\s+(?:[a-z]|\d+)(?:\s|[.,;!?]|$)))+"
    # Words after the spelled part that run to the end of the clause are the handle's too:
    # "the account is at h c m s tea spill".
    r"(?:(?:\s+(?!(?:and|or|but|so|now|too|though|anyway|okay|ok|right|lol|again|then)\b)"
    r"[a-z]+){1,2}(?=[ \t]*(?:[.,;!?\n]|$)))?)"
)


# A user name said as words with a number at its end, after the account's word and "is",
# "was" or "'s": "his profile was twincitiesdaddy 62 and he blocked me", "my account's rocky
# road 206 if you", "the user name, which was sunny salem 88". The clause must end or turn
# right after the number, so "the account was closed 2 years ago" stays text.
_NOT_HANDLE_WORD = (
    r"(?:like|um|uh|about|around|over|under|only|just|at|the|a|an|my|his|her|their|our|your"
    r"|number|no|not|now|still|already|up|down|to|for|in|on|of|from|with|by|been|is|was|and"
    r"|or|so|but|it|that|this|all|almost|nearly|maybe|probably|worth|due|short|past|behind"
    r"|ahead|open|closed|locked|frozen|overdrawn|negative|minus|plus|level|page|step|day"
    r"|week|month|year|age|since|until|before|after)\b"
)
_WORDS_THEN_NUMBER = re.compile(
    r"\b(?:account|profile|username|user\s+name|screen\s+name|handle|gamertag)"
    r"(?:'s|,?\s+(?:which\s+|that\s+)?(?:is|was))\s+"
    rf"((?:(?!{_NOT_HANDLE_WORD})[a-z]+\s+){{0,2}}(?!{_NOT_HANDLE_WORD})[a-z]{{3,}}\s+\d{{2,4}})"
    r"(?=[^\S\n]*(?:[.,;!?\n]|$)|\s+(?:and|if|but|so|or|then|lol|on|i|he|she|they)\b)"
)


def find_social_handles(text: str, low: str) -> Iterator[Hit]:
    """Handles in ``text`` (``low`` is the same text lowercased, same length)."""
    if "@" in text:
        for match in _HANDLE.finditer(text):
            yield match.start(), match.end(), "ID", 0.9
    if "#" in text:
        for match in _TAGGED_NAME.finditer(text):
            yield match.start(), match.end(), "ID", 0.85
    if _HANDLE_WORD.search(low):
        # Searched on the lowercased copy (same offsets): faster than ignoring case.
        for match in _SPOKEN_HANDLE.finditer(low):
            yield match.start(1), match.end(1), "ID", 0.8
        for match in _ACCOUNT_SAID.finditer(low):
            right_after = _RIGHT_AFTER_CUE.search(low, max(0, match.start(1) - 20), match.start(1))
            if _spelled_or_joined(match.group(2), after_comma=not match.group(1)) and (
                right_after is None
                or (right_after.group(1) in _OWN_WORDS and _JOINED_AT.search(match.group(2)))
            ):
                yield match.start(1), match.end(2), "ID", 0.75
        for match in _WRITTEN_HANDLE.finditer(low):
            if _TALK_AFTER_NETWORK.fullmatch(match.group(1)) and not _NAMED_HANDLE.search(
                match.group()
            ):
                continue  # "tiktok was non-stop": words joined by a hyphen describe it
            if _ACCOUNT_CUE.match(match.group()) and _mostly_digits(match.group(1)):
                continue  # "his pension account is px-00719-3382": an account number
            yield match.start(1), match.end(1), "ID", 0.8
        for match in _APPOSED_HANDLE.finditer(low):
            yield match.start(1), match.end(1), "ID", 0.8
        for match in _WORDS_THEN_NUMBER.finditer(low):
            yield match.start(1), match.end(1), "ID", 0.75
        if "dollar sign" in low:
            for match in _SPOKEN_CASHTAG.finditer(text):
                yield match.start(1), match.end(1), "ID", 0.8
    if " underscore " in low:
        for match in _UNDERSCORED.finditer(low):
            if not _EMAIL_AFTER.match(low, match.end()) and not _THE_KEY.search(match.group(1)):
                yield match.start(1), match.end(1), "ID", 0.75
    if "u/" in low or "u slash" in low:
        for match in _REDDIT_USER.finditer(text):
            yield match.start(), match.end(), "ID", 0.85
    if any(cue in low for cue in _POSTS_AS_CUES):
        for match in _POSTS_AS.finditer(text):
            yield match.start(1), match.end(1), "ID", 0.75
    if "$" in text:
        for match in _CASHTAG.finditer(text):
            yield match.start(), match.end(), "ID", 0.85


# Letters joined by hyphens only, said after a network's name with no word for a handle
# ("tiktok was non-stop", "insta is so-so"): talk about it, where a handle holds a digit, an
# underscore or a dot ("my psn is jrivers-22").
_TALK_AFTER_NETWORK = re.compile(r"[a-z]+(?:-[a-z]+)+")
_NAMED_HANDLE = re.compile(r"\b(?:name|handle|username|user\s+name|id|tag|gamertag|login)\b")
_SITE_END = re.compile(r"\sdot\s+(?:com|org|net|edu|gov|co|uk|io|me|us|tv)(?:\s|$)")
_JOINED_OR_SPELLED = re.compile(r"\s(?:underscore|dot|dash)\s|\s[b-hj-z](?:\s|$)")


# After a comma the clause may go on instead: "the account first, on march 2nd", "account
# ending 7703, and took 400".
_CLAUSE_WORD = re.compile(
    r"(?:on|in|at|and|or|but|so|then|to|for|from|with|the|a|an|my|his|her|it|he|she|they|we|i"
    r"|you|ending|about|like|um|uh)\b"
)


# "at" right after the account's word needs a joined handle ("a whole account at nayeli dot
# cries"): "my account at esl is 334 ..." and "my account at walgreens w a g 3 ..." name the
# bank or shop that holds an account number.
# A network's name before "at" is the spoken-handle finder's ("on tiktok at sadgirl
# underscore 99", taken there without the "at").
_RIGHT_AFTER_CUE = re.compile(
    r"\b(account|profile|page|snap|insta|instagram|tiktok|handle|username|gamertag)\s+$"
)
_OWN_WORDS = frozenset(("account", "profile", "page"))
_JOINED_AT = re.compile(r"\s(?:underscore|dot)\s")
_ACCOUNT_CUE = re.compile(_ACCOUNT_WORD)


def _mostly_digits(token: str) -> bool:
    """More digits than letters: a number with a letter prefix, not a user's name."""
    digits = sum(c.isdigit() for c in token)
    return digits > sum(c.isalpha() for c in token)


def _spelled_or_joined(handle: str, *, after_comma: bool) -> bool:
    """A handle said aloud holds a joining word or a spelled letter; after "at", words ending in
    a number do too ("at desert boy 99"), but a number after words is a count or a date as
    often ("it's at room 4", ", on march 2"), so it needs the "at" and two words before it."""
    if _SITE_END.search(handle):
        return False  # "at chase dot com": a web address, which the address rules take
    if after_comma:
        return _CLAUSE_WORD.match(handle) is None and _JOINED_OR_SPELLED.search(handle) is not None
    return _JOINED_OR_SPELLED.search(handle) is not None or bool(
        re.search(r"[a-z]\s+\d+$", handle) and handle.count(" ") >= 2
    )
