"""Cues before a person as an object: "talked to X", "hanging out with X", "blocked X".

Split from :mod:`speech_names`, which reads the word after each cue. Matched on lowercased
text: a case-insensitive alternation this long is several times slower.
"""

from __future__ import annotations

import re

# Cues of care, discipline and confiding, which take people far more often than things.
_CARE = (
    r"|failed|spanked|spank|punished|grounded|disciplined|adopted|slapped|pushed|kicked|choked"
    r"|(?:cried|crying|vent|vented|venting|complain|complained|complaining|opened\s+up)\s+to"
    r"|(?:hard|easy|tough|rough)\s+(?:on|for)|always\s+about|as\s+for"
)
# Verbs and prepositions whose object is usually a person.
OBJECT_CUE = re.compile(
    r"(?=[a-z])\b(?:me\s+and|and\s+me|(?:talk|talked|talking|spoke|speak|speaking|listen|listened|lied"
    r"|yelled|apologi[sz]ed|wrote|sent|gave|said|explained|mentioned|introduced|engaged|close"
    r"|closer|mean|nice|rude|married|went\s+over|go\s+over|came\s+over)\s+to"
    r"|(?:hang|hanging|hung|hangs|out|stay|stayed|staying|live|lives|living|lived|fight|fought"
    r"|fighting|argue|argued|arguing|sleep|slept|sleeping|friends|together|along|dating"
    r"|date|dated|broke\s+up|split|spent\s+time|time|lunch|dinner|coffee|drinks|moved|move"
    r"|moving|went|came|left|there|here|trip|vacation|traveled|travelled|work|works|worked"
    r"|working|play|played|playing|still|breakup|break\s+up|breaking\s+up|home)\s+with"
    r"|(?:text|texts|call|calls|message|messages|email|emails|letter|note|voicemail|dm|dms"
    r"|snap|card|gift|visit)\s+from"
    r"|(?:worried|worry|worrying|thinking|thought|dreamed|dreamt|heard|ask|asking|asked|talk"
    r"|talked|talking|told\s+me|tell\s+me|told\s+you|tell\s+you|forgot|remember|remembered"
    r"|all|mostly|just|only"
    r"|really|it's|guilty|sad|upset|nervous|anxious|especially)\s+about"
    r"|(?:saw|see|seen|seeing|miss|missed|love|loved|hate|hated|trust|trusted|blame|blamed"
    r"|forgive|forgave|met|meet|meeting|hug|hugged|kiss|kissed|help|helped|helping|invite"
    r"|invited|ignore|ignored|follow|followed|thank|thanked|picked\s+up|pick\s+up|drove"
    r"|promised|warned|reminded|told|asked|texted|called|visited|babysit|babysat|raised"
    r"|ask|tell|remember|know|knew|owe|owes|owed)"
    r"|(?:worried|scared|afraid|happy|sad|proud|praying|sorry|glad|relieved)\s+for"
    r"|(?:compare|compared|comparing|myself|engaged|next)\s+to"
    r"|(?:it|this|that|something|gift|present|card|one|stuff)\s+for"
    r"|thanks\s+to|because\s+of|without|except"
    # "i visit him with prisca", "i was with quill": company, rare words only.
    r"|(?:visit|visits|visited|visiting|see|saw|sit|sat|was|were|been)\s+(?:(?:him|her|them|us)"
    r"\s+)?with"
    # "mad at jess", "waiting on kav", "the whole day with suvi", "jealous of suvi".
    r"|(?:mad|angry|pissed|upset|yelled|yelling|yell|screamed|screaming|snapped|laughed)\s+at"
    r"|(?:wait|waited|waiting)\s+(?:for|on)|(?:day|night|weekend|evening|afternoon)\s+with"
    r"|(?:jealous|envious|proud|afraid|scared|protective)\s+of"
    r"|blocked|unblocked|ghosted|dumped|confronted|known|avoid|avoided|avoiding"
    r"|email|emailed|emailing|messaged|messaging|dmed|dming"
    # "don't want to lose joss", "can't stand brody", "leaving tavi alone"; not "lose hope".
    r"|(?:lose|losing)(?!\s+(?:hope|faith|grace|patience|joy|heart|touch|track|sight|count"
    r"|face|control|sleep|weight)\b)|(?:can't|cannot|couldn't)\s+stand|leaving"
    # "a dream about brannick", "stop texting brannick".
    r"|(?:dream|dreams|dreamt|dreamed|nightmare|nightmares)\s+about"
    r"|texting|calling|messaging" + _CARE + r")\s+",
    # What is done to or for a child or a loved one: "i spanked jojo", "i failed kiki",
    # "cried to tash", "went to see rafe", "it's been hard on kiki", "as for kav".
)
# Object cues that take people far more often than things: an embedding word SCOWL does not
# list ("jess") is a name there when the phrase ends after it ("lied to jess about it").
MEDIUM_OBJECT = re.compile(
    r"(?:went|came|live|lives|living|lived|stay|stayed|staying|moved|moving|fight|fought|fighting"
    r"|argue|argued|arguing|lunch|dinner|coffee|drinks|trip|vacation|friends|day|night|weekend"
    r"|evening|afternoon)\s+with|(?:lied|close|closer|mean|nice|rude|apologi[sz]ed"
    r"|introduced)\s+to|met|meet|meeting|miss|missed|trust|trusted|blame|blamed|forgive|forgave"
    r"|hug|kiss|invite|thank|thanked|picked\s+up|pick\s+up|drove|promised|warned|reminded"
    r"|babysit|raised|avoid|avoided|avoiding|lose|losing|(?:can't|cannot|couldn't)\s+stand"
    r"|leaving"
    r"|(?:worried|guilty|sad|upset|nervous|anxious|mostly|especially|thinking|thought)\s+about"
    r"|myself\s+to" + _CARE,
)
# Object cues that name a person and nothing else ("texted X", "hanging out with X").
STRONG_OBJECT = re.compile(
    r"me\s+and|and\s+me|told|asked|(?:talk|talked|talking|spoke|speak|speaking)\s+to|(?:hang|hanging|hung"
    r"|hangs)\s+out\s+with|(?:dating|dated|broke\s+up|split|breakup|break\s+up|breaking\s+up"
    r"|still)\s+with|texted|hugged|kissed"
    r"|married|invited|babysat|babysit|owe|owes|owed|blocked|unblocked|ghosted|dumped"
    r"|email|emailed|emailing|messaged|messaging|dmed|dming"
    r"|(?:yelled|screamed|snapped|mad|angry|pissed)\s+at|(?:text|texts|call|calls|message|messages|email|emails"
    r"|letter|note|voicemail|dm|dms|snap|card|gift|visit)\s+from",
)
# What may follow a person named after a weak cue: the end of the phrase.
OBJECT_END = re.compile(
    r"(?:'s\b|\s*[.,;!?)]|\s*$|\s+(?:and|or|to|again|today|yesterday|tonight|last|this|every"
    r"|about|for|at|in|on|too|yet|anymore|because|but|so|when|if|after|before|since|a\s+lot"
    r"|more|less|much|first|once|twice|back|over|up|out|everywhere|lately|recently|all"
    r"|alone|he|she)\b)"
)
