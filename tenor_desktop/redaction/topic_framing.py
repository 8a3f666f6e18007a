"""Frames that turn a topic phrase into something else: a story about it, or a sale of it.

A phrase of a topic right after one of these frames is no disclosure of that topic:

* a story: "a movie about a bank robbery", "a podcast on heroin", "a book where he gets
  arrested" (any category but SELF_HARM, which the risk view keeps whatever the frame);
* a sale: "selling weed", "dealing coke", "sold pills" are a criminal matter, and the
  client's own use is not told by them (SUBSTANCE_USE only).

A crime suffered is no criminal matter of the client's (CRIMINAL): "i got robbed", "someone
broke into my car", "fraud on my credit card", "a victim of identity theft".

Each frame is matched against the lowercased text just before the phrase (up to the end of
the frame, a few words back), like the negation check.
"""

from __future__ import annotations

import re

_STORY = re.compile(
    r"\b(?:movies?|films?|shows?|series|books?|novels?|podcasts?|documentar(?:y|ies)|articles?"
    r"|stor(?:y|ies)|episodes?|videos?|true crime|news|headlines?|report on|play)"
    r"\W+(?:about|on|where|in which|with)\W+(?:\w+\W+){0,5}$"
)
_SALE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|dealing|dealt|push(?:ing|ed)|moving|resell\w*)"
    r"\W+(?:(?:some|a little|a lot of|a bunch of|the|his|her|my|our|their)\W+)?$"
)

# Category -> frames after which its phrases do not count.
FRAMES: dict[str, tuple[re.Pattern[str], ...]] = {
    "IMMIGRATION": (_STORY,),
    "SEXUAL_CONTENT": (_STORY,),
    "ABUSE": (_STORY,),
    "SUBSTANCE_USE": (_STORY, _SALE),
    "CRIMINAL": (_STORY,),
}


def framed(category: str, sentence: str, start: int) -> bool:
    """Whether the phrase of ``category`` at ``start`` of ``sentence`` follows a frame."""
    frames = FRAMES.get(category)
    if not frames:
        return False
    low = max(0, start - 60)
    return any(frame.search(sentence, low, start) is not None for frame in frames)


# A crime suffered: robbed or scammed, broken into, a theft or fraud against one's own things
# (also a CRIMINAL look-alike in topic_look_alikes, so the embedding does not give it either).
VICTIM_PATTERN = (
    r"\b(?:(?:got|get|gets|getting|was|were|been|be)\W+(?:\w+\W+)?"
    r"(?:robbed|mugged|scammed|defrauded|burglarized|carjacked|stolen|broken into|vandalized"
    r"|keyed|hacked)"
    r"|(?:someone|somebody|they|people|a guy|some guy|thieves|kids)\W+(?:\w+\W+)?"
    r"(?:broke into|robbed|burglarized|stole from)\W+(?:\w+\W+)?(?:my|our|me|us)\b"
    r"|(?:identity|card|credit card|wallet|package|car|bike|mail) theft"
    r"|fraud (?:on|charges on|alert on|against) (?:my|our)\b|victims? of)"
)
_VICTIM = re.compile(VICTIM_PATTERN)


def suffered(sentence: str, start: int, end: int) -> bool:
    """Whether the criminal phrase at ``start:end`` of ``sentence`` tells a crime suffered."""
    return any(
        found.start() < end and start < found.end() + 12
        for found in _VICTIM.finditer(sentence, max(0, start - 60), min(len(sentence), end + 40))
    )


# A denial of self-harm, right before its phrase: "i've never hurt myself", "i've never
# thought about killing myself", "no thoughts of suicide", "not suicidal". An intent that is
# only negated ("i don't want to kill myself", "i'm not going to hurt myself") is no denial:
# it stays risk talk, and so does "i never want to wake up".
_DENIAL = re.compile(
    r"(?:\b(?:i'?ve|i have|i had|i'?d|i) never(?:\W+(?:ever|really|once|seriously|actually))?"
    r"(?:\W+(?:been|had|thought|tried|done|felt|attempted|wanted|considered|gone)"
    r"(?:\W+(?:about|of))?)?|\bno (?:thoughts?|history|plans?|intention) of|\b(?:not|no))\W*$"
)
_PRESENT_WISH = re.compile(r"(?:want|wish|wanna|hope|see)\b")


