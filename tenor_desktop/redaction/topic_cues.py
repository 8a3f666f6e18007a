"""Strong spoken cue phrases of the built-in topics: slang and everyday words for the acts.

Regular expressions, matched case-insensitively at word boundaries like the catalogue's
phrases, and skipped right after a negation ("he never hit us") except for SELF_HARM. Only
phrases that on their own almost always mean the topic belong here; ambiguous words ("high",
"clean", "trial", "papers") are left to the embedding.

The phrases live in one module per group of topics; this module gathers them by category name
and re-exports the shared lookaheads of ``topic_cue_guards``, so its public names stay the
three the catalogue imports.
"""

from __future__ import annotations

from tenor_desktop.redaction import (
    topic_cues_abuse_sexual,
    topic_cues_legal,
    topic_cues_self_harm,
    topic_cues_substance,
)
from tenor_desktop.redaction.topic_cue_guards import NOT_A_GAME, NOT_HER_THINGS

__all__ = ["NOT_A_GAME", "NOT_HER_THINGS", "SPOKEN_PHRASES"]

SPOKEN_PHRASES: dict[str, tuple[str, ...]] = {
    "IMMIGRATION": topic_cues_legal.IMMIGRATION_CUES,
    "SEXUAL_CONTENT": topic_cues_abuse_sexual.SEXUAL_CONTENT_CUES,
    "ABUSE": topic_cues_abuse_sexual.ABUSE_CUES,
    "SUBSTANCE_USE": topic_cues_substance.SUBSTANCE_USE_CUES,
    "CRIMINAL": topic_cues_legal.CRIMINAL_CUES,
    "SELF_HARM": topic_cues_self_harm.SELF_HARM_CUES,
}
