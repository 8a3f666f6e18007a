"""More evidence for the built-in topics: phrases, example sentences, neutral sentences, bars.

Kept apart from :mod:`topic_catalogue` (what a category is) because these are the tuned parts:
the extra phrases and examples widen coverage of how clients actually say things, the neutral
sentences describe ordinary therapy talk (a sentence must be closer to a topic than to them),
and the per-category similarity bars were calibrated on ``bench/data/topics_tuning.txt``
(never on the held-out sentences) by ``bench/topic_calibration.py``.
"""

from __future__ import annotations

# "drank so much water", "drinking every morning a coffee" are no alcohol.
_NOT_SOFT_DRINK = r"(?!\W+(?:\w+\W+)?(?:water|coffee|tea|soda|juice))"

# After a burn: a kitchen or styling accident ("burned my hand on the oven door").
NOT_KITCHEN = (
    r"(?!\W+(?:\w+\W+){0,3}?(?:on (?:the|a) (?:stove|oven|pan|grill|iron|kettle|toaster|pot)"
    r"|cooking|baking|making|ironing|with (?:the|a|my) (?:curling iron|straightener|hair dryer)))"
)

EXTRA_PHRASES: dict[str, tuple[str, ...]] = {
    "IMMIGRATION": (
        r"legal status",
        r"(?:no|without|don'?t have|doesn'?t have) (?:legal )?(?:papers|status|documents)",
        r"(?:my|his|her|our|their|student|work|tourist) visa (?:expired|expires|ran out|runs out)",
        r"(?:on|with) (?:a|an|my|his|her) expired visa",
        r"afraid (?:of )?immigration",
        r"immigration (?:will|could|might|took|picked|detained|showed up)",
        r"(?:held|detained|stopped)(?: me| him| her| us| them)? at the border",
        r"sent back to (?:mexico|guatemala|honduras|el salvador|haiti|my country|his country)",
        r"(?:dhs|ice) (?:agents?|officers?|raid)",
    ),
    "SEXUAL_CONTENT": (
        r"slept together",
        r"sleep(?:ing)? with (?:other people|someone else|other (?:men|women|guys|girls))",
        r"(?:paid|pay|paying) for sex",
        r"sex (?:worker|work|life|drive|addiction)",
        r"lingerie",
        r"open relationship",
        r"one[- ]night stand",
        r"sexual(?:ly)? (?:active|partners?|encounter|experience)",
        r"(?:make|made|making) out with|making out"
        r"|made out (?:in (?:the|his|her|my) (?:car|back seat|bed|room)|all night|for hours)",
        r"(?:oral|anal|phone) sex",
    ),
    "ABUSE": (
        r"held me down",
        r"threaten(?:s|ed|ing)? to (?:kill|hurt|beat) (?:me|us|the kids)",
        r"burn(?:ed|t|s)? me",
        r"left (?:us|me) (?:alone )?(?:for days|without food)",
        r"wouldn'?t let (?:me|us) (?:leave|eat|sleep|go)",
        r"locked (?:me|us) (?:in|out)",
        r"forced (?:me|himself|herself)",
        r"(?:beat|beats|beating|whipped|whips) "
        r"(?:me|us|him|her|my (?!personal|record|time|score|best)\w+)"
        r"(?! (?:to the punch|to it|in (?:the|a) (?:game|final|race|match)))",
        r"(?:controls|takes) all (?:my|the) money",
    ),
    "SUBSTANCE_USE": (
        r"(?:smok\w+|sell\w*|buy\w*|roll\w*) (?:pot|joints?|blunts?|crack)",
        r"\bpot (?:every|all|each)",
        r"(?:buy|bought|buying|get|got) (?:\w+ ){0,3}"
        r"(?:xanax|percocet|oxy\w*|adderall|pills|benzos)"
        r" (?:from|off)",
        r"(?:did|doing|took|taking|on) (?:molly|ecstasy|mdma|acid|lsd|shrooms|mushrooms|ketamine)",
        r"\b(?:crack|ketamine|benzos|kratom|oxycontin|percocet)\b",
        r"(?:got|get|getting) (?:wasted|hammered|smashed|trashed|loaded)",
        r"blackout drunk|black(?:ed)? out drunk",
        r"shooting up",
        r"drank (?:every|all|a lot|too much|until|so much)" + _NOT_SOFT_DRINK,
        r"drink(?:ing)? every (?:day|night|morning)" + _NOT_SOFT_DRINK,
        r"snort\w*",
        r"(?:vap\w+|dab\w*) (?:weed|thc|pens?)",
    ),
    "CRIMINAL": (
        r"locked up",
        r"doing time|did time",
        r"(?:dealing|selling|sold|sell) (?:weed|drugs|pills|coke|meth|heroin|pot)",
        r"(?:hit|ran over) (?:someone|somebody|a person|a kid|a pedestrian) (?:with|and)",
        r"hit and run",
        r"(?:lied|cheated) on (?:my|our|his|her) taxes|tax fraud",
        r"embezzl\w+",
        r"(?:took|stole|stealing|taking) money from",
        r"possession (?:charge|of)",
        r"(?:in|out of|get out of) (?:jail|prison)",
    ),
    "SELF_HARM": (
        r"cutting again",
        r"cutting (?:on )?my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?|ankles?|chest)",
        r"(?:took|swallowed|downed) (?:a whole|the whole|an entire|half a) bottle",
        r"(?:point|reason) (?:in|to) (?:living|live|go on|going on)",
        # turned on oneself, not "too hard on myself"
        r"(?:use|used|using|turn(?:ed|ing)?|pull(?:ed)?) (?:\w+ ){0,3}(?:on|against) myself"
        r"|(?:take|took|taking) (?:it|things) out on myself",
        # not "hit my head on the cabinet" (on anything but a wall: an accident)
        r"(?:hit|hitting|punch\w*|bang\w*) (?:my head|myself)"
        r"(?!\W+on\W+(?:the|a|my)\W+(?!walls?\b)\w+)",
        r"scratch\w* "
        r"(?:myself|my (?:arms?|skin|legs?|wrists?|face|thighs?|stomach|chest|neck|body))",
        r"until (?:it|they) bleed|until (?:it|they) bled",
        r"better off (?:if i was|if i were|without me|with me gone)",
        r"burn(?:ed|t|ing)? (?:my|myself)" + NOT_KITCHEN,
        r"(?:ways|how) to (?:kill|end|hurt) myself",
    ),
}

