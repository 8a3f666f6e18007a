"""Word lists the name rules share: roles, function words, adverbs, number and title words.

Split from :mod:`entity_rules` (which re-exports them) to keep that module small.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons

ROLE_WORDS = frozenset(
    "therapist client parent partner patient counselor clinician mother father mom dad "
    "speaker interviewer doctor provider caregiver guardian child teen son daughter "
    "husband wife sibling spouse unknown "
    # A family doctor by the initials people say ("the gp's put me on amlodipine").
    "gp pcp".split()
)
# Function words and frequent verbs that never start a name in the positions the rules look at.
NOT_NAME_WORDS = frozenset(
    "a an the and or but if so to of in on at by for with from as is was are were be been "
    "i me my you your he him his she her it its we us our they them their this that these "
    "those who whom whose what which when where why how not no yes just also too very really "
    "said says told tells thinks thought wants wanted says asked asks gave gives got gets "
    "has had have does did do will would can could should may might must shall "
    "lives lived works worked moved moves came comes went goes called calls knows knew keeps "
    "kept found finds made makes took takes left leaves loves loved hates hated helped helps "
    "always never still already again now then here there today tonight yesterday tomorrow "
    "ok okay yeah well like about all some any every each both either one two three "
    "who's he's she's it's that's there's i'm i've i'd i'll you're we're they're "
    "used uses tried tries started starts stopped stops passed died dies "
    # Verbs of messaging that speech recognition writes as rare words ("my ex texted me").
    "texted texting texts dmed dm'd facetimed facetiming snapchatted venmoed googled "
    # The second word of a title ("nurse practitioner halvorsen").
    "practitioner "
    # Contractions speech recognition writes without their apostrophe ("marcus havent talked",
    # "sharon doesnt get it").
    "dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt wasnt arent werent havent "
    "hasnt hadnt aint ive youre youve youd theyre theyve weve shes hes thats whats theres "
    "wheres heres im".split()
)
# Adverbs that sit between a relation and its verb ("my dad even called"): never a name.
EVERYDAY_ADVERBS = frozenset(
    "even actually basically apparently probably maybe finally suddenly usually sometimes "
    "barely hardly kinda sorta totally nowadays alone herself himself though anyway once "
    "also literally honestly seriously definitely obviously clearly only mostly nearly almost "
    "eventually later soon recently often rarely ever twice thrice together apart anymore".split()
)
# Number words, alone or hyphenated ("ninety-four"), are never names.
NUMBER_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million first second third fourth fifth sixth seventh eighth ninth "
    "tenth".split()
)


def is_number_word(word: str) -> bool:
    """True for "six", "ninety-four", "twenty-first"-like words."""
    parts = word.lower().split("-")
    return all(part in NUMBER_WORDS or part.endswith(("th", "st")) for part in parts) and any(
        part in NUMBER_WORDS for part in parts
    )


TITLE_WORDS = frozenset(
    "dr doctor mr mrs ms miss mister officer detective professor prof judge coach pastor "
    "reverend rev sergeant sgt captain lieutenant nurse grandma grandpa aunt auntie uncle "
    "nana granny grammy gramps meemaw pawpaw mawmaw poppa poppop papaw gramma granddad "
    "grandad mamaw memaw abuela abuelo abuelita abuelito nonna nonno bubbe zayde tia tio "
    "titi manman mami papi amma appa umma".split()
)
# Words that cannot be part of a street or facility name in lowercase speech.
STOP_WORDS = NOT_NAME_WORDS | frozenset(
    "up out over down into onto off back away around through after before while because "
    "until about again once than more most other some such only own same few nor every "
    "somewhere anywhere everywhere home work school bed".split()
)


# Words that fill a person slot without being a person: apps, chat shorthand, acronyms,
# pronoun-like nouns ("everyone", "work").
NOT_PERSON = frozenset(
    "lol lmao omg idk tbh brb chatgpt siri alexa google tinder hinge bumble grindr snapchat "
    "instagram facebook tiktok twitter reddit discord uber lyft venmo zelle doordash grubhub "
    "youtube netflix hulu spotify amazon paypal cashapp zoom facetime whatsapp hr 911 ems cps "
    "hbo costco walmart walgreens cvs aldi publix safeway starbucks ikea "
    "dcfs covid ptsd adhd ocd bpd cbt dbt emdr ssri ssris snri iop php aa na nobody everyone "
    "someone somebody anyone everybody "
    "anybody nothing something everything anything people guys folks myself yourself himself "
    "herself ourselves themselves mine yours hers ours theirs work school home church group "
    "class therapy rehab court jail dinner lunch breakfast bed money god jesus "
    # Devices and connections that "keep dropping" or "went out" as a person leaves.
    "wifi wi-fi internet hotspot router modem ethernet bluetooth airpods ipad iphone laptop "
    "chromebook xbox playstation nintendo fitbit email emails voicemail voicemails "
    # Family and friend words of chat: "hubby and i", "talked to bestie".
    "hubby wifey bestie bff gramps meemaw pawpaw roomie hun homie grammy "
    # Star signs ("she's a Scorpio"; "leo" is a name too) and classes and apps of exercise.
    "virgo scorpio aries taurus libra sagittarius capricorn aquarius pisces "
    "pilates crossfit zumba peloton duolingo wordle fortnite minecraft roblox headspace "
    "botox "
    # Messaging apps ("flirting over Slack") and agencies said by their letters ("call acs").
    "slack messenger imessage telegram wechat kik groupme skype acs dcf dfcs dss dhs uscis "
    "fbi dea atf irs ssa dmv usps".split()
) | frozenset(
    # Drugs, slang for them and diagnoses: rare words that fill the same slots ("it was meth").
    "ketamine schizoaffective benzo benzos meth molly shrooms vape vaping juul kratom oxy oxys "
    "percs xans xanax adderall suboxone methadone narcan fentanyl heroin coke crack lsd mdma "
    "ecstasy dabs edibles weed tms ect borderline anorexia bulimia insomnia hypomania mania "
    "psychosis schizophrenia bipolar autism dyslexia fibromyalgia lupus diabetes epilepsy "
    "asthma migraines cancer chemo dialysis naloxone vivitrol antabuse lamictal seroquel "
    "abilify klonopin ativan valium ambien trazodone gabapentin lexapro zoloft prozac "
    "wellbutrin effexor cymbalta vyvanse ritalin concerta buspirone lithium".split()
)
# Family words of other languages said in English talk ("my abuela"): never a name alone.
KIN_WORDS = frozenset(
    "abuela abuelo abuelita abuelito tia tio mami papi mija mijo prima primo hermana hermano "
    "nonna nonno bubbe zayde babcia dziadek yiayia papou".split()
)


# Days of the week: "your mom called me friday" names a day, never a person.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def never_a_name(lower: str, lex: Lexicons) -> bool:
    """Words the name rules never take: short or function words, roles, titles, medications,
    and places that are not identifiers (states, countries). ``lower`` is lowercased."""
    return (
        len(lower) < 3
        or lower in NOT_NAME_WORDS
        or lower in ROLE_WORDS
        or lower in TITLE_WORDS
        or lower in lex.medications
        or lower in lex.not_phi_places
    )


def is_name_like(lower: str, lex: Lexicons) -> bool:
    """A word that reads as a name and as nothing else: English writes it only capitalised, or a
    name list holds it and it is no everyday word ("ottilie", "bram"; not "beer")."""
    if lower in lex.proper_only:
        return True
    return (lower in lex.broad_names or lower in lex.first_names or lower in lex.surnames) and not (
        lower in lex.everyday_names or lower in lex.ambiguous_names
    )


def hyphenated_given_name(parts: list[str], lex: Lexicons) -> bool:
    """A hyphenated given name ("jun-ho", "min-ji"): a listed given name joined to short
    syllables that are no everyday word."""
    return any(part in lex.first_names for part in parts) and all(
        part in lex.first_names or (len(part) <= 3 and part not in lex.everyday_words)
        for part in parts
    )


# Family and friend words of chat and speech, known to the embedding vocabulary but not
# everyday words to SCOWL: never a name.
_KIN_SLANG = frozenset("bae bro bros sis momma ma gran nan grammy ex bruh fam".split())
# Chat words, calendar words, languages and nationalities the embedding vocabulary holds and
# SCOWL writes capitalised or not at all: they fill person slots without being names.
_UNLISTED_NOT_NAMES = frozenset(
    "tho nah hmm yo rn etc vs aka bf gf ya ur yah yeh nope mhm lol lmao online offline irl ppl "
    "didn doesn wasn isn couldn wouldn shouldn hadn hasn haven weren aren ain mustn needn "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat "
    "sun jan feb mar apr jun jul aug sep sept oct nov dec christmas xmas easter halloween "
    "thanksgiving hanukkah ramadan passover diwali "
    "english spanish french german italian chinese japanese korean russian arabic mexican "
    "swedish dutch polish greek portuguese hindi vietnamese filipino tagalog hebrew irish "
    "scottish british american canadian african asian european latino latina catholic "
    "christian muslim jewish buddhist hindu mormon".split()
)
# Peoples, nationalities and languages said as adjectives ("Korean dating shows", "the Thai
# place", "a navajo police officer", "Turkish dramas"): no person's name.
NATIONALITIES = frozenset(
    "korean japanese chinese thai vietnamese filipino cambodian laotian hmong burmese"
    " indonesian malaysian taiwanese mongolian tibetan nepali nepalese pakistani bangladeshi"
    " afghan iranian persian iraqi syrian lebanese jordanian palestinian israeli saudi yemeni"
    " egyptian moroccan algerian tunisian libyan sudanese somali ethiopian eritrean kenyan"
    " nigerian ghanaian liberian senegalese congolese cameroonian ugandan rwandan haitian"
    " jamaican cuban dominican salvadoran guatemalan honduran nicaraguan colombian venezuelan"
    " peruvian ecuadorian bolivian brazilian argentinian argentine chilean uruguayan turkish"
    " russian ukrainian belarusian polish czech slovak hungarian romanian bulgarian serbian"
    " croatian bosnian albanian armenian georgian greek italian portuguese spanish french"
    " german dutch belgian swiss austrian swedish norwegian danish finnish icelandic irish"
    " scottish welsh british canadian australian samoan tongan fijian hawaiian navajo"
    " cherokee apache ojibwe lakota hopi tagalog hindi urdu punjabi farsi swahili amharic"
    " creole cantonese mandarin yiddish".split()
)
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ship", "ology", "ance")


def unlisted_name(lower: str, lex: Lexicons) -> bool:
    """In a strong person slot ("me and jess", "paisley and i"), a word the embedding model
    knows that is no everyday English word (SCOWL) is a name no list holds."""
    return (
        lower in lex.common_words
        and lower not in lex.everyday_words
        and lower not in _KIN_SLANG
        and lower not in _UNLISTED_NOT_NAMES
        and not lower.endswith(_ABSTRACT_ENDINGS)
    )


def everyday_inflection(lower: str, lex: Lexicons) -> bool:
    """An everyday word (SCOWL) that inflects another ("coworkers", "roommates"): never a
    name, though the embedding vocabulary may not hold it. Plain everyday words may be names
    in a person slot ("i asked quill")."""
    return lower in lex.everyday_words and any(
        lower.endswith(suffix) and lower[: -len(suffix)] in lex.everyday_words
        for suffix in ("s", "es", "ed", "d")
    )


# Chat and filler words that fill person slots in typed or transcribed speech ("btw, i",
# "yea, you"): never a name. Stretched words ("sooo", "hmmm") are recognised by shape.
_CHAT_WORDS = frozenset(
    "btw lowkey highkey deadass bruh aight ight welp yea wtf smh lmfao lolol haha hahaha hehe "
    "ahh ohh uhh umm erm oof meh yup periodt sheesh tbf imo irl gotcha cya ttyl thx pls plz "
    "doc okk soo yeahh hmm mhm ugh yikes eww nvm istg ofc ppl idk tbh lol lmao omg".split()
)
_STRETCHED = re.compile(r"(.)\1\1")


def chat_word(lower: str) -> bool:
    """A chat or filler word, or a stretched one: "btw", "welp", "sooo", "hmmm"."""
    return lower in _CHAT_WORDS or _STRETCHED.search(lower) is not None
