"""Spoken cue phrases of the topics of acts on a body: ABUSE and SEXUAL_CONTENT.

Matched as described in ``topic_cues``.
"""

from __future__ import annotations

from tenor_desktop.redaction.topic_cue_guards import NOT_HER_THINGS

# The one a blow lands on; "her" only when no thing of hers follows ("slammed her door").
_PERSON = r"(?:me|him|her" + NOT_HER_THINGS + r"|us|them)"

SEXUAL_CONTENT_CUES: tuple[str, ...] = (
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
)

ABUSE_CUES: tuple[str, ...] = (
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
    # stop 28: sex made to happen, control named, money taken from an elder
    r"(?:made|makes|make|making|forc\w+) (?:me|her|him|us) (?:to )?(?:have sex|do (?:sexual"
    r"|stuff|things)|perform|touch him|strip)\b",
    r"(?:that'?s|that is|is|he'?s|she'?s|being|was) (?:so |really |very )?controlling\b"
    r"|controlling (?:you|her|me|him)\b",
    r"financial(?:ly)? exploit\w*|elder abuse",
)