EXTRA_EXAMPLES: dict[str, tuple[str, ...]] = {
    "IMMIGRATION": (
        "I don't have legal status in this country.",
        "My student visa ran out and I'm still here.",
        "We're scared immigration officers will come to our home.",
        "My brother was deported last year.",
        "They stopped me at the border and questioned me for hours.",
        "I'm waiting on my asylum case and I can't work.",
        # Work on someone else's papers.
        "i work under my cousin's name because i can't get hired with my own papers.",
        "he uses a social security number he bought so the plant will keep him.",
    ),
    "SEXUAL_CONTENT": (
        "We slept together the night we met.",
        "I've been having sex with someone I met online.",
        "He wants to have an open relationship and sleep with other women.",
        "I paid someone for sex when I was out of town.",
        "She likes when I wear lingerie in bed.",
        "I can't get aroused with my partner anymore.",
        "I send sexy pictures to strangers online.",
    ),
    "ABUSE": (
        "He pinned me down on the bed and wouldn't let me get up.",
        "She burned me with an iron when I was a child.",
        "He threatens to kill me if I ever leave.",
        "My parents left us alone for days with no food in the house.",
        "My husband takes all my money and won't let me see my friends.",
        "My mother beat me with a wooden spoon.",
        "The babysitter hurt us when our parents were gone.",
    ),
    "SUBSTANCE_USE": (
        "I smoke pot every night to fall asleep.",
        "I buy xanax from a friend and take it most days.",
        "I took ecstasy at a party and stayed up all night.",
        "I got so drunk I don't remember getting home.",
        "I've been snorting coke on the weekends.",
        "I drink a bottle of wine by myself most nights.",
        "I've been using meth to stay awake at work.",
    ),
    "CRIMINAL": (
        "I'm on probation after the assault charge.",
        "I spent a week locked up after the fight.",
        "I sell drugs to make rent.",
        "I hit someone with my car and drove away.",
        "I lied on my taxes and hid the money.",
        "I took money from my employer and nobody noticed yet.",
        "My son is in prison for armed robbery.",
    ),
    "SELF_HARM": (
        "I've started cutting again on my legs.",
        "I swallowed a whole bottle of pills last month.",
        "I don't see any point in living anymore.",
        "I bought a gun to use on myself.",
        "I bang my head against the wall until it hurts.",
        "I scratch my skin until it bleeds.",
        "I burn myself with a lighter when I'm upset.",
    ),
}