def denied(sentence: str, start: int) -> bool:
    """Whether the SELF_HARM phrase at ``start`` of ``sentence`` is denied, not told."""
    return (
        _PRESENT_WISH.match(sentence, start) is None
        and _DENIAL.search(sentence, max(0, start - 50), start) is not None
    )


# News about strangers, anywhere in the sentence: "they arrested somebody, it was all over the
# news", "there was an overdose in the news about some celebrity".
_NEWS = re.compile(
    r"\b(?:on|in|all over) the (?:local )?(?:news|radio)\b"
    r"|\b(?:news|headlines?) (?:about|that|said)\b"
    r"|\bthe news (?:is|was|keeps?|has been) (?:all )?(?:about|on)\b"
    r"|\b(?:saw|read|heard) (?:about (?:it |this )?)?(?:on|in) (?:the )?(?:paper|tv|facebook"
    r"|tiktok|instagram|my feed)\b"
)
# A joke told about the client: "my chef keeps joking he's gonna deport me back to the pit".
_JOKE = re.compile(r"\b(?:jok\w*|kidding|teas(?:e|es|ed|ing))\b\W+(?:\w+\W+){0,5}$")
# A stranger as the doer or the one taken: "somebody got arrested", "a guy at my gym got
# arrested", "they arrested some guy downtown" (CRIMINAL: no matter of the client's).
_STRANGER_BEFORE = re.compile(
    r"\b(?:some(?:body|one)|some (?:guy|girl|kid|man|woman|lady|dude|people)"
    r"|(?:a|this|some) (?:guy|girl|kid|man|woman|lady|dude) (?:at|from|in|on) (?:my|the|our"
    r"|his|her) \w+)\W+(?:\w+\W+){0,3}$"
)
_STRANGER_AFTER = re.compile(
    r"\W+(?:somebody|someone|some (?:guy|girl|kid|man|woman|dude)|a (?:guy|man|woman|kid))\b"
)
# The client's own threat or wish, said in anger: "i could have strangled my sister", "i'm
# gonna kill him" (ABUSE is what someone did to someone, not a figure of speech).
_OWN_THREAT = re.compile(
    r"\bi(?:'d| would| could| might)(?:'ve| have)?\W+(?:\w+\W+)?$"
    r"|\bi(?:'m| am)? (?:gonna|going to)\W+(?:\w+\W+)?$|\bi (?:wanted|want|wanna) to\W+$"
)
# A likeness, not a blow: "it felt like a horse kicked me", "as if someone punched me".
_SIMILE = re.compile(
    r"\b(?:like|as if|as though) (?:a|an|the|someone|somebody|something) (?:\w+ ){0,2}$"
)
# "threw me a party", "threw me a curveball", "threw me off", "threw me under the bus" (not
# "threw me off the porch").
_THREW_FOR = re.compile(
    r"\W+(?:(?:a|an)\W+(?:\w+\W+){0,2}?(?:party|shower|surprise|celebration|dinner|bone"
    r"|curve ?ball|lifeline|bbq|barbecue|cookout)\b"
    r"|off\b(?!\W+(?:the|a|an|his|her|my|our|their|of)\b)|under the bus|for a loop)"
)
# "pushed me to apply", "pushed me into taking the job": urging, not a shove.
_URGED = re.compile(r"\W+(?:to (?!the\b|a\b|my\b|his\b|her\b)\w+|into (?:\w+ing)\b)")
# "wanted to die of embarrassment", "dying laughing" (SELF_HARM figures of speech).
_DIE_OF = re.compile(r"\W+(?:of (?:embarrassment|shame|boredom|laughter|laughing|cringe)|laughing)")
_DIE = re.compile(r"\b(?:die|died|dying|dead)\b")
# "i'm killing myself applying to jobs": working oneself hard, said with a gerund.
_KILLING_ONESELF = re.compile(r"\bkill(?:ing)? myself$")
_AT_WORK = re.compile(
    r"\W+(?!(?:being|feeling|hoping|thinking|wanting|wishing|planning|trying to die)\b)\w+ing\b"
)
# A clean record told: "i've never been convicted of a felony", "never been charged with
# anything like a dui" (CRIMINAL; the plain negation only reaches two words back).
_RECORD_DENIED = re.compile(
    r"\bnever (?:once )?(?:been|got|gotten|was|were) (?:arrested|convicted|charged|booked"
    r"|in trouble|locked up)\b(?:\W+\w+){0,4}\W*$"
)
# Small things taken, said in play: "i stole a fry off his plate", "she stole the show".
_TRIFLE = re.compile(
    r"\W+(?:(?:a|an|the|some|one|his|her|their|my|your)\W+)?(?:\w+\W+)?(?:fry|fries|bite|sip"
    r"|kiss|glance|look|nap|moment|minutes?|seconds?|show|spotlight|base|joke|heart|thunder"
    r"|blanket|covers|seat|parking spot|hoodie|sweater|charger)\b"
    # a person "stolen" away: custody, a lover ("he says i stole his son"; not "his son's bike")
    r"|\W+(?:his|her|my|their|your|our) (?:son|daughter|kids?|children|baby|wife|husband"
    r"|girlfriend|boyfriend|man|girl)\b(?!'s)"
)
# A thing put away, not a person jailed: "is the pistol locked up now?", "can the pills be
# locked up tonight?", "he keeps it locked up", "she locked up all the pills" (lethal means
# stored, which the classifier reads as SELF_HARM once CRIMINAL's phrase no longer places it).
_THINGS = (
    r"guns?|firearms?|pistols?|rifles?|shotguns?|handguns?|revolvers?|ammo|ammunition"
    r"|knives|razors?|blades|meds|medications?|medicines?|pills|prescriptions?|bottles?"
    r"|alcohol|liquor|keys"
)
_STORED_BEFORE = re.compile(
    r"\b(?:" + _THINGS + r"|it|them|everything)\W+(?:(?:is|are|was|were|be|been|being"
    r"|stays?|stayed|kept|gets?|got|all|still|now|safely)\W+){0,2}$"
)
_STORED_AFTER = re.compile(
    r"\W+(?:(?:all|the|my|his|her|your|their|those|these|our|any|every|some)\W+){0,2}"
    r"(?:(?!for\b|in\b|at\b|with\b|on\b|since\b|after\b|again\b)\w+\W+)?(?:" + _THINGS + r")\b"
)
# Treatment for opioid use taken as prescribed: "i'm on a hundred of methadone now", "i take my
# suboxone every morning", "the methadone clinic" (the use it treats is told by other words).
_TREATMENT = re.compile(r"(?:methadone|suboxone|subutex|buprenorphine|vivitrol|naltrexone)$")
_ON_TREATMENT = re.compile(
    r"(?:\b(?:i'?m|i am|been|started|start|stay\w*|back|still|was|put me) on (?:a |my |the )?"
    r"(?:\w+\W+){0,3}?(?:of )?|\bmy |\b(?:take|takes|taking|took|dose of|dosed on|prescribed)"
    r" (?:my )?)$"
)
_TREATMENT_AFTER = re.compile(r"\W+(?:clinic|program|dose|doses|maintenance|take-?homes|doctor)\b")
# A crowd, not the client, drinking or using: "everyone was drinking, it was a normal party".
_CROWD = re.compile(
    r"\b(?:everyone|everybody|people|folks|the (?:adults|grown-?ups|guests|parents)"
    r"|all (?:the|my) (?:adults|friends|guests|cousins))\W+(?:was|were|is|are|kept)?\W*$"
)


