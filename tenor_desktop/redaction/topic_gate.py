"""Which sentences are worth a MiniLM embedding: the semantic fields of the built-in topics.

Embedding a sentence costs about 2 ms of CPU (int8 graph), as much as the whole identifier
pass spends on it, so only sentences holding a word from one of the topics' semantic fields
are embedded: death and harm, the body and sex, drink and drugs, violence and control,
police and courts, borders and papers. The fields are deliberately broad (a word that is
only sometimes about a topic still opens the gate); the embedding then decides. About a
third of the statements in ordinary session transcripts pass.

Indirect, everyday wording often holds no such word ("i want to go to sleep and never open
my eyes again"). ``opens_gate`` also lets a statement through when the static scorer
(``topic_static``: wordpiece logits, no encoder, about a hundredth of an embedding) gives the
built-in topics together at least STATIC_BAR; the embedding rule then decides as for any other
sentence. When only built-in topics are looked for, a statement with a field word that the
scorer finds unlikely (under STATIC_FLOOR) is not embedded either. The scorer knows only the
built-in topics: with a custom category enabled the word gate opens as before (the scorer can
only add to it).

The field words and the wordpiece mean miss much indirect wording and let through much
ordinary talk that happens to hold a field word: over the tunable transcripts the classifier
was trained on, about half of the missed topic sentences were never sent to it; on sets it never
saw (training19-24, stop 25) 35% were, and 58% were sent and rejected
(bench/topic_gate_misses.py).
With only built-in topics looked for, ``opens_gate`` can ask the hashed word n-gram scorer
(``topic_static_ngrams``: words and word pairs, a few microseconds) first: at least NGRAM_BAR
sends the statement to the encoder, under NGRAM_FLOOR keeps it away, and in between the field
words and the wordpiece scorer decide as before. Off for now (see NGRAM_FLOOR).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from tenor_desktop.redaction.topic_static import StaticTopicScorer
from tenor_desktop.redaction.topic_static_ngrams import NgramTopicScorer

T = TypeVar("T")

# P(some built-in topic) from the static scorer that sends a statement without a field word
# to the encoder (above 1.0: never).
STATIC_BAR = 0.95
# ... and below which it keeps a statement with a field word from the encoder (0: never), when
# only built-in topics are looked for (``builtin_only``). Together, over the eight tunable
# transcript sets held out one at a time (head, bank and scorer rebuilt without the set,
# bench/topic_static_folds.py): 0.497/0.726 -> 0.504/0.731 (845 gold), 9% fewer embedded
# windows. A bar of 0.9 found 2 more and fired 13 more; a floor of 0.4, 3 more and 11 more.
STATIC_FLOOR = 0.5
# P(some built-in topic) from the hashed word n-gram scorer (``topic_static_ngrams``) that sends
# a statement to the encoder when only built-in topics are looked for (above 1.0: off) ...
NGRAM_BAR = 1.01
# ... and under which it keeps a statement from the encoder whatever its words (0: never).
# Off. At bar 0.55 and floor 0.25, over the 34 annotated tunable transcript sets held out one
# at a time (n-gram scorer trained without the set, bench/topic_static_ngram_folds.py; the
# classifier is the committed one): 0.666/0.866 -> 0.711/0.868 (6,892 gold), classifier
# windows 11,733 -> 11,644; on the six sets the classifier never saw (training19-24)
# 0.529/0.800 -> 0.557/0.797; dev x3 as live segments (bench/topic_gate_cost.py) 465 -> 369
# classifier windows, PHI+topics throughput x1.053 (paired median). But the judged
# aggregates (bench/topic_judged.py, one look): transcripts pooled 0.802/0.642 ->
# 0.814/0.609 (2 more found, 13 more false spans: fresh4, fresh5), fresh sentences
# 0.767/0.958 -> 0.833/0.962, blind sentences 0.924/0.948 -> 0.918/0.954, held-out and fresh2
# sentences equal: the extra sentences it sends are read by a classifier less sure of them
# out of sample. Bar 0.6 with floor 0.2: 0.708/0.867 and 11,722 windows over the folds; bar
# 0.5 with floor 0.3: 0.712/0.867, 11,733; no floor, bar 0.6: 0.745/0.878 against
# 0.698/0.876 with 13% more windows (28 sets).
NGRAM_FLOOR = 0.0
# With NGRAM_ALONE the n-gram scorer is the only way in for built-in topics (the field words
# and the wordpiece scorer are not asked): at 0.45, 0.705/0.868 with 11,433 windows over the
# same folds, at 0.42 0.710/0.868 with 12,709.
NGRAM_ALONE = False

_FIELDS = (
    # death, harm, ending, giving up
    r"die|dies|dying|died|dead|death|kill\w*|suicid\w*|alive|live|living|exist\w*|gone|end|ends"
    r"|ending|ended|disappear\w*|hurt\w*|harm\w*|cut|cuts|cutting|blade|razor|knife|bleed\w*|bled"
    r"|blood|scars?|burn\w*|pills?|overdos\w*|jump\w*|bridge|roof|ledge|train|gun|rifle|pistol"
    r"|rope|noose|neck|wake|funeral|goodbye|letters?|note|burden|point|plan|worth"
    r"|anymore|without me|better off|punish\w*|starv\w*|crash\w*|attempt\w*|deserve|swerv\w*"
    r"|traffic|being here|be here|enough|tired of|done with|breathe|overdo\w*"
    # sex, bodies, intimacy
    r"|sex\w*|bed|naked|nude\w*|slept|sleep(?:ing)? with|hook\w*|body|touch\w*|kiss\w*|intima\w*"
    r"|porn\w*|affair|cheat\w*|partners?|virgin\w*|condom|protection|pics|photos|pictures"
    r"|videos?|cam|onlyfans|escort|strip\w*|fantas\w*|libido|turned on|aroused|orgasm\w*"
    r"|undress\w*|toys?|kink\w*|bondage|tied|dating app|grindr|tinder|one night|messing around"
    r"|fooling around|massage|private|spicy|bathroom|went further|in the car|ex|girls?|guys?"
    # drink and drugs
    r"|drink\w*|drank|drunk|alcohol\w*|beers?|wine|vodka|whiskey|tequila|liquor|bottles?|shots?"
    r"|bar|hangover|hungover|high|stoned|weed|pot|joint|blunt|pen|vap\w*|smok\w*|drugs?|dealer"
    r"|using|clean|sober\w*|relaps\w*|rehab|meth\w*|coke|cocaine|crack|heroin|fentanyl"
    r"|oxy\w*|percs?|xanax|adderall|benzos?|molly|acid|shrooms|edibles?|snort\w*|line|lines"
    r"|bumps?|dose|doses|prescri\w*|painkillers?|buzz|wasted|binge|bender|glass\w*|eighth"
    r"|needle|woke up|passed out|no idea how|get through|come down|party\w*|stranger\w*|thc"
    # violence, control, neglect
    r"|hit|hits|hitting|beat\w*|slap\w*|smack\w*|punch\w*|kick\w*|chok\w*|strangl\w*|push\w*"
    r"|shov\w*|grab\w*|threw|throw\w*|drag\w*|pinn?\w*|lock\w*|scream\w*|yell\w*|bruis\w*|belt"
    r"|broke|broken|hospital|afraid|scared|terrified|forced|force|made me"
    r"|threat\w*|control\w*|won't let|wouldn't let|feed|fed|hungry|secret|abus\w*|rape\w*|molest\w*"
    r"|wall|worthless|chest|food|neck|throat|at night|my room|make me pay|find me"
    r"|if i (?:ever )?le(?:ft|ave)|allowance|boots?|boyfriend|girlfriend|stepdad\w*|stepmom\w*"
    r"|uncle|babysitter|coach"
    # police, courts, crime, money taken
    r"|police|cops?|arrest\w*|jail|prison|court\w*|charg\w*|judge|lawyer|trial|bail|warrant"
    r"|probation|parole|plea|sentence\w*|booked|st[eo]al\w*|stole\w*|caught|crime|criminal"
    r"|illegal\w*|sell\w*|sold|deal\w*|fight|fought|rob\w*|fraud|forg\w*|checks?"
    r"|cash|credit card|fire|broke into|break\w* in|car|cars"
    r"|license|record|county|locked up|owe|inside|burglar\w*|snuck|sneak\w*|resell\w*|took"
    r"|pawn\w*|court date|laptop|stockroom"
    # borders, status, papers
    r"|border|country|countries|papers|paperwork|documents?|documented|undocumented|visa|status"
    r"|citizen\w*|green card|residen\w*|deport\w*|immigra\w*|migra|asylum|refugee|sent back"
    r"|back home|legal\w*|permit|agents?|ice|detain\w*|detention|crossed"
    r"|across|entry|social security|removal|protection|limbo|appeal|plane home|medicaid|flag"
    r"|van|hid\w*|raid\w*|lawyer"
    # the act left unnamed: sex, using, hurting, taking, ending, staying ("one thing led to
    # another" is not listed: a sentence needs some word of the field)
    r"|that way|bedroom|stay(?:ed|ing)? the night|spent the night|stayed over|physical"
    r"|(?:sleep|sleeps|sleeping|slept) together|stay hard|get hard|erect\w*|impoten\w*"
    r"|bourbons?|margaritas?|seltzers?|tall ?boys|fireball|gin|scotch"
    r"|(?:six|twelve|6|12|eighteen|thirty)[- ]?packs?|a fifth|blues|zips|plug|tina|drown\w*"
    r"|held me (?:under|down)"
    r"|no strings|adult (?:sites?|videos?|stuff|content)|(?:his|her|their) place|went home with"
    r"|edge off|the stuff|messed up|out of it|knock(?:ed)? (?:me|myself) out|buzzed|tipsy"
    r"|faded|cold ones|first one|nightcap|shakes|shaky|withdraw\w*|detox|in my system"
    r"|marks|hands on|temper|believe me|corner\w*|in my face|cord|hanger|closet|lap|sleeves"
    r"|eggshells|cover(?:ed)? (?:it )?up|tell anyone|told anyone"
    r"|picked up|pulled over|community service|purse|wallet|without (?:her|his|their|them|him)"
    r" knowing|behind (?:her|his|their) back|ankle monitor|public defender|plead\w*"
    r"|no questions|under the table"
    r"|wheel|balcony|edge|(?:wasn'?t|weren'?t|not|isn'?t) around|lighter|scissors|tub"
    r"|how much|giv(?:e|ing) away|gave away|for after|make it to|ever again|relieved"
    r"|letting go|over with|stop hurting|the pain stop|waking|unaliv\w*|miss me|notice if"
    r"|giv(?:e|ing|en) (?:\w+ ){1,3}away"
    r"|born here|(?:let|get|got|come|coming) back in|uniform|tourist|stamps?|never left"
    r"|split up|check[- ]?in|coyote|river|desert|naturaliz\w*|petition\w*|biometrics?|daca"
    r"|can stay|stay here|allowed to stay|sent away|fly (?:him|her|them|me) out|sponsor\w*"
    # control and punishment told without a blow ("he makes me ask permission", "he tracks
    # my phone", "made us kneel"), a habit on the arms, a night spent with someone
    r"|permission|track(?:s|ed|ing)? my|goes through my|go through my|went through my"
    r"|check(?:s|ed|ing)? my (?:phone|messages|texts|email)|forc(?:es|ing)|(?:him|her)self on"
    r"|made (?:us|me)|makes (?:us|me)|kneel\w*|old habit|on my (?:arms|wrists|thighs|legs)"
    r"|spend the night|spending the night"
    # street words for using and stealing
    r"|jammed|popped|boost\w*|crew|break-?ins?|scripts|geeked|tweak\w*|nodd\w*"
    r"|picked up again|out of status"
    # the act left to a pronoun: what someone did to me, coming in at night, flinching, a
    # sleep not woken from, a last use, a night that went further, time inside
    r"|to me|to us|doing to|did to|come in|came in|flinch\w*|asleep|last used|since i used"
    r"|(?:did|does|do|doing) (?:that|this|it|the same|those things) to"
    r"|did it again|lined up|ways to|go too long|stayed over|led to another|fool\w* around"
    r"|clothes off|no memory|bracelet|monitor|knock|supposed to be here|said no|believed me"
    r"|get me more|what i did|hotel|motel"
    # the aftermath and the wish told around it: a pumped stomach, a hold, the er, scars
    r"|stomach|pumped|the er|icu|psych|(?:a|on|72 hour) hold|inpatient|stitches|sharpener"
    r"|give up|gave up"
    # papers told around: a consulate, a name that isn't yours, a traffic stop, on paper
    r"|consulate|embassy|on paper|someone else'?s name|cousin'?s name|fake (?:id|name)"
    r"|traffic stop|bank account|where i stand|got taken|was taken|were taken"
    r"|no way out|can'?t do this|kms|sleep forever|check out|whole bottle|all of them"
)
# Matched against the lowercased sentence (the fields are lowercase): about 7x faster than
# IGNORECASE on this many alternatives.
_GATE = re.compile(r"\b(?:" + _FIELDS + r")\b")

# Whether a word that names a topic outright opens the gate even where the static scorer finds
# the statement unlikely (under STATIC_FLOOR) or it holds no field word ("shotgun").
NAMED_OPENS = True
# Words that name a topic outright, not a field around it: a firearm, a harm done to oneself,
# an arrest or its supervision, abuse and assault by name, sex named, removal and status papers,
# a drug by name. The floor shut them in questions and reflections ("do you keep any firearms
# at home?", "is part of that a fear he might hurt himself?", "those are forms of coercive
# control", "he asked for pics"), which the classifier reads well when sent.
_NAMED = (
    r"guns?|firearms?|pistols?|rifles?|shotguns?|handguns?|revolvers?|ammo|ammunition|bullets?"
    r"|suicid\w*|overdos\w*|self[- ]harm\w*"
    r"|(?:hurt|hurting|harm|harming|kill|killing) (?:my|him|her|them|your)sel(?:f|ves)"
    r"|police report|arrest\w*|probation|parole|felon\w*|misdemeanor|dui|dwi"
    r"|coerci\w*|abus\w*|assault\w*|molest\w*|rap(?:e|ed|ing|ist)"
    r"|sex|sexual\w*|sext(?:s|ed|ing|ort\w*)?|sexy|nudes?|pics"
    r"|deport\w*|detain\w*|asylum|visas?|green card|undocumented|immigration"
    r"|drunk|weed|cocaine|heroin|fentanyl|meth"
)
_NAMED_CUE = re.compile(r"\b(?:" + _NAMED + r")\b")


def names_topic(sentence: str) -> bool:
    """Whether ``sentence`` holds a word that names a built-in topic outright (``_NAMED``)."""
    return NAMED_OPENS and _NAMED_CUE.search(sentence.lower()) is not None


def worth_embedding(sentence: str) -> bool:
    """Whether ``sentence`` holds a word from one of the built-in topics' semantic fields."""
    return _GATE.search(sentence.lower()) is not None


