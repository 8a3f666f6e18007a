"""Note templates: editable TOML files (sections + guidance) from the built-in and a user folder.

A template file looks like ``resources/note_templates/soap.toml``. Clinicians add their own by
dropping a file with a new ``key`` into their templates folder; a user file with the same key as
a built-in one overrides it, so practices can reword the guidance without touching the app.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tenor_desktop.notes.errors import TemplateError

# Kinds of transcript sentence the offline drafter recognises; a section lists the ones it holds.
CATEGORIES = (
    "presenting",
    "observation",
    "intervention",
    "response",
    "assessment",
    "plan",
    "goal",
)


def builtin_template_dir() -> Path:
    """The folder of the templates that ship with the app."""
    return Path(__file__).resolve().parents[2] / "resources" / "note_templates"


@dataclass(frozen=True)
class TemplateSection:
    """One section of a template and how to fill it."""

    title: str
    guidance: str
    categories: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteTemplate:
    """A note layout: an ordered list of sections."""

    key: str
    name: str
    description: str
    sections: tuple[TemplateSection, ...]

    @property
    def titles(self) -> tuple[str, ...]:
        """Section titles in order."""
        return tuple(section.title for section in self.sections)


def _string_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TemplateError(f"Template {where}: expected a list of strings.")
    return tuple(value)


def parse_template(data: dict[str, object], *, origin: str) -> NoteTemplate:
    """Build a template from parsed TOML; raise TemplateError naming the file on bad content."""
    key, name = data.get("key"), data.get("name", data.get("key"))
    raw_sections = data.get("sections")
    if not isinstance(key, str) or not key.isidentifier() or not isinstance(name, str):
        raise TemplateError(f"Template file {origin} needs a 'key' made of letters and digits.")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise TemplateError(f"Template file {origin} needs at least one [[sections]] entry.")
    sections: list[TemplateSection] = []
    for index, raw in enumerate(raw_sections):
        where = f"{origin} section {index + 1}"
        if not isinstance(raw, dict) or not isinstance(raw.get("title"), str) or not raw["title"]:
            raise TemplateError(f"Template {where}: every section needs a 'title'.")
        categories = _string_list(raw.get("categories", []), where)
        unknown = sorted(set(categories) - set(CATEGORIES))
        if unknown:
            raise TemplateError(f"Template {where}: unknown categories {', '.join(unknown)}.")
        sections.append(
            TemplateSection(
                title=raw["title"],
                guidance=str(raw.get("guidance", "")),
                categories=categories,
                cues=tuple(cue.lower() for cue in _string_list(raw.get("cues", []), where)),
            )
        )
    titles = [section.title for section in sections]
    if len(set(titles)) != len(titles):
        raise TemplateError(f"Template file {origin} repeats a section title.")
    description = data.get("description", "")
    return NoteTemplate(key, name, str(description), tuple(sections))


def load_template_file(path: Path) -> NoteTemplate:
    """Read one template file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(f"Template file {path.name} cannot be read.") from error
    return parse_template(data, origin=path.name)


class TemplateLibrary:
    """Every template available: built-in ones, overridden/extended by the user's folder."""

    def __init__(self, directories: Iterable[Path] | None = None) -> None:
        # Later directories win, so pass (built-in, user) to let the clinician override.
        self._directories = (
            tuple(directories) if directories is not None else (builtin_template_dir(),)
        )

    @classmethod
    def with_user_dir(cls, user_dir: Path | None) -> TemplateLibrary:
        """Built-in templates plus the clinician's own from ``user_dir`` (if it exists)."""
        directories = [builtin_template_dir()]
        if user_dir is not None:
            directories.append(user_dir)
        return cls(directories)

    def _all(self) -> dict[str, NoteTemplate]:
        found: dict[str, NoteTemplate] = {}
        for directory in self._directories:
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.toml")):
                template = load_template_file(path)
                found[template.key] = template
        return found

    def keys(self) -> list[str]:
        """Keys of every available template, sorted."""
        return sorted(self._all())

    def get(self, key: str) -> NoteTemplate:
        """The template ``key``; raise TemplateError if there is none."""
        template = self._all().get(key)
        if template is None:
            raise TemplateError(f"There is no note template called '{key}'.")
        return template
