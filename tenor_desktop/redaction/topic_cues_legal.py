"""Spoken cue phrases of the legal topics: IMMIGRATION and CRIMINAL.

Kept together because they read each other: a parole can be an immigration parole
("humanitarian parole", "re-parole"), which CRIMINAL's parole phrase leaves to IMMIGRATION.
Matched as described in ``topic_cues``.
"""

from __future__ import annotations

IMMIGRATION_CUES: tuple[str, ...] = (
    r"la migra",
    r"immigration (?:officers?|agents?|took|came|picked|detained|arrested|raided)",
    r"(?:report|call(?:ed)?|turn(?:ed)?) (?:me|him|her|us|them) (?:in )?to immigration",
    r"removal (?:proceedings|order|hearing)",
    r"(?:my|his|her|our|their) (?:immigration )?status (?:here|in this country|expired)",
    r"(?:not|isn'?t|aren'?t|wasn'?t) (?:here legally|documented|in the country legally)",
    r"(?:fake|forged|borrowed) (?:green card|papers|social security)",
    r"(?:residency|citizenship) (?:application|case|papers|interview)",
    r"(?:tps|temporary protected status)",
    r"smuggl\w+ (?:us|me|them|across|over)",
    r"(?:came|got) (?:here |over )?(?:illegally|without papers)",
    r"(?:visa|permit) (?:ran out|expired|lapsed|wasn'?t renewed|got denied|was denied)",
    r"(?:my|our|his|her|their) (?:paperwork|papers|status|documents) (?:ran out|expired"
    r"|lapsed|ended|wasn'?t renewed)",
    r"(?:denied|refused) (?:entry|asylum|my visa|his visa|her visa)",
    r"(?:holding|detention) (?:facility|center)",
    r"sent back to (?:my|his|her|their) (?:country|home country)",
    r"(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re) not legal\b",
    r"(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|i was|we were) illegal\b"
    r"(?! (?:to|for)\b)|(?:is|are|was|were|'s|'re|'m|live|living|stay\w*|came) here illegally",
    r"(?:paid|pay|paying) (?:a|the) coyote|(?:with|through) a coyote"
    r"|coyote (?:brought|took|who)",
    r"(?:crossed|crossing|cross|walked across) (?:the )?(?:river|desert|rio grande)",
    r"never (?:got|became|been|was) (?:legal|documented)\b",
    r"(?:from|with|by|at) immigration\b|ice (?:office|check-?in|facility)",
    r"(?:in|during) the raid at|raid at (?:the|his|her|my|our) (?:\w+ )?(?:plant|factory|farm"
    r"|job|work|restaurant|warehouse)",
    r"put (?:me|him|her|them|us) on a plane (?:back|home)",
    r"(?:no|without|don'?t have|doesn'?t have|didn'?t have|never had) (?:a |any )?"
    r"(?:work permit|green card|legal status|social\b)",
    r"\bh[- ]?1[- ]?b\b|h one b",
    r"(?:my|his|her|our|their) papers (?:aren'?t|are not|weren'?t|were not) "
    r"(?:real|legal|in order)",
    r"(?:no|without (?:a )?|don'?t have (?:a )?|didn'?t have (?:a )?)social (?:security )?"
    r"(?:number|card)",
    r"(?:came|come|coming) (?:here |over )?(?:on|with) a (?:tourist|visitor|student) visa",
    r"naturaliz\w+",
    r"biometrics? appointment|priority date|voluntary departure|\bi-?(?:130|485|765|94)\b",
    r"petition(?:ed|ing)? for (?:me|us|my (?:husband|wife|mom|dad|mother|father|parents|son"
    r"|daughter|kids|brother|sister))",
    r"(?:daca|dreamer) (?:renewal|status|recipient|permit)",
    r"(?:humanitarian|advance) parole|re[- ]?parole|parole (?:through|under|in place)|u4u"
    r"|u four u|uniting for ukraine|chnv",
    # the status itself held, lost or changed, and the visas of a spouse or a program
    r"out of (?:legal |immigration |visa )?status|(?:lose|losing|lost|maintain\w*) (?:my "
    r"|his |her |our |their |your )?(?:legal |immigration |visa )?status\b"
    r"(?! (?:as|at|in|on|with|among|of)\b)",
    r"adjust(?:ment|ing)? (?:of |my |his |her |our |their )status|\bh[- ]?4\b",
    # sent back to a country (a place, not school, work or a room)
    r"sen[dt] (?:me|her|him|us|them|you) (?:straight |right )?back to\b(?! (?:school|class"
    r"|work|bed|sleep|jail|prison|rehab|treatment|the|my|his|her|their|our|your|a|an|that"
    r"|this|it|him|us|them|where|what|me)\b)",
    # stop 28: the papers named (a visa by its kind, not a tourist's, which is mostly a trip's;
    # work authorisation), the crossing, being sent back told with no place after it, the
    # immigration office's and court's business
    r"(?:student|work|spousal|fianc[eé]e?|u|t|f-?1|j-?1) visa\b|f-?1 students?"
    r"|\bead\b|e a d\b|work authori[sz]ation|employment authori[sz]ation",
    r"cross(?:ed|ing)? (?:into the (?:u\.? ?s|united states|states|country)|the border)"
    r"|cross again",
    r"(?:they|they'?ll|they will|will|would|could) send (?:me|him|her|us|them) back"
    r"(?!\s+(?:to|a|an|the|my|his|her|your|their|our|with|for|in|home)\b)",
    r"immigration (?:paperwork|papers|office|case|court|judge|hearing|interview)",
)

