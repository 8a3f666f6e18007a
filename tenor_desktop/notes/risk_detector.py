"""Risk flags found in the transcript itself, whatever wrote the note.

Patterns favour sensitivity: a missed disclosure costs more than a flag the clinician dismisses.
Two exclusions keep the flags meaningful: a clinician's own screening questions ("Are you having
thoughts of suicide?") and a disclosure negated right before it ("I would never hurt myself").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenor_desktop.core.models import RiskFlag
from tenor_desktop.notes.transcript import TranscriptLine, clinician_speakers, split_sentences

RISK_KINDS = ("suicidal_ideation", "self_harm", "harm_to_others", "abuse_disclosure")

_PARTNER = (
    r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|mom|mother|"
    r"step\w+|uncle|brother|sister|boss|ex|coach|teacher))"
)
_PATTERNS: dict[str, re.Pattern[str]] = {
    "suicidal_ideation": re.compile(
        r"\bkill(?:ing)? myself\b|\bsuicid\w*|\bend(?:ing)? (?:my life|it all)\b|"
        r"\btake my (?:own )?life\b|\bbetter off (?:without me|if i (?:was|were)n't here|dead)\b|"
        r"\b(?:want|wanted|wanting) to die\b|\bwish (?:i|that i) (?:was|were) dead\b|"
        r"\bno reason to (?:live|go on)\b|"
        r"\bwish i could (?:disappear|not wake up|just not exist)\b|"
        r"\b(?:don't|do not) want to (?:live|be alive|wake up)\b",
        re.IGNORECASE,
    ),
    "self_harm": re.compile(
        r"\b(?:cut|cutting|burn|burned|burning|hurt|hurting|hit|hitting|harm|harming|scratch\w*)"
        r" myself\b|\bself[- ]?harm\w*\b|\bself[- ]?injur\w*\b",
        re.IGNORECASE,
    ),
    "harm_to_others": re.compile(
        r"\b(?:i|i'm|i am|i'd|i'll)\b[^.?!]{0,40}?\b(?:hurt|kill|attack|stab|shoot|strangle|"
        r"punch|hit|beat)\w*\s+(?:him|her|them|someone|somebody|people|everyone|my \w+|that \w+)\b",
        re.IGNORECASE,
    ),
    "abuse_disclosure": re.compile(
        rf"\b{_PARTNER}\b[^.?!]{{0,30}}?\b(?:hit|hits|shoved|shoves|pushed|punched|slapped|"
        r"choked|kicked|beat|beats|strangled|raped|molested|abused|threatened)\b\s+(?:me|my)\b|"
        r"\bi (?:was|am|got|have been) (?:being )?(?:abused|molested|raped|assaulted|beaten)\b|"
        r"\bdomestic violence\b",
        re.IGNORECASE,
    ),
}
_NEGATION = re.compile(
    r"\b(?:no|not|never|don't|do not|denies|deny|haven't|have not|wouldn't|would not|won't)\W+"
    r"(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


class RiskDetector:
    """Finds the four risk kinds in a transcript; the result does not depend on any provider."""

    def detect(self, lines: Sequence[TranscriptLine]) -> tuple[RiskFlag, ...]:
        """One flag per kind found, citing every segment where it was found (sorted)."""
        clinicians = clinician_speakers(lines)
        evidence: dict[str, set[int]] = {}
        for sentence in split_sentences(lines):
            if sentence.speaker in clinicians:
                continue
            for kind, pattern in _PATTERNS.items():
                for match in pattern.finditer(sentence.text):
                    if not _NEGATION.search(sentence.text[: match.start()]):
                        evidence.setdefault(kind, set()).add(sentence.segment_id)
                        break
        return tuple(
            RiskFlag(kind=kind, evidence=tuple(sorted(evidence[kind])))
            for kind in RISK_KINDS
            if kind in evidence
        )
