"""Everyday idioms that hold a topic's words but are no disclosure, per built-in category.

"ending things with my girlfriend", "i neglected my health", "slept with the lights on": the
catalogue's phrases skip them, and a sentence holding one never gets that category from the
embedding (``topic_phrases.look_alike_names``). Matched against the lowercased sentence at
word boundaries.
"""

from __future__ import annotations

from tenor_desktop.redaction.topic_framing import VICTIM_PATTERN

# Everyday idioms that hold a category's words but are no disclosure ("ending things with my
# girlfriend", "i neglected my health", "slept with the lights on"). The phrases above skip
# them; these also keep the embedding from giving their sentence that category.
LOOK_ALIKES: dict[str, tuple[str, ...]] = {
    "IMMIGRATION": (
        r"ice (?:cream|cubes?|skat\w*|rinks?|packs?|on (?:my|his|her|it)|bath|storm)",
        r"(?:on|covered in|slipped on) (?:the )?ice",
        r"(?:visa|passport) for (?:our|my|a|the) (?:trip|holiday|vacation|honeymoon)",
        # the card, not the papers ("i maxed out the visa")
        r"\bvisa(?: card| bill| statement| debit| points| gift card)\b"
        r"|(?:maxed out|charged (?:it )?to|paid with|put it on) (?:the|my|our|a) visa\b",
    ),
    "SEXUAL_CONTENT": (
        r"slept with (?:the|my|a|his|her) (?:lights?|tv|phone|door|window|fan|dog|cat|baby|kids?"
        r"|teddy|blanket|pillow|radio|music)\b",
        r"make out (?:what|why|how|the)|made out (?:like|that|to be)",
        r"food porn",
        r"a kink in",
        r"sex ed(?:ucation)?\b",
        # sleeping apart: "since her surgery we've slept in separate rooms"
        r"(?:sleep|sleeps|sleeping|slept) in (?:separate|different|our own|their own)"
        r" (?:rooms|beds)",
        r"(?:sleep|sleeps|sleeping|slept) with (?:the|my|a|his|her) (?:lights?|tv|fan|radio|music"
        r"|window|door|phone|pillow|blanket|dog|cat|baby|kids?|teddy)\b",
    ),
    "ABUSE": (
        r"neglect(?:ed|ing)? (?:my (?:health|friends|work|hobbies|garden|house|body)|myself)",
        r"(?:it|that|really|deeply|so) (?:hurt|touched) me",
        r"beat (?:me|them|us|him|her) "
        r"(?:to the punch|to it|in (?:the|a) (?:game|final|race|match))",
        r"beat my (?:personal|record|time|score|best)",
        r"choked (?:on|up|during)",
        r"(?:up|off) the walls?",
        r"(?:shoot|shot|shooting) (?:my|your|his|her|our) shot",
        r"(?:died|dying|die) laughing|could (?:kill|strangle|murder) (?:him|her|them|my \w+)",
        # an accident to oneself ("hit my head on the cabinet")
        r"(?:hit|bump\w*|bang\w*|smack\w*|stubb\w*) my (?:head|knee|elbow|shin|toe|hand|arm|leg)"
        r" (?:on|against)",
    ),
    "SUBSTANCE_USE": (
        r"high on (?:life|caffeine|sugar|adrenaline|love)",
        r"drink\w* (?:\w+ ){0,3}(?:coffee|water|tea|soda|energy drinks?)",
        r"bottles? of (?:water|juice|soda|milk|formula)|water bottles?",
        r"wine tasting",
        r"a drunk driver",
        r"overdos\w+ on (?:caffeine|coffee|sugar|chocolate)",
        r"hit (?:the|a) (?:gym|road|hay|books|sack|snooze|showers?|ground|wall|jackpot|lottery)",
        # recovery work: calling the sponsor, driving past the old places
        r"(?:call\w*|text\w*) (?:my |his |her )?sponsor"
        r"|(?:drive|drove|walk|walked|driving|walking) past (?:the |my old |a )?"
        r"(?:liquor store|bar|dispensary)",
        # medicine taken as the doctor says
        r"as prescribed|(?:my|the) doctor (?:prescribed|gave me|put me on|started me on)"
        r"|instead of (?:pills|meds|opioids)",
    ),
    "CRIMINAL": (
        r"stole (?:the show|a (?:few |couple )?(?:minutes?|moment|glance|kiss|look|nap))",
        r"(?:feel|felt|feeling) like (?:a|such a) fraud",
        r"fraud alert",
        r"(?:documentary|podcast|true crime|movie|show|book|novel) (?:about|on)",
        r"a drunk driver",
        VICTIM_PATTERN,
        r"locked (?:myself|ourselves) out",
        # supervision mentioned, no offence told ("my probation officer checks it every week")
        r"(?:probation|parole) officer|\bmy p\.? ?o\.?(?= (?:checks|said|says|wants|every|on))",
        # probation at work or school is no sentence
        r"probation (?:at|period|for the first)|(?:job|work|academic|school) probation"
        r"|on probation (?:at|with) (?:work|my (?:new )?(?:job|work)|school)",
    ),
    "SELF_HARM": (
        r"end(?:ing|ed)? (?:it|things) (?:with|between|off)",
        r"we (?:\w+ )?(?:to )?end(?:ed)? (?:it|things)",
        r"killing myself (?:at|with|over|for|trying|working|laughing|studying)",
        # a wish for a thing: "i would kill for a day off"
        r"(?:would|could|'d) (?:honestly |literally )?kill for",
        r"(?:hard|easy) on myself",
        r"hurt myself (?:at|playing|lifting|running|skiing|working out|falling)",
        r"(?:burn\w*|cut\w*) (?:myself|my \w+) (?:on the (?:stove|oven|pan|grill|iron)|cooking"
        r"|baking|shaving|chopping)",
        # not the wish: "i'd not mind if i didn't wake up"
        r"(?<!if i )(?<!if i just )did(?:n'?t| not) wake up",
        r"shaving|nicked (?:my|myself)|pill (?:organizer|box|case)",
        # what gets one up in the morning is motivation talk, not a wish to die
        r"reason (?:i |to )?(?:get|getting) (?:up|out of bed)",
        r"scratch\w* my head",
    ),
}