def figurative(category: str, sentence: str, start: int, end: int) -> bool:
    """Whether the phrase of ``category`` at ``start:end`` is news, a joke or a figure of speech.

    SELF_HARM keeps every phrase but the plainest figures ("die of embarrassment"): the risk
    view must see news of a suicide the client dwells on.
    """
    after = sentence[end : end + 40]
    if category == "SELF_HARM":
        if _KILLING_ONESELF.search(sentence, start, end) is not None:
            return _AT_WORK.match(after) is not None
        return _DIE.search(sentence, start, end) is not None and _DIE_OF.match(after) is not None
    before = sentence[max(0, start - 60) : start]
    if _NEWS.search(sentence) is not None or _JOKE.search(before) is not None:
        return True
    if category == "SUBSTANCE_USE" and _CROWD.search(before) is not None:
        return True
    if category == "SUBSTANCE_USE" and _TREATMENT.search(sentence, start, end) is not None:
        return _ON_TREATMENT.search(before) is not None or bool(_TREATMENT_AFTER.match(after))
    if category == "CRIMINAL":
        if _RECORD_DENIED.search(sentence, 0, start) is not None:
            return True
        if sentence[start:end].startswith(("stole", "steal")) and _TRIFLE.match(after):
            return True
        if sentence[start:end] == "locked up" and (
            _STORED_BEFORE.search(before) is not None or _STORED_AFTER.match(after) is not None
        ):
            return True
        return _STRANGER_BEFORE.search(before) is not None or bool(_STRANGER_AFTER.match(after))
    if category == "ABUSE":
        if after.startswith(("'s", "\u2019s")) or _OWN_THREAT.search(before) is not None:
            return True
        if _SIMILE.search(before) is not None:
            return True
        if sentence[start:end].startswith("threw") and _THREW_FOR.match(after) is not None:
            return True
        return sentence[start:end].startswith("push") and _URGED.match(after) is not None
    return False


