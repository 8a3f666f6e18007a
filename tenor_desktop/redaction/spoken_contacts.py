"""Spoken e-mail and web addresses: "j d o e at g mail dot com", "linkedin dot com slash in".

Split from :mod:`identifier_rules`. Patterns run on spoken-normalised, lowercased text (see
:mod:`text_case`).
"""

from __future__ import annotations

import re

# Generic and country endings people give out; two-letter codes that are everyday words
# ("in", "it", "is", "be", "am") are left out, so "a dot in the middle" stays text.
TLD = (
    r"(?:com|org|net|edu|gov|io|co|us|info|me|app|health|ly|tv|biz|ai|dev|design|blog|shop"
    r"|store|site|online|page|art|studio|life|live|xyz|gle|ca|uk|au|nz|ie|de|fr|mx|ph|za"
    # Endings of link pages, podcasts, churches and communities people share.
    r"|ee|gg|fm|church|club|tech|space|family|social|link|onion"
    # Endings of small businesses' and people's own pages, and more country codes.
    r"|photography|photo|photos|gallery|music|law|legal|dental|clinic|care|fitness|coach"
    r"|coffee|news|media|agency|consulting|services|solutions|website|network|email|group"
    r"|team|pro|name|cc|ws|nl|se|jp|kr|br|ng|ke|gh|jm|pr|vn|pk|ru|ua|pl|il|ae)"
)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d+)"
_JOIN_WORD = r"(?:dot|underscore|dash|hyphen)"
# Words that never belong to a spoken address: "email me at", "i'm at work and".
_NOT_ADDRESS = (
    r"(?!(?:at|is|me|my|it|its|it's|and|or|the|to|a|an|i|you|email|e-mail|send|look|looked"
    r"|looking|went|go|going|am|was|were|be|been|stay|stayed|work|works|worked|working|live"
    r"|lives|lived|shop|shopped|arrived|stopped|met|signed|logged|posted|found|online"
    r"|available|good|great|bad|here|there|home|school|least|last|first|once|all)\b)"
)
# Letters spelled one by one may open the local part: "j d o e at gmail dot com".
# A name spelled out whole may hold "a" and "i" ("r r i v e r a"), and "o" the normaliser
# made a zero ("0 p a r k").
# Any word may open it when an underscore or dash joins it on: "the underscore real ...".
_SPOKEN_LOCAL = (
    r"(?<!['\w-])"
    rf"(?:(?=[a-z0-9]\s+[a-z0-9]\s){_NOT_ADDRESS}[a-z0-9](?:\s+[a-z0-9]){{2,11}}(?=\s+at\s)"
    rf"|(?:{_NOT_ADDRESS}[a-z]\s+){{0,6}}{_NOT_ADDRESS}(?:[a-z](?:-[a-z]){{2,}}|[a-z0-9]+)"
    # A surname then an initial: "rivers j at comcast dot net".
    rf"(?:\s+[a-z](?=\s+at\s))?)"
    rf"(?:(?:\s+{_JOIN_WORD})?\s+{_DIGIT_WORD}|\s+{_JOIN_WORD}\s+[a-z0-9]+)*"
)
# A domain may be said in pieces ("g mail", "u w", "brightpath counseling"), hold a hyphen
# ("paypal-secure") and end in a country code ("dot co dot uk"); transcribers may write its
# dots ("at gmail.com").
_DOMAIN_WORD = r"[a-z0-9]+(?:-[a-z0-9]+)*"
# Its name may be spelled letter by letter: "at m l t p d dot org".
_SPOKEN_DOMAIN = (
    rf"(?:[a-z](?:\s+[a-z]){{2,7}}(?=\s+dot\s)"
    rf"|(?:{_NOT_ADDRESS}{_DOMAIN_WORD}\s+){{0,2}}{_NOT_ADDRESS}{_DOMAIN_WORD})"
    rf"(?:(?:\s+dot\s+{_DOMAIN_WORD})*\s+dot\s+{TLD}(?:\s+dot\s+[a-z]{{2}}\b)?"
    rf"|(?:\.{_DOMAIN_WORD})*\.{TLD})"
)
SPOKEN_EMAIL = re.compile(rf"\b{_SPOKEN_LOCAL}\s+at\s+{_SPOKEN_DOMAIN}\b")
# Tried only when "underscore" or "dash" is said: a first word joined on ("the underscore").
JOINED_SPOKEN_EMAIL = re.compile(
    rf"\b[a-z0-9]+\s+(?:underscore|dash)\s+{_SPOKEN_LOCAL}\s+at\s+{_SPOKEN_DOMAIN}\b"
)
# A mailbox at a well-known provider said without its ending ("it's jfox at hotmail"): only
# after a word about mail (see MAIL_CUE), since "my sister at yahoo" is a workplace.
_PROVIDER = r"(?:g\s?mail|yahoo|hotmail|outlook|icloud|aol|proton(?:\s?mail)?)"
MAIL_PROVIDER = re.compile(rf"\bat\s+{_PROVIDER}\b")
# Its ending may come back with the dot dropped or said "period": "jdoe at gmail com".
SPOKEN_PROVIDER_EMAIL = re.compile(
    rf"\b{_SPOKEN_LOCAL}\s+at\s+{_PROVIDER}(?:(?:\.|\s+(?:period\s+)?)(?:com|net)\b)?"
    r"(?!\s+(?:dot|headquarters|hq|office|offices|campus|corporate|store)\b)"
)
# "www jayrivers com": the dots dropped by the transcriber, "www" says it is an address.
WWW_WITHOUT_DOTS = re.compile(rf"\bwww\s+[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s+{TLD}\b")
MAIL_CUE = re.compile(
    r"\b(?:e-?mail(?:s|ed|ing)?|mail|inbox|address|write\s+(?:to|me)|reach\s+me)\b"
)
# A function word is never a site's name ("the dot com bust", "check out dot com"); nor is a
# verb or noun before a two-word name ("visit calm dot com", "on healthy minds dot ca").
_NOT_SITE = (
    r"(?!(?:the|a|an|and|or|of|to|in|on|at|is|was|it|it's|its|that|this|out|my|our|your|his"
    r"|her|me|him|us|them|you|i|their)\b)"
)
_NOT_SITE_START = (
    rf"{_NOT_SITE}(?!(?:visit|check|try|use|see|called|named|go|went|site|website|page|from"
    r"|link|blog|shop|account|profile|address|here|there|just)\b)"
    # A verb said before a one-word name is the sentence's: "i was reading healthline dot
    # com", "googled webmd dot com" (no two-word site name in the sets opens with one).
    r"(?![a-z]+(?:ing|ed)\b)"
)
# The scheme may be spelled out ("h t t p s colon slash slash").
_URL_BODY = (
    rf"(?:{_NOT_SITE_START}[a-z0-9]+\s+)?{_NOT_SITE}[a-z0-9]+"
    rf"(?:\s+dot\s+[a-z0-9]+(?:\s+[a-z0-9]+){{0,2}})*\s+dot\s+{TLD}\b"
    r"(?:\s+slash\s+[a-z0-9]+(?:-[a-z0-9]+)*(?:\s+(?:dash|underscore|dot)\s+[a-z0-9]+"
    r"|\s+(?:[a-z]|\d+)\b)*)*"
)
# The last words of a path said as words, up to the end of the clause: "slash at jay rivers."
# A function word or a verb-like joiner ends the address instead ("slash help and then call").
_PATH_STOP = (
    r"(?:and|or|the|a|an|to|i|you|if|for|but|so|because|when|then|is|was|it|that|on"
    r"|in|at|my|me|please|okay|ok|right|too|now|lol)\b"
)
SPOKEN_PATH_TAIL = re.compile(
    rf"(?:\s+(?!{_PATH_STOP})[a-z0-9]+(?:-[a-z0-9]+)*){{1,3}}(?=[^\S\n]*(?:[.,;!?\n]|$))"
)
# When the clause goes on, the path runs up to a word that opens the rest of it: "gofundme
# dot com slash help rowel stay my cell is ...", "va dot gov slash change direct deposit and
# it logs me out"; a word of the sentence's ("with", "from", a pronoun) or a verb's ending
# ("slash report i looked at") ends it first.
_CLAUSE_STOP = (
    r"(?:and|or|the|a|an|to|i|you|he|she|we|they|his|her|their|our|if|for|but|so|because|when"
    r"|then|is|was|it|that|on|in|at|my|me|please|okay|ok|right|too|now|lol|with|from|before"
    r"|after|of|by|about|as|until|where|which|who|what|there|here|like|um|uh|every|each|last"
    r"|next|this|today|tonight|yesterday|tomorrow|again|all|still|just)\b"
)
SPOKEN_PATH_BEFORE_CLAUSE = re.compile(
    rf"(?:\s+(?!{_CLAUSE_STOP})(?![a-z]+(?:ed|ing)\b)[a-z0-9]+){{1,3}}(?=[^\S\n]+{_CLAUSE_STOP})"
)
# A letter after an apostrophe belongs to the word before it ("it's gofundme dot com").
SPOKEN_URL = re.compile(
    rf"\b(?<!['\u2019])(?:(?:https?\s+colon\s+slash\s+slash\s+)?www\s+dot\s+)?{_URL_BODY}"
)
# The scheme spelled out ("h t t p s colon slash slash ..."); tried only when it is said.
SPELLED_SCHEME_URL = re.compile(
    rf"\b(?:https?|h\s+t\s+t\s+p(?:\s+s)?)\s+colon\s+slash\s+slash\s+(?:www\s+dot\s+)?{_URL_BODY}"
)


