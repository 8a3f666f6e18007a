"""Spoken cue phrases of SUBSTANCE_USE: slang for drugs and drinking, and the using itself.

Matched as described in ``topic_cues``.
"""

from __future__ import annotations

SUBSTANCE_USE_CUES: tuple[str, ...] = (
    r"(?:oxys|percs|benzos|suboxone|methadone)",
    r"(?:bumps?|lines?|rails?) of (?:coke|meth|ketamine|k)\b",
    r"(?:did|do|doing) (?:a |some |a couple |a few |a little )?(?:bumps?|lines?|rails?)",
    r"(?:on a|went on a|three day|two day) (?:bender|binge)",
    r"bender(?<!fender bender)",
    r"(?:blitzed|hammered|shitfaced|plastered|stoned)",
    r"(?:smok\w+|hit(?:ting)?) (?:a |the )?(?:bowl|bong|joint|blunt|pen|dab)",
    r"edibles",
    r"shrooms|lsd|acid trip|mdma|ecstasy",
    r"(?:a handle|a fifth) of",
    r"a six ?pack (?:of|before|every|a)",
    r"pregam\w+",
    r"need(?:ed)? a drink (?:to|just to|before|in the morning)",
    r"(?:pop(?:ping|ped)?|crush(?:ing|ed)?) (?:pills|my \w+'?s? (?:pills|oxys|xanax|adderall))",
    r"doctor shop\w*",
    r"(?:using|used) (?:again|on top|meth|heroin|drugs)",
    r"(?:relapsed|relapsing)",
    # time clean, not another's milestone ("his eight years sober", "dad's got ten years")
    r"(?<!his )(?<!her )(?<!their )(?<!got )(?<!'s )(?<![-\w])(?:(?:\d+|an?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|and|couple|few|several|many)[ -]){1,4}(?:months?|days?|weeks?|years?) "
    r"(?:clean|sober)|(?:months?|days?|weeks?|years?) (?:clean|sober) (?:today|now)",
    r"(?:drink\w*|drank|sip\w*|chug\w*|mix\w*|bottles? of) (?:the |some )?cough syrup",
    r"thc",
    r"(?:on|back on|off) the needle",
    r"an eighth (?:of|every|a)|an eighth\b",
    r"nips? of",
    r"(?:roommate|friend|mom|dad|brother|sister|wife|husband)'?s (?:\w+ )?pills",
    r"(?:take|took|taking|steal\w*|stole|use|using|used) (?:\w+ )?(?:my |her |his )?(?:kid|son"
    r"|daughter|grandma|grandmother|grandpa|husband|wife|mom|dad|roommate|friend|sister"
    r"|brother)'?s (?:\w+ )?(?:medicine|meds|pills|medication|adderall|xanax|prescription)",
    r"from (?:my |her |his )?\w+'?s (?:medicine )?cabinet to get",
    r"picked up (?:again )?after (?:\w+ ){0,2}(?:days|months|years|weeks)",
    r"fell off the wagon|dope ?sick|microdos\w+|huff(?:ing|ed)?\b|nodd(?:ing|ed) out\b",
    r"(?:eating|taking|doing|ate|took|did) (?:\w+ )?mushrooms"
    r"|(?:my|his|her) stash\b(?! of (?:blades|razors))",
    r"rolling (?:all night|at (?:the|a) (?:rave|festival|party|club))|burnt foil",
    r"(?:to get|for) a buzz|(?:i was|i'?m|i got|i'?ve been|we were) "
    r"(?:so |really |super |too )?high (?:at|during|for|when|all|every|before|on the)\b",
    r"(?:i was|i'?ve been|i'?m|been) using "
    r"(?:the whole time|all weekend|every day|again|daily)",
    r"pills to (?:come down|get high|sleep it off)",
    # drinking to function: before a shift, to get through the day
    r"(?:drinks|glasses|shots|beers|a drink|a beer|a shot|a glass) (?:of \w+ )?"
    r"(?:before|to get through|just to get through|to make it through) (?:my |the |a )?"
    r"(?:shift|work|school|class|day|meetings?|workday)\b",
    r"geeked|tweak(?:ing|ed)\b|nodd(?:ing|ed) (?:off|out) (?:on|from)|thirty rack"
    r"|(?:hit|hitting|rip(?:ping)?) (?:my|the|a) (?:cart|dab pen|weed pen)",
    r"(?:took|take|taking|used|using) (?:way |a lot |much |a bit |a little )?more (?:of )?"
    r"(?:the |my |her |his )?(?:pills|meds|medication|oxy\w*|xanax|adderall|percocet|vicodin"
    r"|painkillers|tablets|doses?|\w+ pills) than (?:the doctor|(?:i was |it was |was )?"
    r"prescribed|i'?m supposed|i was supposed|i should)",
    r"(?:adhd|adderall|ritalin) (?:meds|pills)? ?to (?:stay|study|keep)",
    # the using itself, as a noun ("the anger and the using"); "he was using" stays with the
    # embedding: as a phrase it found 4 more on training6 and fresh10 but fired on 2 judged
    # sentences
    r"\bthe using\b",
    # ... and the verb with no object, asked or said back: "were you using anything", "the
    # hardest part of not using", "when you found him using", "anyone you use with"
    r"(?:using|use|used) anything\b|(?:not|stopped|quit) using(?=\s*(?:[.,;!?]|$|(?:since|for"
    r"|and|but|now|again|is|was|has|been)\b))|(?:found|caught|saw|find"
    r"|catch) (?:him|her|them|you|me) using\b|(?:you|he|she|they|i|we) use with\b"
    r"|(?:you|he|she|they|we|you two) (?:were|was|are|is|'re|'s) (?:still )?using (?:that"
    r"|last|before|again|every|since|daily|together)\b|what (?:were you|was he|was she"
    r"|did you|did he|did she|are you|is he|is she) (?:using|use)\b",
    # how much is taken, asked in its units
    r"how (?:many|much) (?:shots|drinks|beers|glasses|lines|blunts|joints|bottles|cans)\b"
    r"(?! of (?:water|juice|milk|tea|coffee|soda|pop|sparkling)\b)",
    # slang for what is smoked or drunk
    r"\bblunts\b|(?:twelve|eighteen|thirty|twenty-four|12|18|24|30)[- ]?packs?\b"
    r"(?! of (?:water|soda|pop|seltzer|toilet|paper|eggs|diapers|pens|sparkling)\b)",
    r"narcan|roxies|white claws?|(?:the|a|from) dispensary",
    r"(?:on|buying|bought|smok\w*|doing|did|using|used|some|the) (?:tina|crystal)\b"
    r"(?! (?:ball|glass|vase|clear|shop|necklace|bowl))",
    # stop 28, phrasing classes recurring over the tunable sets: wanting to get high, the
    # plural street names of pills, the urge named with its act
    r"get high\b(?! (?:ground|marks|scores|grades|up))|percocets|xans\b|xannies"
    r"|urges? to (?:drink|use|get high|smoke)\b",
)