class _LoadedOnce(Generic[T]):
    """A committed scorer, read and verified at its first use; benches may swap it."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._value: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._load()
            return self._value

    def replace(self, value: T | None) -> T | None:
        with self._lock:
            previous, self._value = self._value, value
        return previous


_STATIC = _LoadedOnce(StaticTopicScorer.load)
_NGRAMS = _LoadedOnce(NgramTopicScorer.load)


def static_scorer() -> StaticTopicScorer:
    """The committed static scorer, read and verified once (RedactionConfigError if damaged)."""
    return _STATIC.get()


def use_static_scorer(scorer: StaticTopicScorer | None) -> StaticTopicScorer | None:
    """Replace the scorer ``opens_gate`` consults (benches' held-out folds); returns the old
    one (None: the committed one is read again at the next use)."""
    return _STATIC.replace(scorer)


def ngram_scorer() -> NgramTopicScorer:
    """The committed n-gram scorer, read and verified once (RedactionConfigError if damaged)."""
    return _NGRAMS.get()


def use_ngram_scorer(scorer: NgramTopicScorer | None) -> NgramTopicScorer | None:
    """Replace the n-gram scorer ``opens_gate`` consults (benches' held-out folds); returns the
    old one (None: the committed one is read again at the next use)."""
    return _NGRAMS.replace(scorer)


def opens_gate(sentence: str, *, builtin_only: bool = False) -> bool:
    """Whether a statement is embedded: a field word, or a likely topic to the static scorer
    (with ``builtin_only``, a field word in a statement the scorer finds unlikely enough,
    under STATIC_FLOOR, is not enough), or a word naming a topic outright (``names_topic``,
    whatever the scorer says). With ``builtin_only`` the n-gram scorer decides first
    when it is sure either way (NGRAM_BAR, NGRAM_FLOOR).

    With ``builtin_only`` the scorer is asked first: it costs less than the field search
    (about 20 against 30 microseconds a sentence), which is then needed only between the
    floor and the bar.
    """
    if builtin_only and (NGRAM_BAR <= 1.0 or NGRAM_FLOOR > 0.0):
        told = ngram_scorer().topic_probability(sentence)
        if told >= NGRAM_BAR:
            return True
        if NGRAM_ALONE or told < NGRAM_FLOOR:
            return False
    if builtin_only and STATIC_FLOOR > 0.0:
        likely = static_scorer().topic_probability(sentence)
        if likely >= STATIC_BAR:
            return True
        if likely < STATIC_FLOOR:
            return names_topic(sentence)
        return _GATE.search(sentence.lower()) is not None or names_topic(sentence)
    if _GATE.search(sentence.lower()) is not None or names_topic(sentence):
        return True
    return STATIC_BAR <= 1.0 and static_scorer().topic_probability(sentence) >= STATIC_BAR
