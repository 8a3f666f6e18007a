"""Clinicians' own templates: import with validation, listing next to the built-ins."""

from __future__ import annotations

from pathlib import Path

import pytest

from tenor_desktop.notes.errors import TemplateError
from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.templates import TemplateLibrary

COUPLES = """key = "couples_intake"
name = "Couples intake"
description = "First joint session"

[[sections]]
title = "Relationship history"
guidance = "How the couple describe their history."
categories = ["presenting"]

[[sections]]
title = "Next steps"
guidance = "Agreed plan."
categories = ["plan"]
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_imported_template_is_saved_listed_and_drafted_with(tmp_path: Path) -> None:
    downloads, mine = tmp_path / "downloads", tmp_path / "templates"
    downloads.mkdir()
    library = TemplateLibrary.with_user_dir(mine)
    template = library.import_template_file(_write(downloads, "anything.toml", COUPLES))
    assert template.key == "couples_intake"
    assert (mine / "couples_intake.toml").read_text(encoding="utf-8") == COUPLES
    writer = NoteWriter(library)
    keys = [key for key, _ in writer.template_choices()]
    assert keys == ["soap", "dap", "birp", "girp", "summary", "couples_intake"]
    assert ("couples_intake", "Couples intake") in writer.template_choices()
    from tenor_desktop.notes.transcript import TranscriptLine

    note = writer.write(
        [TranscriptLine(0, "Client", "We met ten years ago and started arguing last spring.")],
        template="couples_intake",
    )
    assert [s.title for s in note.sections] == ["Relationship history", "Next steps"]


def test_reimporting_replaces_the_clinicians_own_template(tmp_path: Path) -> None:
    library = TemplateLibrary.with_user_dir(tmp_path / "mine")
    library.import_template_file(_write(tmp_path, "a.toml", COUPLES))
    library.import_template_file(
        _write(tmp_path, "b.toml", COUPLES.replace("Couples intake", "Couples intake v2"))
    )
    assert library.get("couples_intake").name == "Couples intake v2"
    assert len(list((tmp_path / "mine").glob("*.toml"))) == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('key = "x"\nname = [unclosed\n', r"not valid TOML: .*line 2"),
        ('name = "No key"\n[[sections]]\ntitle = "A"\n', "needs a 'key'"),
        ('key = "x"\n', r"at least one \[\[sections\]\]"),
        ('key = "soap"\n[[sections]]\ntitle = "S"\n', "built-in"),
        (f'key = "{"k" * 41}"\n[[sections]]\ntitle = "S"\n', "at most 40"),
        ('key = "x"\n[[sections]]\ntitle = "A"\ncategories = ["vibes"]\n', "unknown categories"),
    ],
)
def test_a_bad_template_file_is_refused_with_the_reason(
    tmp_path: Path, content: str, reason: str
) -> None:
    library = TemplateLibrary.with_user_dir(tmp_path / "mine")
    with pytest.raises(TemplateError, match=reason) as raised:
        library.import_template_file(_write(tmp_path, "mine.toml", content))
    assert "mine.toml" in raised.value.message
    assert not (tmp_path / "mine").exists() or not list((tmp_path / "mine").iterdir())


def test_a_broken_file_dropped_by_hand_does_not_hide_the_others(tmp_path: Path) -> None:
    _write(tmp_path, "couples.toml", COUPLES)
    _write(tmp_path, "broken.toml", "key = [unclosed\n")
    library = TemplateLibrary.with_user_dir(tmp_path)
    keys = [key for key, _ in library.choices()]
    assert "couples_intake" in keys and "soap" in keys
    assert any("broken.toml" in problem for problem in library.problems())
    assert library.get("couples_intake").name == "Couples intake"
    with pytest.raises(TemplateError, match=r"broken\.toml"):
        library.get("missing")


def test_without_a_user_folder_import_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no folder"):
        TemplateLibrary().import_template_file(_write(tmp_path, "a.toml", COUPLES))
