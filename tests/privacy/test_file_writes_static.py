"""Where tenor_desktop/ can write files at all: a static inventory with a reason for each place.

Audio and transcript text must never reach a file. The runtime audit tests prove that for the
paths they run; this walk of every module's AST catches a new write anywhere else (a debug WAV
dump, a temp file for a decoder, a cache of transcripts) the day it is added. Each allowed
place says why it is safe; anything new fails until a reviewer adds it here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest

from tests.privacy.conftest import REPO_ROOT
from tests.privacy.log_call_checker import python_files

PACKAGE = REPO_ROOT / "tenor_desktop"
# (module, kind) -> why that write is acceptable
ALLOWED: dict[tuple[str, str], str] = {
    ("tenor_desktop/vault/keys.py", "os.open"): "the key header (wrapped key, 0600, atomic)",
    ("tenor_desktop/services/deletion_service.py", "open:r+b"): "overwrites files before unlink",
    ("tenor_desktop/services/doctor_service.py", "tempfile.TemporaryDirectory"): (
        "self-test: a throwaway encrypted vault holding synthetic text only"
    ),
    ("tenor_desktop/cli/note_command.py", "write_bytes"): "`tenor note --pdf FILE`: asked for",
    ("tenor_desktop/services/processing_pipeline.py", "open:r+b"): (
        "`import --delete-original`: zero-overwrites the imported recording before unlink"
    ),
    ("tenor_desktop/ui/note_actions.py", "write_bytes"): "note PDF the clinician saves",
    ("tenor_desktop/notes/templates.py", "write_text"): (
        "a note template the clinician imports: a copy of their validated TOML file (sections "
        "and guidance), never transcript or note text"
    ),
    ("tenor_desktop/ui/recovery_kit.py", "write_bytes"): (
        "recovery kit PDF the clinician saves: vault location and instructions, no secret"
    ),
}
_TEMPFILE_CALLS = {
    "mkstemp",
    "mkdtemp",
    "NamedTemporaryFile",
    "TemporaryFile",
    "SpooledTemporaryFile",
    "TemporaryDirectory",
}
_ALWAYS_WRITES = {"write_text", "write_bytes", "tofile", "savez", "savez_compressed", "copyfile"}
_AUDIO_WRITERS = {("sf", "write"), ("soundfile", "write"), ("np", "save"), ("numpy", "save")}
_SHUTIL_WRITES = {"copy", "copy2", "copytree", "move"}


def _owner(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return None


def _mode_argument(call: ast.Call, position: int) -> str | None:
    mode: ast.expr | None = call.args[position] if len(call.args) > position else None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return "r"
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return mode.value
    return None  # computed mode: treated as a write


def write_kind(call: ast.Call) -> str | None:
    """A short name for the file write ``call`` performs, or None when it writes no file."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    owner = _owner(func)
    if name in _ALWAYS_WRITES:
        return str(name)
    if (owner, name) in _AUDIO_WRITERS:
        return f"{owner}.{name}"
    if owner == "tempfile" or (owner is None and name in _TEMPFILE_CALLS):
        if name in _TEMPFILE_CALLS:
            return f"tempfile.{name}"
    if owner == "shutil" and name in _SHUTIL_WRITES:
        return f"shutil.{name}"
    if owner == "os" and name == "open":
        flags = ast.unparse(call.args[1]) if len(call.args) > 1 else ""
        writes = any(flag in flags for flag in ("O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND"))
        return "os.open" if writes else None
    if name == "open" and owner not in ("os", "wave"):
        # builtins.open(path, mode) or path.open(mode)
        position = 1 if isinstance(func, ast.Name) else 0
        mode = _mode_argument(call, position)
        if mode is None or any(flag in mode for flag in "wax+"):
            return f"open:{mode}"
        return None
    if owner == "wave" and name == "open":
        mode = _mode_argument(call, 1)
        return None if mode in ("r", "rb") else "wave.open"
    return None


def file_writes(source: str) -> Iterator[tuple[int, str]]:
    """(line, kind) of every file write in one module's source."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            kind = write_kind(node)
            if kind is not None:
                yield node.lineno, kind


def test_every_file_write_in_the_package_is_reviewed() -> None:
    found: dict[tuple[str, str], list[int]] = {}
    for path in python_files(PACKAGE):
        module = str(path.relative_to(REPO_ROOT))
        for line, kind in file_writes(path.read_text(encoding="utf-8")):
            found.setdefault((module, kind), []).append(line)
    unreviewed = {key: lines for key, lines in found.items() if key not in ALLOWED}
    assert unreviewed == {}, "new file writes: check they cannot carry audio or text"
    # the inventory is current: every allowed place still exists (else remove it here)
    assert set(ALLOWED) <= set(found), set(ALLOWED) - set(found)


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("sf.write('debug.wav', pcm, 16000)", "sf.write"),
        ("np.save('audio.npy', pcm)", "np.save"),
        ("pcm.tofile(handle)", "tofile"),
        ("Path(p).write_text(segment.text)", "write_text"),
        ("open(p, 'wb')", "open:wb"),
        ("open(p, mode='a')", "open:a"),
        ("path.open('w')", "open:w"),
        ("open(p, mode)", "open:None"),
        ("tempfile.NamedTemporaryFile(suffix='.wav')", "tempfile.NamedTemporaryFile"),
        ("NamedTemporaryFile()", "tempfile.NamedTemporaryFile"),
        ("os.open(p, os.O_WRONLY | os.O_CREAT)", "os.open"),
        ("wave.open(p, 'wb')", "wave.open"),
        ("shutil.copy(src, dst)", "shutil.copy"),
    ],
)
def test_checker_sees_writes(source: str, kind: str) -> None:
    assert list(file_writes(source)) == [(1, kind)]


@pytest.mark.parametrize(
    "source",
    [
        "open(p)",
        "open(p, 'rb')",
        "path.open('rb')",
        "os.open(p, os.O_RDONLY)",
        "text.replace('a', 'b')",
    ],
)
def test_checker_ignores_reads(source: str) -> None:
    assert list(file_writes(source)) == []