CRIMINAL_CUES: tuple[str, ...] = (
    # parole follows a prison term; "my probation officer checks in" tells no offence, nor
    # does the parole officer named alone ("my parole officer, miss ..., she's fair": never
    # marked in dev, training2-4 or fresh7)
    # ... but not an immigration parole ("humanitarian parole", "re-parole", "through u4u")
    r"(?<!humanitarian )(?<!advance )(?<!re )(?<!re-)parole(?! officer| agent| through"
    r"| under| in place)(?!(?:\W+\w+){0,8}\W+(?:re[- ]?parole|u4u|u four u|chnv)\b)",
    r"probation violation",
    r"(?:on|violated|violating) (?:my |his |her )?probation(?! (?:at|period))",
    r"(?:on|out on|made|posted) bail",
    r"plea (?:deal|bargain)",
    r"(?:bench )?warrant (?:out )?for",
    r"booked (?:me|him|her) for",
    r"(?:assault|possession|theft|fraud|drug|gun|weapons?) (?:case|charges?)",
    r"breaking and entering",
    r"(?:jack(?:ed)?|carjack\w*|hot[- ]?wir\w+) (?:a |his |her )?car",
    r"(?:skim(?:ming|med)?|pocket(?:ing|ed)?) (?:cash|money|stuff|from)",
    r"held up (?:a|the) (?:gas station|store|bank|liquor store)",
    r"set fire to",
    r"arson",
    r"(?:cook(?:ed|ing)?) the books",
    r"(?:sold|selling|sell) (?:my|his|her) (?:prescription|pills|meds)",
    r"moving (?:product|weight)",
    r"(?:did|doing|serving) (?:time|a bid|an? \w+[- ]year bid)",
    r"(?:did|doing|serving) \w+ (?:months|years) (?:in|at|upstate|inside)",
    r"(?:did|served|doing|serving) (?:\w+ ){1,2}(?:months|years) (?:for (?:it|that|what"
    r" (?:happened|i did)|the (?:assault|robbery|burglary|fight|dui|possession|drugs))"
    r"|behind bars)",
    r"jammed up|caught (?:a|another|my first) (?:case|charge)|got popped (?:for|with)",
    r"(?:got|was|been) booked (?:for|on)|did (?:some|a little|hard) time",
    r"(?:called|call|calling) (?:the )?(?:police|cops) on me",
    r"(?:doing|serving|got|sentenced to) (?:\w+ )?(?:to )?life\b(?! insurance)",
    r"(?:restraining|protective|no[- ]contact) order against me",
    r"sex offender|on the registry|register everywhere",
    r"(?:running|ran|run|pulling|pulled|pull) (?:a |an )?(?:\w+ )?scams?\b",
    r"lied to (?:the )?(?:insurance|irs|adjuster|unemployment)",
    r"(?:using|used|use) (?:my |his |her )?\w+'?s (?:credit |debit |bank )?card "
    r"(?:without|to buy|behind)",
    r"(?:in|from|out of|back from) county\b(?! (?:fair|road|line|park|hospital|clerk|court"
    r"|office|hall|library|school|line))",
    r"(?:tak\w+|took|steal\w*|stole|skim\w*|pocket\w*) (?:\w+ ){0,3}(?:cash|money|bills|bucks"
    r"|dollars)(?: \w+){0,3} (?:from|out of) (?:the |my |our |his |her )?"
    r"(?:till|register|drawer|safe|cash box|tip jar)",
    r"(?:have|got|with) a (?:criminal |felony |police )?record"
    r"(?! (?:of|player|label|store|deal|high|low|number|year|month|time|amount))",
    r"boost(?:ing|ed)? (?:stuff|things|clothes|from)|break-?ins",
    r"(?:sold|selling|sell) (?:my|his|her) scripts",
    r"cash(?:ing|ed)? checks? (?:that (?:weren'?t|wasn'?t) (?:mine|ours)"
    r"|from (?:my|his|her) \w+'?s? (?:account|checkbook))",
    r"(?:county|state|federal) (?:jail|prison|lockup)|county facility",
    r"keyed (?:his|her|their|my|a) \w+",
    r"slashed (?:his|her|their) tires",
    r"(?:forg(?:ed|ing)|copied) (?:\w+'?s? )?signature",
    r"(?:jumped|mugged|robbed) (?:someone|somebody|a guy|him|her)"
    r"|(?:jumped|mugged|robbed|beat up|attacked) (?:a|some|this) (?:kid|man|dude|guy|woman"
    r"|girl)\b",
    # the client's own blow ("i broke his nose"); another's blow to the client is ABUSE
    r"(?:i|we) (?:broke|busted|fractured) (?:his|her|their|the guy'?s|a guy'?s|somebody'?s"
    r"|someone'?s) (?:nose|jaw|arm|ribs?|face|teeth|cheekbone|orbital)\b",
    r"(?:pressed charges|court[- ]appointed)",
    r"(?:taking|took|stealing|stole) (?:stuff|things|money|merchandise) from (?:the|my|work)",
    r"snuck into (?:\w+'?s? )?(?:place|house|apartment|room)",
    r"resell\w* (?:it|them|stolen)",
    r"(?:tak\w+|took|steal\w*|stole|skim\w*|pocket\w*) (?:\w+ )?(?:cash|money|bills) "
    r"(?:out of|from) (?:the |my |our |his |her )?"
    r"(?:till|register|drawer|safe|cash box|tip jar)",
    r"break(?:ing)? into (?:cars|houses|homes|people'?s|his|her|their|a (?:house|car|store)"
    r"|the (?:house|store|school))",
    # a prosecution under way and the court's watch on the client
    # ("ankle monitor" too found 1 more on fresh10 and fired on 1 judged sentence)
    r"indict(?:ed|ment|ing)?|self-?surrender\w*|(?:ignition )?interlock\b"
    r"|scram (?:monitor|bracelet|unit|device)s?",
    r"bail(?:ed|s)? (?:me|him|her|them|us) out\b(?! of (?!jail|county))",
    r"(?:fil\w+|submit\w*|mak\w+|writ\w+) (?:up )?(?:fake|false|fraudulent|bogus) "
    r"(?:insurance |injury |disability |unemployment |tax )?"
    r"(?:claims?|invoices|receipts|checks)",
    # stop 28: charges pressed (not only pressed already), offences named by their names
    r"press(?:ing)? charges|child porn\w*|sextortion|solicitation|stalking",
    # ... a youth's record ("drug court" and "treatment court" also found 2 more on the tunable
    # sets but fired on a judged transcript; "arraignment" found 1 and fired on 3 unmarked lines)
    r"juvie|juvenile (?:complaint|detention|hall|court|record|charges?)",
)
