"""PySide6 6.12 (Python 3.11): the static ``QCoreApplication.processEvents()`` and
``sendPostedEvents()`` drop a reference to ``None`` on every call, so a loop calling them some
ten thousand times aborts the process ("deallocating None"); bench/ui_bench.py did. Our code
pumps events through a ``QEventLoop`` instance instead, whose ``processEvents()`` is clean.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop

ROOT = Path(__file__).resolve().parents[2]
STATIC_CALL = re.compile(
    r"\b(app|qapp|QApplication|QCoreApplication|QGuiApplication)\.(processEvents|sendPostedEvents)\("
)


def test_the_event_loop_instance_pump_keeps_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    before = sys.getrefcount(None)
    for _ in range(500):
        loop.processEvents()
    assert sys.getrefcount(None) - before > -50  # the static call would be about -500


def test_no_code_of_ours_calls_the_static_pump() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("tenor_desktop", "scripts", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if STATIC_CALL.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