# Ordinary therapy talk; a topic must be closer to its examples than to all of these.
NEUTRAL_EXAMPLES: tuple[str, ...] = (
    "How has your sleep been this week?",
    "My kids have been arguing a lot lately.",
    "I'm taking my medication every morning and it helps.",
    "We went out to dinner for our anniversary.",
    "My score on the questionnaire went down this month.",
    "I had a drink at the wedding and then stopped.",
    "My brother works as a lawyer downtown.",
    "The police officer came to talk at my son's school.",
    "I'm so exhausted I could die.",
    "I nailed the job interview.",
    "Our dog died last year and I still miss him.",
    "I've been eating too much junk food.",
    "I hate my job but I need the paycheck.",
    "Work has been crushing me lately.",
    "My mom smokes cigarettes and I worry about her.",
    "We had a fight about the chores.",
    "I got my hair cut short.",
    "We're visiting family abroad for the holidays.",
    "I got a speeding ticket on the way here.",
    "I drink way too much coffee.",
    "My back hurts when I sit for too long.",
    "I felt embarrassed after the argument with my friend.",
    "I went to court to change my last name.",
    "We watched a documentary about the border.",
    "I'm worried about my daughter's grades at school.",
)

# ABUSE was 0.425; recalibrated (F1, ties to the higher bar) on the tuning sentences, spoken
# tuning, dev and tuning transcripts, with and without topics_train_*, it is 0.475 both ways:
# in transcripts, ordinary sentences about other people sat at 0.43-0.47.
# Per-category similarity bars at the default threshold (0.6): the mean similarity of the 3
# closest sentences of a topic's bank (``topic_bank``) a sentence must reach. One bar for all,
# chosen with banks built without the transcripts scored (``bench/topic_head_folds.py``
# --leave-out training3 / training4): 0.475-0.525 traded recall for precision evenly.
# SELF_HARM, which raises the clinician's risk flag, is held to the lower end (one more true
# sentence of training3 held out, two more false ones of training4).
BANK_BAR = 0.5
CALIBRATED_BARS: dict[str, float] = {
    "IMMIGRATION": BANK_BAR,
    # Dating, bodies and couples' logistics sit close to it: +0.03 dropped 2 false sentences
    # over held-out folds of the tunable transcripts and 3 on fresh4/5/6, no true one.
    "SEXUAL_CONTENT": BANK_BAR + 0.03,
    "ABUSE": BANK_BAR,
    "SUBSTANCE_USE": BANK_BAR,
    "CRIMINAL": BANK_BAR,
    "SELF_HARM": BANK_BAR - 0.025,
}
# How much closer to the topic than to ordinary talk (the bank's sentences of no topic) a
# sentence must be.
NEUTRAL_MARGIN = 0.03
