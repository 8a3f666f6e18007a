"""Redaction review: what was removed, by label, highlighted in the stored transcript.

Segments carry label-only marks (start/end/label into the *stored* text); the original words
are never kept, so the review shows placeholders coloured by label and a summary count.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence

from tenor_desktop.core.models import RedactionMark, Segment

# Singular and plural nouns a clinician reads; unknown labels fall back to the label itself.
LABEL_NOUNS: dict[str, tuple[str, str]] = {
    "NAME": ("name", "names"),
    "LOCATION": ("place", "places"),
    "DATE": ("date", "dates"),
    "PHONE": ("phone number", "phone numbers"),
    "FAX": ("fax number", "fax numbers"),
    "EMAIL": ("email address", "email addresses"),
    "SSN": ("social security number", "social security numbers"),
    "MRN": ("medical record number", "medical record numbers"),
    "HEALTH_PLAN": ("health plan number", "health plan numbers"),
    "ACCOUNT": ("account number", "account numbers"),
    "LICENSE": ("licence number", "licence numbers"),
    "VEHICLE": ("vehicle identifier", "vehicle identifiers"),
    "DEVICE": ("device identifier", "device identifiers"),
    "URL": ("web address", "web addresses"),
    "IP": ("IP address", "IP addresses"),
    "BIOMETRIC": ("biometric identifier", "biometric identifiers"),
    "ID": ("other identifier", "other identifiers"),
    "IMMIGRATION": ("passage on immigration", "passages on immigration"),
    "SEXUAL_CONTENT": ("passage of sexual content", "passages of sexual content"),
    "ABUSE": ("passage on abuse", "passages on abuse"),
    "SUBSTANCE_USE": ("passage on substance use", "passages on substance use"),
    "CRIMINAL": ("passage on criminal activity", "passages on criminal activity"),
    "SELF_HARM": ("passage on self-harm", "passages on self-harm"),
}

# Soft backgrounds readable with black text in light and dark themes alike.
_IDENTIFIER_COLOUR = "#d0ebff"
_LABEL_COLOURS = {
    "NAME": "#d3f9d8",
    "LOCATION": "#fff3bf",
    "DATE": "#e5dbff",
    "PHONE": "#ffe8cc",
    "EMAIL": "#ffe8cc",
}
_TOPIC_COLOUR = "#ffc9c9"
_TOPICS = {"IMMIGRATION", "SEXUAL_CONTENT", "ABUSE", "SUBSTANCE_USE", "CRIMINAL", "SELF_HARM"}

RISK_WORDS = {
    "self_harm": "self-harm",
    "abuse_disclosure": "abuse disclosure",
    "harm_to_others": "harm to others",
    "suicidal_ideation": "suicidal ideation",
}


def label_colour(label: str) -> str:
    """Background colour of a placeholder with ``label``."""
    if label in _TOPICS:
        return _TOPIC_COLOUR
    return _LABEL_COLOURS.get(label, _IDENTIFIER_COLOUR)


def label_counts(segments: Iterable[Segment]) -> Counter[str]:
    """How many placeholders of each label the segments hold."""
    return Counter(mark.label for segment in segments for mark in segment.redactions)


def redaction_summary(segments: Sequence[Segment]) -> str:
    """``"Removed: 3 names, 1 date"`` (most frequent first) or an empty string."""
    counts = label_counts(segments)
    if not counts:
        return ""
    parts = []
    for label, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        singular, plural = LABEL_NOUNS.get(label, (label.lower(), label.lower()))
        parts.append(f"{count} {singular if count == 1 else plural}")
    return "Removed: " + ", ".join(parts)


def risk_summary(flags: Sequence[str]) -> str:
    """``"Risk flagged: self-harm. Review before using the note."`` or empty."""
    if not flags:
        return ""
    words = ", ".join(RISK_WORDS.get(flag, flag.replace("_", " ")) for flag in flags)
    return f"⚠ Risk flagged: {words}. Review before using the note."


def segment_html(text: str, marks: Sequence[RedactionMark], needle: str = "") -> str:
    """Escaped ``text`` with placeholders highlighted by label and ``needle`` marked."""
    pieces: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: m.start):
        if mark.start < position or mark.end > len(text):
            continue  # marks that do not fit the stored text are ignored, never guessed
        pieces.append(_highlight_search(text[position : mark.start], needle))
        placeholder = html.escape(text[mark.start : mark.end])
        singular = LABEL_NOUNS.get(mark.label, (mark.label.lower(), ""))[0]
        pieces.append(
            f'<span style="background-color:{label_colour(mark.label)}; color:#212529;"'
            f' title="Removed {html.escape(singular)}">{placeholder}</span>'
        )
        position = mark.end
    pieces.append(_highlight_search(text[position:], needle))
    return "".join(pieces)


def _highlight_search(text: str, needle: str) -> str:
    """Escape ``text`` and wrap every case-insensitive occurrence of ``needle``."""
    if not needle:
        return html.escape(text)
    out, lowered, start = [], text.lower(), 0
    while (found := lowered.find(needle, start)) >= 0:
        out.append(html.escape(text[start:found]))
        out.append(
            f'<span style="background-color:#ffd43b; color:#212529;">'
            f"{html.escape(text[found : found + len(needle)])}</span>"
        )
        start = found + len(needle)
    out.append(html.escape(text[start:]))
    return "".join(out)
