"""Spoken cue phrases of SELF_HARM: means, acts, hopes and the screening questions' words.

Matched as described in ``topic_cues``; unlike the other topics, these count after a negation.
"""

from __future__ import annotations

SELF_HARM_CUES: tuple[str, ...] = (
    r"end it all",
    r"(?:stockpil\w+|hoard\w*|sav(?:e|ed|ing) up) (?:my )?(?:\w+ )?pills",
    # pills put by, named ("saving up my seroquel in a tin"); a heat held to the skin; eyes
    # shut at the wheel; sitting at an edge (not of a bed or seat); a gun slept beside
    r"(?:stockpil\w+|hoard\w*|stash\w*|sav(?:e|ed|ing) up) (?:all )?(?:my |her |his )?"
    r"(?:\w+ )?(?:meds|medications?|tablets|seroquel|trazodone|xanax|ambien|klonopin|ativan"
    r"|valium|lorazepam|oxy\w*|percocet|vicodin|tylenol|benadryl|lithium|insulin)\b",
    r"(?:press\w*|hold\w*|held|put\w*) (?:the|a|my) (?:lighter|lit cigarette|cigarette"
    r"|hot (?:knife|spoon|iron)|match) (?:to|against|on) (?:it|my|myself|the (?:same )?spot)",
    r"(?:driv\w+|car|highway|freeway|interstate|wheel)\W+(?:\w+\W+){0,10}?(?:clos\w+|shut)"
    r" my eyes|(?:clos\w+|shut) my eyes\W+(?:\w+\W+){0,8}?(?:driv\w+|highway|freeway"
    r"|interstate|wheel|ninety|eighty|mph)",
    r"(?:sat|sit|sitting|stood|stand|standing) (?:on|at|by|near) the (?:very )?edge"
    r"(?! of (?:my|the|his|her|our) (?:bed|seat|chair|couch|sofa|desk|tub|pool|dock|stage"
    r"|table|mattress|bathtub|sink))",
    r"sleep(?:ing|s)? with (?:the|a|my|his) (?:rifle|gun|pistol|shotgun|handgun)"
    r" (?:next to|under|by|in)",
    r"(?:won'?t|wouldn'?t|not) be (?:around|here) (?:much )?(?:longer|anymore)",
    r"(?:rather|want to|wish i could) (?:not exist|stop existing|disappear for good)",
    r"attempted suicide|made an attempt on my life",
    r"(?:took|take|taking) a (?:blade|razor|knife) to (?:my|myself)",
    r"carv\w+ (?:\w+ ){0,2}(?:into )?my",
    # another's attempt, wrists slit, blades kept, a skin dug into
    r"(?:tried|trying|try|wanted|threaten\w*) to (?:hang|kill|drown|shoot|poison|hurt|cut)"
    r" (?:himself|herself|themselves)|(?:hung|hanged|killed) (?:himself|herself|themselves)",
    r"slit (?:my|his|her|their) wrists?|(?:stash|box|bag) of (?:blades|razors)|my blades\b",
    r"(?:scratch\w*|dig\w*|dug) (?:\w+ )?(?:into )?(?:her|his|my) (?:skin|arms?|wrists?|legs?)"
    r"(?! (?:itch|rash|bug|mosquito))",
    r"(?:i |when i )used to cut\b(?! (?:hair|the grass|the lawn|coupons|class|school|back))",
    r"(?:painless|easiest|quickest|least painful) ways? to (?:go|die|do it|end it)",
    r"attempted (?:once|twice|\w+ times|before)\b",
    r"(?:starv\w+|punish\w*) myself",
    r"(?:lighter|cigarette|iron) to my (?:skin|arm|arms|leg|legs)",
    r"(?:noose|rope) (?:around my neck|in the closet)",
    r"(?:step(?:ping)?|jump(?:ing)?|walk(?:ing)?) in front of (?:a|the) "
    r"(?:train|bus|truck|car)",
    r"(?:make|made|making) myself jump",
    r"(?:hope|hoping) (?:i|that i) (?:crash|die|don'?t wake|wouldn'?t wake)",
    r"(?:better|fine) (?:off )?without me"
    r"(?! (?:for|at|while|on|this|next|during|tonight|today)\b)",
    r"giv(?:ing|e|en) away my (?:stuff|things)"
    r"(?!\W+(?:\w+\W+){0,3}?(?:move|moving|declutter\w*|yard sale|garage sale|donat\w*))",
    r"(?:goodbye|suicide) (?:letters?|notes?)",
    r"car running in the garage|garage with the car running",
    r"(?:what|which) dose would (?:be enough|do it)",
    r"how many "
    r"(?:(?!people|hours|days|weeks|months|years|times|trips|boxes|steps|men|guys)\w+ )?"
    r"(?:would|it would) take",
    r"swerv(?<!car swerv)(?<!truck swerv)(?<!driver swerv)(?<!someone swerv)(?<!\bhe swerv)"
    r"(?<!she swerv)(?<!bus swerv)\w+ into",
    r"(?:don'?t|can'?t) (?:really )?see myself (?:being )?(?:here|around|alive)",
    r"unaliv\w+",
    r"tired of (?:living|being alive|existing)(?! (?:out of|with|in|like|paycheck))",
    r"want (?:it all|everything) to (?:stop|end)"
    r"(?! (?:for (?:a|the) (?:day|week|weekend|minute)|so i can))",
    r"tak(?:e|ing) my (?:own )?life",
    r"self[- ]?injur\w*",
    r"(?:nobody|no one) would (?:even )?(?:miss|notice) (?:me|if i (?:was|were) gone)",
    r"(?:go to sleep|fall asleep) and (?:never|not) (?:wake|come back)",
    r"(?:thought|thinking|think) (?:about|of) (?:dying|not existing|not being here"
    r"|disappearing for good)",
    r"tried to (?:overdose|od|o\.d\.)\b|(?:an|my) overdose attempt",
    # the means made ready, the marks hidden, life itself given up on
    r"noose|blades? (?:out of|from) (?:a |my |the )?(?:pencil )?sharpener",
    r"(?:hid\w*|hide|cover\w*) (?:up )?(?:the |my )?(?:scars|cuts)"
    r"(?! from (?:the |my |a |an )?(?:\w+ )?(?:surgery|accident|acne|operation|c-section))",
    r"(?:tired of|done with|sick of|giving up on|gave up on) "
    r"(?:life|living|being alive|existing)\b(?! (?:in|out of|with|like|paycheck|here|there) )",
    r"\bkms\b|kill myself(?= lol)",
    # the screening questions' own words: not wanting to be here, better off dead, how
    # one would do it, thoughts of taking pills
    r"not (?:wanting|want) to be (?:here|alive|around)(?! (?:at|for|in|with|on|when|during"
    r"|tonight|today)\b)|don'?t want to be (?:here|alive|around) anymore|better off dead",
    r"want(?:ing|s|ed)? to die\b(?! (?:of|when|after|laughing)\b)",
    r"(?:thought|think|thinking) about how (?:you'?d|i'?d|you would|i would) do it",
    r"thoughts? (?:of|about) (?:taking (?:pills|all|the pills)|overdosing|dying"
    r"|not being here|not waking up)",
    # an overdose told by its act or its hope
    r"hop(?:e|ed|ing) (?:that )?i (?:wouldn'?t|won'?t|don'?t|didn'?t|would not|will not"
    r"|do not|never) wake(?: up)?",
    r"swallow(?:ed|ing)? (?:a (?:bunch|handful|fistful|whole lot) of|all (?:of )?(?:my|the|her"
    r"|his)|everything in) ",
    r"how (?:much|many) of (?:my|the|her|his) (?:\w+ )?(?:meds|pills|medications?|tablets"
    r"|insulin) (?:it )?(?:would|to) (?:take|kill|do it)",
    # the point of going on, and being gone
    r"(?:point|reason) (?:of|in) (?:living|going on|carrying on|being alive|staying alive)",
    r"(?:would|'d) be (?:better|fine|easier|happier|okay) (?:off )?if i (?:just )?"
    r"(?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)"
    r"(?! (?:on|for|at|this|next|tonight|today|tomorrow)\b)",
    r"(?:think\w*|thought|imagin\w*|pictur\w*|fantasi\w*) (?:about |of )?(?:just )?"
    r"(?:driv|steer|crash|swerv)\w* (?:my car |the car )?(?:into|off) (?:a |the |oncoming )?"
    r"(?:tree|wall|pole|overpass|traffic|median|bridge|semi|river|lake|cliff|guardrail|road"
    r"|highway)",
    r"(?:press\w*|put\w*|stubb?\w*|held|hold\w*) (?:a |the |my )?(?:lit )?"
    r"(?:cigarettes?|lighter|hot \w+) (?:into|to|against|on|out on) my "
    r"(?:skin|arms?|legs?|wrists?|hands?|thighs?|stomach)",
    # stop 28: an overdose told as meant or as the whole supply taken (the lexicon reads
    # "overdose" as SUBSTANCE_USE, which bars the classifier from the self-harm it also is), the
    # thought of taking them, cutting named as a habit, a gun "eaten"
    r"overdos\w* on purpose|intentional overdose|(?:took|take|taking|swallowed) (?:all|a bottle"
    r"|a whole bottle|the whole bottle|half a bottle|a bunch) (?:of )?(?:those |the |my |her "
    r"|his )?(?:\w+'?s )?(?:pills|meds|percocets|trazodone|tylenol|sleeping pills)\b",
    r"(?:thought|think\w*) (?:about|of) taking (?:a bunch of |all (?:of )?|a handful of )(?:my "
    r"|her |his |the )?(?:\w+'?s )?(?:pills|meds)\b",
    r"the cutting\b(?! (?:board|edge|room|floor|of|back|down|tool|machine|crew))|cutting (?:was"
    r"|is) (?:how|what|the only|my way|a way)|relapsed on cutting|the scratching\b",
    r"eat(?:ing)? (?:my|a|his|her) gun",
)
