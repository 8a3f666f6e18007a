"""Test texts that mark the spans a redactor must find: ``"[[ferris]]'s mom called"``."""

from __future__ import annotations

import re

from tenor_desktop.redaction import Redactor

MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(marked: str) -> tuple[str, list[str]]:
    """The plain text and the marked surfaces, in order."""
    return MARK.sub(lambda m: m.group(1), marked), MARK.findall(marked)


def found_names(redactor: Redactor, text: str) -> list[str]:
    """The NAME spans a redactor finds in ``text``, lowercased, in order."""
    return [text[s.start : s.end].lower() for s in redactor.redact(text).spans if s.label == "NAME"]


def unfound_names(redactor: Redactor, marked: str, *, within: bool = False) -> list[str]:
    """Marked names the redactor misses (``within``: a longer found name may hold one)."""
    text, wanted = unmark(marked)
    found = found_names(redactor, text)
    return [
        surface
        for surface in wanted
        if not (
            any(surface.lower() in name for name in found) if within else surface.lower() in found
        )
    ]
