"""Names opening a sentence before a verb only people do: "Skyler hasn't spoken to me".

A sentence's first word is capitalised whatever it is, and speech-recognition output often
loses the capital of a name, so neither case tells a name from a word there. The verb does:
people think, cry, text and apologise; "Faith helps me", "Patience is not my strong suit" and
"Sunday was fine" use verbs anything can take. Before such a person verb, a word counts as a
name unless it is an everyday word (SCOWL's common lowercase words: "anxiety tells me",
"society says"), a role, a pronoun-like word or an app. Everyday words that are given names
too ("grace", "will") count before a past-tense person verb only ("Grace called"), and any
everyday word before a verb said of people only ("Story asked if we could talk"). After a
clause opener ("until paisley cried", "and then jess from work texted me") only words that
are no everyday word count.

:func:`everyday_opening` tells the capitalised-word and speech-subject rules when a
sentence-opening capitalised word is an everyday word ("Anger has been", "Faith helps me")
rather than a name ("Grace is pregnant", "River is in the hospital").

Yields ``(start, end, label, confidence)`` like the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import (
    AMBIGUOUS_NAME_CONTEXT,
    EVERYDAY_ADVERBS,
    RELATIONS,
    STOP_WORDS,
    Hit,
    is_number_word,
)
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS, NOT_PERSON, never_a_name
from tenor_desktop.redaction.text_case import lower_same_length

# Verbs whose subject is a person (present, past and participle), matched on lowercased text.
PERSON_VERBS = (
    r"said|says|told|tells|thinks|thought|believes|believed|feels|felt|cried|cries|yelled|yells"
    r"|screamed|screams|shouted|shouts|laughed|laughs|texted|texts|called|calls|emailed|emails"
    r"|messaged|asked|asks|spoke|spoken|speaks|talked|talks|apologi[sz]ed|hugged|hates|hated"
    r"|loves|loved|likes|liked|adores|adored|wants|wanted|knows|knew|blames|blamed|promised|lied|sobbed|smiled|snapped"
    r"|whispered|ghosted|dumped|cheated|refuses|refused|decided|admitted|insisted|understands"
    r"|understood|forgot|forgets|remembers|remembered|visited|drove|moved|died|passed\s+away"
    r"|married|divorced|punched|slapped|grabbed|threatened|accused|ignores|ignored|raised"
    r"|showed\s+up|broke\s+up|hung\s+up|picked\s+me|calling|texting|asking|telling|crying"
    r"|yelling|screaming|begging|ignoring|avoiding|blaming"
    # Violence only people do ("last saturday derek choked me"), and "X did." as an answer.
    r"|choked|strangled|shoved|pushed|kicked|raped|assaulted|attacked|molested|groped|stalked"
    r"|beat\s+(?:me|him|her|them|us)|did(?=\s*[.!?])"
)
# Past verbs said of people only; an abstract noun can tell, call or hit ("Experience told
# me", "Nature called", "Life punched me"), not text or apologise. Before them an everyday
# word is a name too ("Story asked if we could talk").
_HUMAN_PAST = re.compile(
    r"(?:\s+(?:never|just|always|finally|even|literally|actually))?\s+(?:texted|cried|yelled"
    r"|screamed|shouted|apologi[sz]ed|hugged|sobbed|whispered|ghosted|dumped|cheated|asked"
    r"|married|divorced)\b"
)
# Words between the subject and the verb: "Skyler hasn't spoken", "Jordan just texted".
_AUX = (
    r"(?:(?:has|have|had|does|did|is|was|would|could|wo|ca|should)n't|has|had|never|just|always"
    r"|still|really|finally|also|even|literally|actually|basically|apparently|probably|won't"
    r"|can't|keeps|kept|keep|started|stopped|is|was)"
)
_OPENING_SUBJECT = re.compile(
    r"(?:^|[.!?:\"]\s+|\n\s*|(,\s+|\b(?:and|but|so|then|since|until|when|because|cause|after"
    r"|before|while|once|though|whenever|yesterday|today|tonight|later|last\s+(?:night|week"
    r"|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+(?:then\s+)?))"
    r"([a-z][a-z]*(?:-[a-z][a-z]+)?)"
    # Where the person is from may come first: "Jess from work texted me".
    r"(?=(\s+from\s+(?:the\s+|my\s+)?[a-z]+)?"
    rf"(?:\s+{_AUX}){{0,2}}\s+(?:{PERSON_VERBS})\b)"
)
_ROLE = re.compile(rf"(?:{RELATIONS})s?")
# Proper words everyone says that open sentences about time or faith, not people.
_NOT_PEOPLE = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday god jesus christ lord "
    "nobody everyone everybody someone somebody anyone anybody people guys mom dad mommy "
    "daddy mama papa grandma grandpa nana granny auntie part half most none both each "
    "parents police cops staff security crowd audience team family men women children girls "
    "boys kids others strangers customers clients patients students life fate luck".split()
)
# Endings of abstract and common nouns that a name almost never has.
_NOUN_SUFFIXES = (
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "ing", "ery",
    "ology", "ture", "ics", "ed", "ly",
)  # fmt: skip


def find_opening_subjects(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Sentence-opening names before a person verb (see the module docstring)."""
    low = lower_same_length(text)
    for match in _OPENING_SUBJECT.finditer(low):
        word = match.group(2)
        verb_at = match.end(3) if match.group(3) else match.end(2)
        if match.group(1) is not None:
            # After "and", "when", "because": an everyday word is a subject, not a name.
            if _reads_as_name(word, lex, past_verb=False, human_verb=False):
                yield match.start(2), match.end(2), "NAME", 0.6
        elif _reads_as_name(
            word,
            lex,
            past_verb=_past_verb_follows(low, verb_at),
            human_verb=_HUMAN_PAST.match(low, verb_at) is not None,
        ):
            yield match.start(2), match.end(2), "NAME", 0.6


