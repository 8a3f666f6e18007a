"""PySide6 6.12 on Python 3.11 drops a reference to None per void binding call; the app's start-up
guard (tenor_desktop/ui/binding_guard.py) keeps that from aborting the process.

Each case runs in a child process, because the unguarded one is expected to abort.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 200_000  # far more void calls than a fresh process has references to None

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QWidget
    if sys.argv[1] == "guarded":
        from tenor_desktop.ui.binding_guard import guard_singletons
        guard_singletons()
    app = QApplication([])
    widget = QWidget()
    for _ in range({calls}):
        widget.update()  # returns nothing
    print("survived", flush=True)
    """
).format(calls=CALLS)


def run_child(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_the_guarded_process_survives_many_void_calls() -> None:
    result = run_child("guarded")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_bindings_still_drop_none_references_without_the_guard() -> None:
    """When this fails, the bindings are fixed: remove binding_guard.py and this file."""
    result = run_child("unguarded")
    assert result.returncode != 0
    assert "deallocating None" in result.stderr
