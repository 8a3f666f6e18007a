"""Built-in sensitive-topic categories: trigger phrases and example sentences.

Phrases are regular expressions matched case-insensitively at word boundaries; the example
sentences seed the embedding similarity. Both describe acts and disclosures, not mere mentions
("the court date" is not a criminal disclosure, "I take 10 mg of Lexapro" is not substance use).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tenor_desktop.redaction.topic_cues import (
    NOT_A_GAME,
    NOT_HER_THINGS,
    SPOKEN_PHRASES,
)
from tenor_desktop.redaction.topic_examples import SPOKEN_EXAMPLES
from tenor_desktop.redaction.topic_indirect import INDIRECT_EXAMPLES
from tenor_desktop.redaction.topic_look_alikes import LOOK_ALIKES
from tenor_desktop.redaction.topic_prototypes import EXTRA_EXAMPLES, EXTRA_PHRASES

# After a drinking word: not when what is drunk, up to three words on, is no alcohol ("drinking
# more water", "drink way too much coffee").
NOT_ALCOHOL = (
    r"(?!\W+(?:\w+\W+){0,3}?(?:water|coffee|tea|juice|soda|pop|milk|smoothies?|shakes?"
    r"|energy drinks?|gatorade|kombucha|caffeine|espresso|lattes?|lemonade)\b)"
)
# After a burn to oneself: a kitchen or styling accident ("burned myself on the stove").
NOT_KITCHEN = (
    r"(?!\W+(?:\w+\W+){0,3}?(?:on (?:the|a) (?:stove|oven|pan|grill|iron|kettle|toaster|pot)"
    r"|cooking|baking|making|ironing|with (?:the|a|my) (?:curling iron|straightener|hair dryer)))"
)
# After a cut to oneself: an accident is no self-harm ("cut myself shaving", "... on a can").
NOT_ACCIDENT = (
    r"(?!\W+(?:\w+\W+){0,2}?(?:shaving|chopping|cooking|slicing|peeling|opening|by accident"
    r"|accidentally|on (?:a|the|some) (?:broken )?(?:glass|can|paper|fence|nail|lid|box|bottle"
    r"|mirror|window|tin|knife)))"
)


@dataclass(frozen=True, slots=True)
class TopicCategory:
    """A topic the clinician can redact: its name, replacement wording, phrases and examples.

    ``look_alikes`` are everyday idioms with the topic's words ("too hard on myself"): a
    sentence holding one gets the category only from a phrase, never from the embedding.
    """

    name: str
    display: str
    phrases: tuple[str, ...]
    examples: tuple[str, ...] = ()
    look_alikes: tuple[str, ...] = ()


BUILTIN_CATEGORIES: tuple[TopicCategory, ...] = (
    TopicCategory(
        "IMMIGRATION",
        "immigration status",
        (
            r"asylum",
            r"deport(?:ed|ation|ing)?",
            r"immigration (?:status|court|lawyer|hearing|case|raid|officers?|agents?|judge)",
            r"undocumented",
            r"green cards?",
            r"\w-1b?\s+status",
            r"uscis",
            r"border patrol",
            r"crossed the border",
            r"no papers",
            r"illegal(?:ly)? (?:immigrant|alien)",
            r"daca",
            r"refugees?",
            r"detention center",
            r"overstay(?:ed)?",
            r"picked up by ice",
            # the agency, not frozen water ("ice on my ankle", "ice cream")
            r"ice (?:agents?|officers?|raids?|came|comes|took|takes|picked|showed|shows|detain\w*"
            r"|arrest\w*|knock\w*|vans?|trucks?|check\w*|got|get|will|could|might)"
            r"|(?:by|from|to|of|call(?:ed)?|with) ice(?! (?:cream|cubes?|skat\w*|rinks?|packs?|bath"
            r"|water|tea|hockey|pops?|maker|storm|chips|on (?:my|his|her|your|it"
            r"|the (?:road|sidewalk|steps|driveway|porch|lake|pond|windshield|stairs))))\b",
            r"citizenship (?:test|application|interview)",
            r"work permit",
            r"visa (?:expired|ran out|status)",
        ),
        (
            "My asylum hearing is next month and I might be sent back.",
            "I don't have papers, I came across the border when I was a kid.",
            "Immigration agents detained my uncle at work.",
            "My visa expires soon and I'm afraid I'll have to leave the country.",
            "We are undocumented and afraid of being deported.",
            "My green card application was denied.",
            "I'm scared ICE will show up at our door one night.",
            "My parents are not citizens and could be sent back any day.",
            "I overstayed my visa and I'm afraid to go to the doctor.",
        ),
    ),
    TopicCategory(
        "SEXUAL_CONTENT",
        "sexual content",
        (
            r"masturbat\w*",
            r"oral sex",
            r"had sex",
            r"having sex",
            r"intercourse",
            r"orgasm\w*",
            r"porn(?<!food porn)\w*",
            r"naked(?<!feel naked)(?<!felt naked)(?<!feels naked)",
            r"nudes?",
            r"undress\w*",
            r"erection",
            r"genital\w*",
            r"penis",
            r"vagina\w*",
            r"sexting",
            r"sex tape",
            r"hooked up with",
            r"slept with(?! (?:the|my|a|his|her) (?:lights?|tv|phone|door|window|fan|dog|cat|baby"
            r"|kids?|teddy|blanket|pillow|radio|music)\b)",
            r"threesome",
            r"with (?:his|her) mouth",
            r"sexual fantas\w+",
            r"explicit (?:photos|pictures|videos)",
        ),
        (
            "She described in detail what they did in bed together.",
            "I filmed myself doing sexual things for money online.",
            "We had sex in the car after the party.",
            "He sent me naked pictures of himself.",
            "I keep thinking about our sex life and what he likes in bed.",
            "We've been sexting late at night and sending photos.",
            "He wanted me to do things in bed I wasn't comfortable with.",
            "I watch porn for hours every night.",
        ),
    ),
    TopicCategory(
        "ABUSE",
        "abuse",
        (
            r"(?:hit|hits|hitting|beat|beats|beating|slap|slapped|slaps|slapping|punch|punched|"
            r"punches|kick|kicked|kicks|choke|choked|chokes|strangled|shove|shoved|pushed|"
            r"grabbed|threw) (?:me|him|her" + NOT_HER_THINGS + r"|them|us|the kids|(?:my|his) "
            r"(?!head|face|hands?|arms?|legs?|knees?|foot|feet|car|phone|ball|wall"
            r"|vape|pen|bong|pipe|joint|blunt|bowl|dab|pillow|shoes?|bag|keys|cup|mug|plate"
            r"|glass|books?|laptop|remote|controller|desk|table|chair|door|bike|tires?"
            r"|blanket|clothes|stuff|things|food|drink|personal|record|time|score|best"
            r"|stream|page|site|website|profile|dashboard|inbox|dms|channel|feed)\w+)" + NOT_A_GAME,
            r"choked(?! (?:on|up|during|at|under|in (?:the|my) (?:interview|game|exam)))",
            r"strangl\w+",
            r"molest\w*",
            r"raped?",
            r"raping",
            r"sexual(?:ly)? assault\w*",
            # "substance abuse" is substance use
            r"abus(?<!substance abus)(?<!alcohol abus)(?<!drug abus)(?:e|ed|ing|ive)"
            r"(?! (?:drugs|alcohol|pills|substances|my (?:meds|medication|prescriptions?)))",
            r"spank\w*",
            r"domestic violence",
            # not feelings ("it really hurt me when she didn't call")
            r"hurt me(?<!it hurt me)(?<!really hurt me)(?<!that hurt me)(?<!kind of hurt me)"
            r"(?! (?:when|that|to|so much|a lot|deeply|emotionally|by|more|the most)\b)",
            r"with a belt",
            r"bruises? shaped",
            r"touched me(?<!really touched me)(?<!deeply touched me)(?<!it touched me)"
            r"(?<!that touched me)(?<!so touched me)(?! (?:deeply|so much))",
            # a child or a charge neglected, not "i neglected my friends"
            r"(?:was|were|been|got|felt) neglected|neglected (?:me|us|the kids|(?:my|his|her) "
            r"(?:kids|children|son|daughter|baby))"
            r"|neglect(?:ful)? (?:parents?|home|as a kid|growing up)|child neglect|neglectful",
            r"beat my mom",
        ),
        (
            "My father used to hit us when he was angry.",
            "He grabbed me by the throat and slammed me into the wall.",
            "My stepdad touched me when I was little.",
            "Her boyfriend beats the kids when they cry.",
            "He forced himself on me after the party.",
            "She slapped me in front of everyone and locked me out of the house.",
            "He would lock me in my room for days and not feed me.",
            "My mom's boyfriend hurt me when no one else was home.",
            "She screams at the children and throws things at them.",
        ),
    ),
    TopicCategory(
        "SUBSTANCE_USE",
        "substance use",
        (
            r"drinking" + NOT_ALCOHOL,
            r"drunk(?! drivers?)",
            # one drink with a meal or at a party is no disclosure ("a glass of wine at dinner")
            r"(?:beers?|wine|vodka|whiskey|tequila|rum|booze|bourbons?)\b(?<!root beer)"
            r"(?<!ginger beer)(?<!communion wine)"
            r"(?<!\ba beer)(?<!\bone beer)(?<!glass of wine)(?<!glasses of wine)(?<!glass of beer)"
            r"(?! (?:tasting|glass(?:es)?|country|vinegar|cellar|opener|cake)"
            r"|(?: \w+)? (?:at|with) (?:dinner|lunch|brunch)\b)",
            r"a few shots(?! of espresso)",
            r"tall ?boys\b",
            r"shots of (?:fireball|whiske?y|tequila|vodka|jack|jameson|rum|gin|bourbon|liquor"
            r"|patron|hennessy|henny|everclear)\b",
            r"alcohol\w*",
            r"got sober",
            r"sobriety",
            r"relaps\w+",
            r"getting high",
            r"\bhigh on(?! (?:life|caffeine|sugar|adrenaline|love))",
            r"weed",
            r"marijuana",
            r"cocaine",
            r"\bcoke\b",
            r"\bmeth\b",
            r"heroin",
            r"fentanyl",
            r"opioids?",
            r"buying pills",
            r"(?:snort|smok|shoot)\w* (?:up|it|coke|meth|pills)",
            # trying to overdose is self-harm, not use
            r"overdos\w+(?<!tried to overdose)(?<!try to overdose)(?<!wanted to overdose)"
            r"(?! on (?:caffeine|coffee|sugar|chocolate|vitamins|tv|netflix))",
            r"using again",
            r"divert\w* (?:oxycodone|pills|opioids|meds)",
            r"hungover",
            r"blacked out",
            r"washing them down",
            # two or three drinks of an evening are no disclosure
            r"(?:four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[4-9]|\d\d+)"
            r" (?:shots|drinks|beers)"
            r"(?! of (?:espresso|the vaccine))",
            r"(?:shots|drinks|beers) (?:a|every|each|per|on) (?:day|night|weekends?)",
            r"drink(?:ing)? too much" + NOT_ALCOHOL,
            r"drunk again",
            r"(?:a|every) (?:night|day) of drinking",
        ),
        (
            "I need a few drinks before bed or I can't cope.",
            "I started using heroin again after I lost my job.",
            "I buy pills from a guy at work.",
            "I smoke weed all day to take the edge off.",
            "Before I got clean I was doing coke every weekend.",
            "I take extra pills and mix them with alcohol.",
            "I can't get through the day without a drink.",
            "I've been smoking a lot more weed lately.",
            "I took more of my pain pills than I was prescribed.",
        ),
    ),
    TopicCategory(
        "CRIMINAL",
        "criminal matter",
        (
            r"arrested",
            r"(?:got|was|been) charged",
            r"charged with",
            r"convicted",
            r"\bDUI\b",
            # driving drunk is a criminal matter too (like a DUI)
            r"drunk driving|(?:driving|drove|drive) (?:home |to work )?drunk",
            r"\bDWI\b",
            r"felony",
            r"misdemeanor",
            r"\bstole\b(?! my| the show"
            r"| a (?:few |couple )?(?:minutes?|moment|glance|kiss|look|nap))",
            r"stealing",
            r"robbery",
            # not a bad call or a lost decade ("the refs robbed us", "anxiety robbed me of")
            r"robbed(?! (?:me|us|him|her|them) of\b"
            r"|(?: \w+)? with (?:that|the|a) (?:call|goal|foul))",
            r"theft",
            r"shoplift\w*",
            # not "i feel like a fraud", "a fraud alert"
            r"fraud(?<!\ba fraud)(?! (?:alerts?|department|protection|team|lady|guy|line|unit"
            r"|specialist|investigator|office|claim|people))",
            r"forged",
            r"serving \w+ years",
            # not the figure "a crime scene of mold"
            r"a crime(?! scene)",
            r"divert\w+ (?:oxycodone|pills|opioids|meds|drugs)",
            r"sold drugs",
            r"dealing drugs",
            r"vandali\w+",
            r"trespass\w*",
            r"warrant for",
            r"broke into",
        ),
        (
            "I was arrested last year for drunk driving.",
            "He is in prison for robbing a store.",
            "I took money from the register at work and nobody knows.",
            "The police charged me with assault after the fight.",
            "I was stealing medication from the hospital where I work.",
            "I got caught selling drugs behind the school.",
            "I spent the night in jail after the fight.",
            "I broke into my neighbor's house while they were away.",
        ),
    ),
    TopicCategory(
        "SELF_HARM",
        "self-harm",
        (
            r"kill(?:ing)? myself(?! (?:at|with|over|for|to (?:get|finish|keep|please"
            r"|make(?! (?:it|this|the pain|everything) (?:stop|end|go away)))|trying"
            r"|working|laughing|studying)\b)",
            r"suicid\w*",
            # not a breakup ("ending things with my girlfriend", "we decided to end it")
            r"end(?:ing)? my life|end(?<!\bwe end)(?<!we decided to end)(?<!we agreed to end)"
            r"(?<!\bto just end)(?<!they're end)(?<!they are end)(?<!they end)"
            r"(?:ing)? (?:it|things)(?! (?:with|between|off)\b)",
            r"better off without me",
            r"cut(?:ting)? (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))"
            + NOT_ACCIDENT,
            r"razor(?<!new razor)(?<!electric razor)(?<!safety razor)(?! (?:burn|bumps?)\b)",
            r"hurt(?:ing)? myself(?! (?:at (?:the|work)|playing|lifting|running|skiing|working out"
            r"|when i fell|falling|on the (?:ice|stairs|job|field))\b)",
            r"self[- ]harm\w*",
            # something done to oneself, not "he ignored my texts on purpose"
            r"(?:myself|\bi (?:(?!he\b|she\b|they\b|you\b|we\b|him\b|her\b)\w+\W+){1,7}?)"
            r"on purpose",
            r"don'?t want to (?:be here|live|wake up)",
            # the wish told as relief: "it would be easier if i didn't wake up tomorrow"
            r"(?:easier|better|fine|okay|peaceful|a relief|nicer)\W+(?:\w+\W+){0,4}?(?:if|when)"
            r" i (?:just )?(?:didn'?t|did not|never|don'?t|wouldn'?t) (?:wake|woke) up",
            r"not(?<!did not)(?<!could not) wake up"
            r"(?! (?:until|till|in time|on time|early|for))",
            r"jump off(?! (?:the |a )?(?:diving board|dock|pier|boat|swing|trampoline|couch|bed"
            r"|stage|rope swing)\b)",
            r"jump(?:ed|ing)? off (?:a|the|my) (?:bridge|roof|building|balcony|ledge|overpass"
            r"|parking garage)",
            r"hang myself",
            r"(?:pistol|gun) in my (?:lap|mouth|hand)",
            r"walking into the river",
            r"burn(?:ed|ing)? myself" + NOT_KITCHEN,
            r"take all (?:my|the) pills",
            # the pills counted out: "if i took them all", "thought about swallowing them all"
            r"(?:if i|thought about|thinking about|think about) (?:just )?"
            r"(?:took|take|taking|swallow\w*) (?:them|those|these|it) all\b",
            r"(?:wasn'?t|weren'?t|not be|wouldn'?t be) (?:here|around|alive) anymore",
            r"how many pills (?:it would take|to take)",
            # the count looked up: "how many of my adderall it would take"
            r"how many (?:of (?:my|the|her|his|those|these) \w+|(?:\w+ )?(?:pills|tablets|meds"
            r"|capsules)) (?:it would|it'?d) take\b",
            # the means kept back: "like a backup plan, in case i decide i'm done"
            r"in case i (?:decide|want) (?:i'?m done|to (?:go|end it|do it))",
            r"rather (?:be )?(?:die|dead)",
            r"wish(?:ed)? (?:i|she|he) (?:was|were) dead",
            r"not(?<!did not)(?<!could not) wake up"
            r"(?! (?:until|till|in time|on time|early|for))",
            r"want(?:ed)? to die",
        ),
        (
            "Sometimes I think about ending my life.",
            "I cut my arms when I feel overwhelmed.",
            "I thought about driving my car off the bridge.",
            "Everyone would be better off if I was dead.",
            "I held the pills in my hand and thought about taking all of them.",
            "I don't want to be alive anymore.",
            "I thought about jumping off the roof.",
            "I've been planning how I would do it.",
            "I wish I could fall asleep and never wake up.",
            "I scratch my skin until it bleeds when I'm upset.",
            "I wrote goodbye letters to my kids.",
            "I keep thinking about disappearing for good.",
        ),
    ),
)


def _with_prototypes(category: TopicCategory) -> TopicCategory:
    return replace(
        category,
        phrases=category.phrases
        + EXTRA_PHRASES.get(category.name, ())
        + SPOKEN_PHRASES.get(category.name, ()),
        examples=category.examples
        + EXTRA_EXAMPLES.get(category.name, ())
        + SPOKEN_EXAMPLES.get(category.name, ())
        + INDIRECT_EXAMPLES.get(category.name, ()),
        look_alikes=category.look_alikes + LOOK_ALIKES.get(category.name, ()),
    )


BUILTIN_CATEGORIES = tuple(_with_prototypes(category) for category in BUILTIN_CATEGORIES)
