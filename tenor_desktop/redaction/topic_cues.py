"""Strong spoken cue phrases of the built-in topics: slang and everyday words for the acts.

Regular expressions, matched case-insensitively at word boundaries like the catalogue's
phrases, and skipped right after a negation ("he never hit us") except for SELF_HARM. Only
phrases that on their own almost always mean the topic belong here; ambiguous words ("high",
"clean", "trial", "papers") are left to the embedding.
"""

from __future__ import annotations

# After "her": her things, not her ("slammed her door", "threw her phone", "grabbed her keys").
NOT_HER_THINGS = (
    r"(?!\W+(?:own\W+)?(?:\w+\W+)?(?:door|car|phone|keys|bag|purse|shoes|books?|drawers?|cup|mug"
    r"|plate|bike|ball|toys?|homework|chair|laptop|computer|fists?|hands? on)\b)"
)
_PERSON = r"(?:me|him|her" + NOT_HER_THINGS + r"|us|them)"
# After beating someone: a game or a race, not a blow ("beat them in the final").
NOT_A_GAME = (
    r"(?! (?:to the punch|to it|in (?:the|a) (?:game|final|race|match|round)|at (?:\w+ )?"
    r"(?:cards|chess|tennis|games?|pool|golf|poker)))"
)

SPOKEN_PHRASES: dict[str, tuple[str, ...]] = {
    "IMMIGRATION": (
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
    ),
    "SEXUAL_CONTENT": (
        r"hook(?:ing)? up with|hookups?",
        r"sleeping around",
        r"swing(?:ing|ers?) with|swinging couples?",
        r"chlamydia|gonorrh\w+|syphilis|\bst[di]s?\b|morning[- ]after pill|condom broke",
        r"sleeping with(?! (?:the|my|a|his|her|our) (?:\w+ )?(?:lights?|tv|phone|door|window|fan"
        r"|dog|cat|baby|kids?|teddy|blanket|pillow|radio|music|night ?light|light|rifle|gun"
        r"|shotgun|pistol|knife|bat|weapon)\b)",
        r"(?:blow|hand) ?jobs?",
        r"went down on",
        r"go(?:es|ing)? down on",
        r"jerk(?:ing|ed)? off",
        r"(?:get|got|getting) off on",
        r"touch(?:ing|ed)? myself",
        r"onlyfans",
        r"escorts?",
        r"strip (?:club|clubs)",
        r"lap dance",
        r"swingers?",
        r"a kink(?! in (?:my|the|his|her)\b)",
        r"kinky",
        r"bdsm",
        r"bondage",
        r"sex toys?",
        r"libido",
        r"virginity",
        r"intimate (?:with|in bed)",
        r"haven'?t been intimate",
        r"(?:cam|webcam) (?:sites?|girls?|shows?)",
        r"without (?:a condom|protection)",
        r"in bed together",
        r"(?:been|were|was|are|started|start|keep|kept) (?:\w+ )?(?:sleeping|sleep) together",
        # erections: "haven't been able to stay hard", "erectile dysfunction"
        r"(?:able to|can'?t|couldn'?t|cannot|trouble|hard to) (?:get(?:ting)?|stay(?:ing)?"
        r"|keep(?:ing)? it) hard\b|erectile|impoten(?:t|ce)\b",
        r"went all the way",
        r"messing around with|messing around in (?:bed|the car|the back)",
        r"happy endings?|(?:that|which) offer extras",
        r"spicy (?:pics|pictures|photos|videos)",
        r"private (?:page|shows?)",
        r"fool(?:ing|ed)? around with",
        r"(?:grindr|tinder) (?:hookups?|dates?)",
        r"(?:pics|pictures|photos|videos) (?:of (?:me|myself|himself|herself) )?"
        r"(?:naked|with nothing on)",
        r"(?:sex|sexual) (?:with|partners?|fantasies)",
    ),
    "ABUSE": (
        r"take the belt to",
        r"(?:put|slipped|spiked) (?:something|a pill|drugs) (?:in|into) my drink"
        r"|roofied|drugged me",
        r"takes? (?:my whole|all of my|my entire) (?:paycheck|check|money|salary)",
        r"(?:hold|held|holding|push\w*|shov\w*) my head under",
        r"left (?:me|us) alone (?:\w+ ){0,3}for (?:\w+ )?days",
        r"(?:smack|smacked|smacks|whoop\w*|whup\w*|slam(?:med|s)?) " + _PERSON,
        r"hands? (?:around|on) my (?:neck|throat)",
        r"(?:beat|beats|beating) (?:my|his|her) (?:mom|mother|wife|girlfriend|kids)",
        r"(?:pinned|pin) (?:me|him|her|us) down",
        r"(?:he|she|they|dad|mom) broke my (?:arm|wrist|nose|ribs?|jaw)",
        r"(?:wouldn'?t|didn'?t|won'?t) (?:feed|let) (?:me|us) (?:eat|leave|out)",
        r"spit(?:s|ting)? on me",
        r"drag(?:ged|s)? me (?:by|out|across)|by (?:my|the) hair",
        r"(?:touch(?:ed)?|did (?:things|stuff)) (?:to )?me (?:when|while|and)",
        r"made me (?:do (?:things|stuff) to|touch) (?:him|her)",
        r"(?:threw|throws) (?:a|the) \w+ at (?:me|my head|us)",
        r"(?:kill|hurt) (?:me|my (?:dog|cat|kids?|family)) if i (?:leave|go|tell)",
    ),
    "SUBSTANCE_USE": (
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
    ),
    "CRIMINAL": (
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
    ),
    "SELF_HARM": (
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
    ),
}
