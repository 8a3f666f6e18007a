"""A ``sys.addaudithook`` recorder of file writes, temp files and network use.

Audit hooks cannot be removed, so one hook is installed per process and a flag switches the
recording on and off. What it records while on:

- ``open`` events (builtins.open, io.open and os.open) whose flags ask for writing or creating;
- the ``tempfile.mkstemp`` / ``tempfile.mkdtemp`` events (every tempfile helper ends in one);
- copies, renames, links, directory creation and truncation by path;
- ``socket.connect`` / ``socket.sendto`` (offline processing must not touch the network).

Writes done inside C libraries (SQLite's own temp files, FFmpeg) never raise audit events, so
the tests also point TMPDIR at a private directory that must stay empty, and look for
unlinked-but-open files.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_PATH_EVENTS = {
    "shutil.copyfile": 1,
    "shutil.copytree": 1,
    "os.rename": 1,
    "os.link": 1,
    "os.symlink": 1,
    "os.mkdir": 0,
    "os.truncate": 0,
}


@dataclass
class AuditRecord:
    """What happened while the recorder was on."""

    writes: list[str] = field(default_factory=list)
    temp_files: list[str] = field(default_factory=list)
    network: list[str] = field(default_factory=list)
    opened_for_reading: list[str] = field(default_factory=list)

    def writes_outside(self, *allowed: Path) -> list[str]:
        """Written paths that are not inside one of the ``allowed`` directories."""
        roots = [str(Path(directory).resolve()) for directory in allowed]
        outside = []
        for written in self.writes:
            resolved = os.path.realpath(written)
            if not any(resolved == root or resolved.startswith(root + os.sep) for root in roots):
                outside.append(written)
        return outside


class AuditRecorder:
    """The process-wide hook, switched on by ``recording()``."""

    _installed: AuditRecorder | None = None

    def __init__(self) -> None:
        self._active: AuditRecord | None = None
        self._lock = threading.Lock()

    @classmethod
    def shared(cls) -> AuditRecorder:
        """The one recorder of this process (installs the hook on first use)."""
        if cls._installed is None:
            cls._installed = cls()
            sys.addaudithook(cls._installed._hook)
        return cls._installed

    @contextmanager
    def recording(self) -> Iterator[AuditRecord]:
        """Record everything inside the ``with`` block."""
        record = AuditRecord()
        with self._lock:
            self._active = record
        try:
            yield record
        finally:
            with self._lock:
                self._active = None

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        record = self._active
        if record is None:
            return
        if event == "open":
            path, _mode, flags = args
            if isinstance(path, int):
                return  # re-wrapping an already open descriptor (pipes, sockets)
            if isinstance(flags, int) and flags & _WRITE_FLAGS:
                record.writes.append(os.fsdecode(path))
            else:
                record.opened_for_reading.append(os.fsdecode(path))
        elif event in ("tempfile.mkstemp", "tempfile.mkdtemp"):
            record.temp_files.append(os.fsdecode(args[0]))
        elif event in _PATH_EVENTS:
            target = args[_PATH_EVENTS[event]]
            if not isinstance(target, int):
                record.writes.append(os.fsdecode(target))
        elif event in ("socket.connect", "socket.sendto"):
            record.network.append(f"{event} {args[1]!r}")


def open_deleted_files() -> list[str]:
    """Files this process holds open after unlinking them (how SQLite hides temp files)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    hits = []
    for entry in fd_dir.iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.endswith("(deleted)") and not target.startswith("/memfd:"):
            hits.append(target)
    return hits