# A site or mailbox name of several words said after a word that points at it: "a form at
# summit mens health dot com", "the portal is saint agnes careers dot org", "go to fix my p c
# now dot net", "email them at health help at westridge dot edu". The patterns take the last
# one or two words of the name; the words back to the pointing word are the rest of it.
_POINTER = frozenset(("at", "on", "to", "is", "it's", "was", "visit", "called", "named", "now"))
# A word of a clause or a list, a place or a word for a site ends the search: "i saw it on
# tiktok and calm dot com".
_NOT_NAME_WORD = frozenset(
    (
        "and", "or", "but", "so", "then", "the", "a", "an", "i", "you", "he", "she", "we",
        "they", "it", "that", "this", "of", "in", "for", "with", "from", "about", "by", "if",
        "because", "when", "me", "him", "her", "us", "them", "um", "uh", "like", "just",
        "also", "not", "no", "up", "work", "home", "school", "here", "there", "online", "site",
        "website", "page", "link", "portal", "app", "email", "e-mail", "mail", "address",
    )
)  # fmt: skip
_SPELLED_SCHEME = re.compile(
    r"(?:\bhttps?|\bh\s+t\s+t\s+p(?:\s+s)?)\s+(?:colon\s+slash\s+slash\s+)?$"
)
_WORD_BEFORE = re.compile(r"([a-z0-9']+)\s+$")
_NAME_WORDS_BACK = 3


def pointed_name_start(low: str, start: int) -> int:
    """Where a spoken address that starts at ``start`` really begins.

    Back over at most three name words to a pointing word ("at", "is", "go to"), and over a
    scheme spelled before it ("h t t p s riverside wellness dot org"); ``start`` when no
    pointing word is found that close (the words before are then the sentence's, not the
    name's).
    """
    scheme = _SPELLED_SCHEME.search(low, max(0, start - 40), start)
    if scheme is not None:
        return scheme.start()
    position = start
    for _ in range(_NAME_WORDS_BACK + 1):
        word = _WORD_BEFORE.search(low, max(0, position - 30), position)
        if word is None:
            return start
        if word.group(1) in _POINTER:
            return position
        # A verb said before the name is the sentence's: "at work reading healthline dot com".
        if word.group(1) in _NOT_NAME_WORD or word.group(1).endswith(("ing", "ed")):
            return start
        position = word.start(1)
    return start