def _past_verb_follows(low: str, end: int) -> bool:
    return AMBIGUOUS_NAME_CONTEXT.match(low, end) is not None


def _reads_as_name(word: str, lex: Lexicons, *, past_verb: bool, human_verb: bool) -> bool:
    """A sentence-opening ``word`` (lowercased) that, before a person verb, is a name."""
    if (
        len(word) < 3
        or word in _NOT_PEOPLE
        or word in NOT_PERSON
        or word in STOP_WORDS
        or word in EVERYDAY_ADVERBS
        or word in KIN_WORDS
        or is_number_word(word)
        or _ROLE.fullmatch(word)
        or word.endswith(_NOUN_SUFFIXES)
    ):
        return False
    given = word in lex.first_names or word in lex.broad_names
    if never_a_name(word, lex) and not (given and word in lex.not_phi_places):
        return False  # A state or country is a name only when it is a given name ("Jordan").
    parts = word.split("-")
    if any(part in lex.everyday_words for part in parts):
        # "Anxiety tells me", "Society says"; a given name too before a past verb: "Grace called".
        return (given and past_verb) or human_verb
    return True


# What follows a word that is a virtue, a feeling or a season rather than a person ("Faith
# helps me", "Hope keeps me going", "Grace is something I'm working on").
_ABSTRACT_PREDICATE = re.compile(
    r"\s+(?:helps|helped|heals|saves|saved|carries|matters|wins|fades|comes\s+and\s+goes"
    r"|(?:keeps|kept|gets|got|carried|pulls|pulled)\s+me\b"
    r"|means\s+(?:everything|a\s+lot|nothing|so\s+much)"
    r"|is\s+(?:not\s+)?(?:something|everything|nothing|key|overrated|a\s+virtue|what|hard\s+to)"
    r"|is\s+not\s+my|isn't\s+my|has\s+been\s+my\s+(?:default|anchor|rock|thing)"
    # "Faith has carried me through", "Hope is a dangerous thing for me", "Dawn is when the
    # anxiety hits", "Dawn is the worst time for me".
    r"|(?:has|had)\s+(?:carried|kept|gotten|got|helped|saved|pulled)\s+me"
    r"|is\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:thing|word|concept|feeling|emotion|gift|choice|process"
    r"|practice|luxury|trap|struggle|time|season)"
    r"|is\s+(?:when|where|the\s+(?:worst|best|hardest|only|first|last)\s+(?:time|part|thing)))\b"
)


# Later in the sentence, words said of a person: "River is in the hospital", "Sky was crying
# in her room", "Rain is my son's best friend".
_PERSON_CUE = re.compile(
    r"[^.!?\n]{0,60}?\b(?:he|she|him|her|his|hers|himself|herself|pregnant|crying|born|sober"
    r"|arrested|jail|prison|hospital|rehab|kindergarten|years\s+old"
    # An age turned ("turned sixteen"), not a thing that turned into another ("has turned into").
    r"|turn(?:s|ed|ing)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)"
    r"|drop\s+out|dropped\s+out"
    rf"|(?:{RELATIONS})s?)\b"
)


def everyday_opening(text: str, lower: str, end: int, lex: Lexicons) -> bool:
    """True when a sentence-opening capitalised ``lower`` is an everyday word, not a name.

    A word of no name list ("Anger has been", "Guilt kept me awake") is a word unless the
    sentence speaks of a person ("River is in the hospital"); a name that is an everyday word
    too ("Grace is pregnant", "Rose is my best friend") stays a name unless an abstract
    predicate follows it ("Faith helps me") and no past person verb does ("Grace called").
    """
    if lower not in lex.everyday_words:
        return False
    listed = (
        lower in lex.first_names
        or lower in lex.surnames
        or lower in lex.broad_names
        or lower in lex.everyday_names
    )
    if not listed:
        return _PERSON_CUE.match(text, end) is None
    if AMBIGUOUS_NAME_CONTEXT.match(text, end):
        return False
    return _ABSTRACT_PREDICATE.match(text, end) is not None
