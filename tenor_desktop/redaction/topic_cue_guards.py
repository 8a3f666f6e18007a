"""Negative lookaheads shared by the topic catalogue's phrases and the spoken cues.

Each is appended right after a word to bar the readings that are no act: "slammed her door"
is no blow to her, "beat them in the final" is a game.
"""

from __future__ import annotations

# After "her": her things, not her ("slammed her door", "threw her phone", "grabbed her keys").
NOT_HER_THINGS = (
    r"(?!\W+(?:own\W+)?(?:\w+\W+)?(?:door|car|phone|keys|bag|purse|shoes|books?|drawers?|cup|mug"
    r"|plate|bike|ball|toys?|homework|chair|laptop|computer|fists?|hands? on)\b)"
)
# After beating someone: a game or a race, not a blow ("beat them in the final").
NOT_A_GAME = (
    r"(?! (?:to the punch|to it|in (?:the|a) (?:game|final|race|match|round)|at (?:\w+ )?"
    r"(?:cards|chess|tennis|games?|pool|golf|poker)))"
)
