"""Note templates: editable TOML files (sections + guidance) from the built-in and a user folder.

A template file looks like ``resources/note_templates/soap.toml``. Clinicians add their own by
importing a file (``import_template_file``: validated, then copied into their templates folder)
or by dropping one there; a user file with the same key as a built-in one overrides it, so
practices can reword the guidance without touching the app. Pickers list ``choices()``, which
skips a broken file dropped by hand (``problems()`` names it) instead of hiding every template.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import NOTE_TEMPLATES, check_template_key
from tenor_desktop.notes.errors import TemplateError

MAX_TEMPLATE_BYTES = 64 * 1024

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
    """Read one template file; TemplateError names the file and, for bad TOML, where."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"Template file {path.name} is too large to be a note template.")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"Template file {path.name} cannot be read as UTF-8 text.") from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # The decoder's message says what is wrong and at which line and column.
        raise TemplateError(f"Template file {path.name} is not valid TOML: {error}.") from error
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

    @property
    def user_dir(self) -> Path | None:
        """The clinician's own templates folder (the last one given), if any."""
        return self._directories[-1] if len(self._directories) > 1 else None

    def _scan(self) -> tuple[dict[str, tuple[NoteTemplate, Path]], list[TemplateError]]:
        found: dict[str, tuple[NoteTemplate, Path]] = {}
        problems: list[TemplateError] = []
        for directory in self._directories:
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.toml")):
                try:
                    template = load_template_file(path)
                except TemplateError as error:
                    problems.append(error)
                    continue
                found[template.key] = (template, path)
        return found, problems

    def keys(self) -> list[str]:
        """Keys of every available template, sorted; TemplateError if any file is broken."""
        found, problems = self._scan()
        if problems:
            raise problems[0]
        return sorted(found)

    def choices(self) -> list[tuple[str, str]]:
        """``(key, name)`` of every readable template, sorted by name; broken files skipped."""
        found, _ = self._scan()
        return sorted(((k, t.name) for k, (t, _) in found.items()), key=lambda c: c[1].lower())

    def problems(self) -> list[str]:
        """What is wrong with each template file that cannot be used (for the UI to show)."""
        return [error.message for error in self._scan()[1]]

    def get(self, key: str) -> NoteTemplate:
        """The template ``key``; raise TemplateError if there is none."""
        found, problems = self._scan()
        if key in found:
            return found[key][0]
        broken = f" ({problems[0].message})" if problems else ""
        raise TemplateError(f"There is no note template called '{key}'{broken}.")

    def import_template_file(self, source: Path) -> NoteTemplate:
        """Validate a clinician's template file and copy it into their templates folder.

        Raises TemplateError with the reason (bad TOML and where, missing sections, a key that
        is not a plain identifier or that belongs to a built-in template). Importing a file with
        the key of one of their own templates replaces that template.
        """
        target_dir = self.user_dir
        if target_dir is None:
            raise TemplateError("There is no folder for your own templates.")
        template = load_template_file(source)
        try:
            check_template_key(template.key)
        except ValidationError as error:
            raise TemplateError(
                f"Template file {source.name}: the key must be letters, digits and underscores "
                "(at most 40), starting with a letter."
            ) from error
        if template.key in NOTE_TEMPLATES:
            raise TemplateError(
                f"Template file {source.name} uses the key '{template.key}' of a built-in "
                "template; give your template its own key."
            )
        existing = self._scan()[0].get(template.key)
        target = (
            existing[1]
            if existing is not None and existing[1].parent == target_dir
            else target_dir / f"{template.key}.toml"
        )
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        except OSError as error:
            raise TemplateError("Your templates folder cannot be written to.") from error
        return template
