"""A note leaving the app: "copy for EHR" plain text and PDF.

Both carry only what the clinician sees in the note: no segment ids, no evidence markers, no
client pseudonym unless the caller puts one in the heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenor_desktop.core.models import NoteSection, RiskFlag
from tenor_desktop.notes.pdf_export import render_pdf

_SPACES = re.compile(r"[ \t]+")
_FLAG_NAMES = {
    "suicidal_ideation": "Suicidal ideation",
    "self_harm": "Self-harm",
    "harm_to_others": "Harm to others",
    "abuse_disclosure": "Abuse disclosure",
}


def _clean(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "").splitlines()]
    return "\n".join(line for line in lines if line)


def flag_summary(flags: Sequence[RiskFlag]) -> str:
    """Human-readable list of risk kinds (no transcript text)."""
    return ", ".join(_FLAG_NAMES.get(flag.kind, flag.kind) for flag in flags)


def to_ehr_text(
    sections: Sequence[NoteSection],
    *,
    heading: str | None = None,
    flags: Sequence[RiskFlag] = (),
    include_flags: bool = False,
) -> str:
    """Clean plain text for pasting into an EHR: upper-case titles, one blank line between."""
    parts: list[str] = []
    if heading:
        parts.append(_clean(heading))
    for section in sections:
        parts.append(f"{section.title.upper()}\n{_clean(section.text)}")
    if include_flags and flags:
        parts.append(f"RISK FLAGS (review)\n{flag_summary(flags)}")
    return "\n\n".join(parts) + "\n"


def to_pdf(
    sections: Sequence[NoteSection],
    *,
    heading: str = "Progress note",
    flags: Sequence[RiskFlag] = (),
    include_flags: bool = False,
) -> bytes:
    """The note as a PDF document."""
    blocks = [(section.title, _clean(section.text)) for section in sections]
    if include_flags and flags:
        blocks.append(("Risk flags (review)", flag_summary(flags)))
    return render_pdf(heading, blocks)