# A denial that is the whole statement: "no, i've never hit anyone", "i don't use drugs and i
# never have", "nobody's ever touched me like that". The embedding cannot read the negation,
# so a denied sentence gets no embedding-only topic (SELF_HARM excepted: see denied()). Not
# when the sentence turns ("... but", "until"), nor a secret kept ("i never told anyone").
_DENIAL_OPENING = re.compile(
    r"^(?:(?:no|nope|nah|honestly|um|uh|well|oh|okay)\W+)*"
    r"(?:(?:i|we)(?:'ve| have| had|'d| would)? never\b"
    r"|(?:i|we) (?:don'?t|do not|didn'?t|did not) (?:ever )?(?:do|use|drink|smoke|vape|take"
    r"|touch|cheat|steal|hit|gamble)\b"
    r"|(?:nobody|no one)(?:'s| has)? ever\b|not (?:once|ever)\b)"
)
_DENIAL_TURNS = re.compile(
    r"\b(?:but|until|till|before|after|except|though|although|unless|anymore|any more|again"
    r"|since|because|cause"
    r"|if|when|so|told|tell|said|say|reported|report|admit\w*|knew|know|realized|understand"
    r"|remember|want\w*|wish\w*|stop\w*|quit|lately|used to|without|choice|allowed|let|made"
    r"|make|makes|forc\w*|who|where|what|went back|left|leave|expired|ran out)\b"
)


def denial_only(sentence: str) -> bool:
    """Whether the (lowercased) ``sentence`` is a plain denial of an act, nothing else."""
    return _DENIAL_OPENING.match(sentence) is not None and _DENIAL_TURNS.search(sentence) is None


# Legal status told as settled: "i'm a citizen, i was born at tucson medical", "my parents
# came over on a tourist visa and loved it here", "i have to renew my passport for the trip",
# a card or visa renewed, a citizenship test passed. No IMMIGRATION then, neither from the
# embedding nor from a phrase, unless the sentence turns to a lapse, a fear or a loss.
_SETTLED = re.compile(
    r"(?<!not )(?<!n't )\b(?:i'?m|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re"
    r"|they are|is|are) (?:an? )?(?:(?:american|us|u\.s\.|naturali[sz]ed) )?citizens?\b"
    r"|\b(?:was|were|been) born (?:here|at|in (?:this country|the (?:us|u\.s\.|states)))\b"
    r"|\bon (?:a|an|their|his|her|my) (?:tourist|visitor|student|exchange) visa\b"
    r"|\brenew (?:my|our|his|her|their) passports?\b"
    # granted, renewed or passed ("her h-1b was renewed last month", "my cousin passed her
    # citizenship interview", "i have my green card, it's legit", "she's here legally")
    r"|\b(?:green cards?|visas?|h-?1bs?|work permits?|residency|passports?)\W+(?:\w+\W+){0,3}?"
    r"(?:renewed|approved|came (?:in|through))\b"
    r"|\b(?:pass(?:ed|es|ing)?|doing|taking|studying for) (?:my|his|her|their|the|our)"
    r" citizenship (?:test|interview|exam)\b"
    r"|(?<!not )(?<!n't )(?<!never )\b(?:here|is|are|came) legally\b|\bit'?s legit\b"
)
_UNSETTLED = re.compile(
    r"\b(?:but|though|although|except|unless|if|expired?|ran out|runs? out|overstay\w*|stayed"
    r"|never|undocumented|papers|deport\w*|afraid|scared|worried|can'?t|cannot|won'?t|denied"
    r"|lost|lose|losing|status|sponsor|hearing|ice|border|crossed|not|\w+n't)\b"
)


def status_settled(sentence: str) -> bool:
    """Whether the (lowercased) ``sentence`` tells a legal status as settled, nothing else."""
    return _SETTLED.search(sentence) is not None and _UNSETTLED.search(sentence) is None
