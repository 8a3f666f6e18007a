"""Lowercase names in more slots only people fill: "lent bex my car", "took suvi's dog",
"honestly marnie, i don't know", "that's what jess said", "jess is my best friend".

Split from :mod:`speech_names`, whose person-word test these finders share: in each slot a
word counts when a name list holds it, when it is rare (outside the embedding vocabulary) or
when the embedding vocabulary holds it but SCOWL lists it as no everyday English word ("jess").
Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import RELATIONS, Hit
from tenor_desktop.redaction.initial_names import PERSON_VERBS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS
from tenor_desktop.redaction.speech_names import OPENER, WORD, is_person_word
from tenor_desktop.redaction.text_case import lower_same_length

# Someone given something: "lent bex my car", "gave kav a ride", "paid bex back".
_RECIPIENT = re.compile(
    rf"\b(?:lent|loaned|gave|give|gives|giving|bought|sent|showed|handed|offered|paid|pay"
    rf"|promised|taught|owe|owed)\s+({WORD})\s+(?=(?:my|a|an|the|his|her|their|our|some"
    r"|back|money|\$|\d|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|hundred)\b)"
    # "gave yoga a try", "gave it another chance": things are given tries, not rides.
    r"(?!(?:a|an|another|one\s+more)\s+(?:try|shot|go|whirl|listen|look|read|rest|chance"
    r"|break|thought|second|minute)\b)"
)
# Someone's people and things, anywhere in the sentence: "took suvi's dog to the vet".
_POSSESSOR = re.compile(
    rf"\b({WORD})'s\s+(?:(?:new|old|little|big|older|younger|whole|own)\s+)?(?:{RELATIONS}"
    r"|parents|family|kids|place|house|apartment|room|bathroom|bedroom|couch|bed|car|truck"
    r"|dog|cat|phone|number|birthday|wedding|funeral|party|baby\s+shower|graduation|school"
    r"|daycare|teacher|class|team|game|practice|stuff|things|clothes|toys|bike|comments|texts)\b"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|my|your|his|her|our|their|every|each|some|any|one)\s+$"
)
# A name said to someone after an opening word: "honestly marnie, i don't know".
_VOCATIVE = re.compile(
    rf"(?:^|\n|[.!?:]\s+)(?:(?:honestly|listen|look|okay|ok|so|well|yeah|no|hey|sorry|thanks"
    rf"|anyway|wait|please|oh|um|uh|like|man|god|seriously),?\s+)?({WORD}),\s+"
    r"(?=(?:i|i'm|i've|i'd|i'll|you|you're|we|can|could|do|did|are|is|will|would|what|how|why"
    r"|please|listen|look|thanks|remember|tell|stop|wait|come|let|it's|that's|this|don't"
    r"|just)\b)"
)
# The subject of what a person says or does, after words that open a clause: "that's what
# jess said", "i feel like jess doesn't get it", "it's jess who calls me".
_SPEAKER = re.compile(
    rf"\b(?:what|like|think|guess|because|cause|cuz|but|when|if|that|until|whether|it's)\s+"
    rf"({WORD})\s+(?:(?:just|always|never|even|really|still|literally|actually)\s+)?"
    r"(?:said|says|told|tells|texted|texts|thinks|thought|meant|means|wanted|doesn't|didn't"
    r"|won't|wouldn't|can't|couldn't|yelled|cried|screamed|asked|asks|promised|apologized"
    r"|lied|cheated|ghosted|blocked|who)\b"
)
# A subject said to be someone's relation or in a person's state: "jess is my best friend",
# "so kav is pregnant again", "suvi was in the hospital".
_PREDICATE = (
    r"(?:is|was|'s|has\s+been|had\s+been)\s+(?:(?:still|also|now|like|just|only|basically"
    r"|literally|actually|finally)\s+)?(?:(?:my|our|his|her|their|your|a|an)\s+(?:[a-z]+\s+)?"
    rf"(?:{RELATIONS})\b|(?:pregnant|sober|arrested|engaged|divorced|born|adopted|diagnosed"
    r"|hospitalized|hospitalised|deported|in\s+(?:the\s+)?(?:hospital|jail|prison|rehab|icu"
    r"|er))\b)"
)
_PERSON_PREDICATE = re.compile(rf"{OPENER}({WORD})(?:\s+({WORD}))??\s+{_PREDICATE}")
# A person introduced by a common noun: "there's this girl marnie", "my boy dre".
_INTRODUCED = re.compile(
    rf"\b(?:this|that|some|a|my|his|her|our)\s+(?:girl|guy|dude|lady|woman|kid|boy|chick"
    rf"|homie|homeboy|homegirl)\s+({WORD})\b(?!')"
)
# A subject with a contracted "will": "callum'll tell you different".
_WILL_SUBJECT = re.compile(
    rf"{OPENER}({WORD})'ll\s+(?:(?:probably|just|never|definitely|totally)\s+)?(?:tell|say|be"
    r"|kill|call|text|want|come|know|freak|lose|think|hate|love|never|get|find|see)\b"
)
# A name between commas before what a person does: "the hr woman, tamara, said",
# "my lead there, bartek, is chill".
_COMMA_NAME = re.compile(
    rf",\s+({WORD}),\s+(?:said|says|told|tells|asked|called|texted|wrote|thinks|thought|is|was"
    r"|has|had|would|will|can|could|keeps|kept|never|just|always|read|took|gave|made|came|went"
    r"|got|[a-z]{2,}ed)\b"
)
# A name in apposition closing a sentence about a person: "my neighbor from across the
# hall, ottoline prewitt."
_CLOSING_APPOSITION = re.compile(
    rf"\b(?:{RELATIONS})\b[^.,;!?\n]{{0,30}},\s+({WORD})(?:\s+{WORD})?(?=[.!?])"
)
# The other one of "you and X": "you and dana", "how are you and ryan doing".
_YOU_AND = re.compile(rf"\b(?:you|yourself)\s+and\s+({WORD})\b(?!')")
# Two names as a subject before a verb only people do: "gregory hale called me in".
_FULL_NAME_SUBJECT = re.compile(
    rf"{OPENER}({WORD})\s+({WORD})\s+(?:(?:just|never|finally|always|even)\s+)?(?:{PERSON_VERBS})\b"
)
# A name closing a greeting or thanks: "bye, clary.", "thank you so much, zack."
_GREETED = re.compile(
    rf"\b(?:bye|goodbye|thanks|thank\s+you(?:\s+so\s+much)?|morning|night|hi|hey|hello"
    rf"|welcome\s+back|see\s+you|love\s+you|congrats|congratulations|sorry),?\s+({WORD})"
    r"(?=\s*[.!?,]|\s*$)"
)
# Someone's home said by their name alone: "we stayed at jess's", "went over to kav's after".
_AT_HOME = re.compile(
    rf"\b(?:at|to|from|by|near|over\s+at|over\s+to)\s+({WORD})'s"
    r"(?=\s*(?:[.,;!?)]|$)|\s+(?:last|tonight|tomorrow|yesterday|again|for|after|and|on|this"
    r"|every|because|but|so|when|until|all|instead|anymore|sometimes|most|till)\b)"
)
# Someone taken, put to bed or let do something: "took kiki to the park", "drove coco to
# school", "put jojo to bed", "let tavi stay up late".
_CARED_FOR = re.compile(
    rf"\b(?:took|take|takes|taking|drove|drive|drives|driving|drop|dropped|dropping|drops"
    rf"|bring|brought|bringing|walk|walked|walking|rushed|rush)\s+({WORD})\s+(?!to\s+the\s+(?:next|top|same|limit|extreme|max)\b)(?=to\s+(?:the"
    r"|school|bed|practice|daycare|preschool|kindergarten|church|my|his|her|their|our|see|visit"
    r"|dinner|lunch|a|an)\b|home\b)"
    rf"|\b(?:put|putting|puts)\s+({WORD})\s+(?=to\s+(?:bed|sleep)|down\s+for)"
    rf"|\b(?:let|lets|letting)\s+({WORD})\s+(?=(?:stay|sleep|have|borrow|come|play|watch|drive"
    r"|move|cry|talk|see|spend|stay|go\s+to)\b)"
    # "borrowed money from kav", "stole it from suvi".
    r"|\b(?:borrowed|borrow|borrowing|stole|steal|stealing|hid|hide|hiding)\s+(?:money|cash|it"
    rf"|that|this|\$?\d+|[a-z]+\s+(?:dollars|bucks))\s+from\s+({WORD})(?=\s*[.,;!?]|\s*$|\s+(?:and"
    r"|again|last|because|but|so|when|once|too)\b)"
)
# Company spoken of as a person right after: "a walk with bramwell. he's the only one who gets
# it", "dinner with tavi, she paid".
_WITH_THEN_PRONOUN = re.compile(
    r"\b(?:walk|dinner|lunch|coffee|drinks|breakfast|went|go|going|came|out|time|day|night"
    r"|weekend|talking|talked|spoke|speaking|fight|fought|argument|argued|living|live|lives"
    r"|stayed|staying|was|were|been|sat|sitting|met|meeting)\s+"
    rf"with\s+({WORD})(?:\.|,)\s+(?:he|she|he's|she's|he'd|she'd|he'll|she'll)\b"
)
# Someone introducing themselves: "i'm quinlan, nice to meet you", "hi, i'm ottokar.".
_INTRODUCTION = re.compile(
    rf"(?:(?:^|\n|[.!?:]\s+)(?:hi|hello|hey),?\s+i'm\s+({WORD})"
    r"(?=\s*[.,](?:\s+|$)|\s*$)"
    rf"|\bi'm\s+({WORD}),\s+(?=nice\s+to\s+meet|(?:her|his|their|the)\s+[a-z]+\b))"
)
# Adjective endings: "yeah, i'm nonbinary.", "hi, i'm bisexual."
_ADJECTIVE_ENDINGS = ("ary", "ual", "ive", "ous", "ic", "able", "ible", "ful", "less")
_TWO_WORDS = (_PERSON_PREDICATE, _FULL_NAME_SUBJECT)
# Slots where an everyday word is more often a thing or a form of address than a name.
_NO_EVERYDAY = (
    _INTRODUCTION,
    _CARED_FOR,
    _WITH_THEN_PRONOUN,
    _VOCATIVE,
    _RECIPIENT,
    _INTRODUCED,
    _WILL_SUBJECT,
    _COMMA_NAME,
    _CLOSING_APPOSITION,
    _YOU_AND,
    _FULL_NAME_SUBJECT,
    _GREETED,
    _AT_HOME,
)
# Chat words for groups and people in general, in the same slots: never a name.
_NOT_NAMES = frozenset(
    "yall ppl peeps fam folks mama papa mommy daddy ngl fyi jk omw lmk ikr trans cis queer gay "
    "lesbian straight neurodivergent neurotypical nonbinary enby hungover".split()
)


# Patterns that open with a clause opener, a relation or any word try every position; they
# run only in a window before what ends them (a predicate, a person verb, "'ll", "'s", a
# closing name): (trigger, characters the match may start before it).
_TRIGGERS = {
    _PERSON_PREDICATE: (re.compile(rf"(?:\s|'){_PREDICATE}"), 70),
    _FULL_NAME_SUBJECT: (re.compile(rf"\s(?:{PERSON_VERBS})\b"), 70),
    _WILL_SUBJECT: (re.compile(r"'ll\s"), 50),
    _CLOSING_APPOSITION: (re.compile(rf",\s+{WORD}(?:\s+{WORD})?[.!?]"), 50),
    _POSSESSOR: (re.compile(r"'s\s"), 30),
    _AT_HOME: (re.compile(r"'s\b"), 40),
    _WITH_THEN_PRONOUN: (re.compile(r"[.,]\s+(?:he|she)\b"), 60),
    _INTRODUCTION: (re.compile(r"i'm\s"), 30),
}
# Every slot: the three that also take everyday words, then the rest.
_PATTERNS = (_POSSESSOR, _SPEAKER, _PERSON_PREDICATE, *_NO_EVERYDAY)


def _matches(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    found = _TRIGGERS.get(pattern)
    if found is None:
        yield from pattern.finditer(low)
        return
    trigger, before = found
    done = -1
    for hit in trigger.finditer(low):
        # "^" still matches only at the true start of the text, and "\b" sees what lies
        # before the window: the matches are those of a whole-text search.
        for match in pattern.finditer(low, max(done, hit.start() - before, 0), hit.end() + 60):
            if match.start() >= done:
                done = match.end()
                yield match


def find_slot_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names as recipients, possessors, addressees and speakers (see the module docstring)."""
    low = lower_same_length(text)
    for pattern in _PATTERNS:
        for match in _matches(pattern, low):
            slot = match.lastindex if pattern in (_CARED_FOR, _INTRODUCTION) else 1
            word = match.group(slot or 1)
            if word in _NOT_NAMES or word in KIN_WORDS:
                continue
            if pattern is _INTRODUCTION and word.endswith(_ADJECTIVE_ENDINGS):
                continue
            if pattern in _NO_EVERYDAY and word in lex.everyday_words:
                # "honestly man, i'm done", "owe chase money": an everyday word said to or
                # given something is more often a thing, a bank or a form of address.
                continue
            if pattern is _POSSESSOR and _DETERMINER_BEFORE.search(
                low, max(0, match.start(1) - 8), match.start(1)
            ):
                continue  # "the dog's bed", "my mom's house"
            if not is_person_word(word, lex, strong=True):
                continue
            second = match.group(2) if pattern in _TWO_WORDS else None
            if second is None:
                yield match.start(slot or 1), match.end(slot or 1), "NAME", 0.6
            elif second not in lex.everyday_words and is_person_word(second, lex, strong=True):
                yield match.start(1), match.end(2), "NAME", 0.6  # "chris preston is a coworker"
