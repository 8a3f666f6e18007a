"""The unlock screen comes up without the heavy stacks (start-up ≤ 1.5 s is in bench/ui_bench).

numpy (redaction, audio), httpx (sync) and the transcription engines load later, on worker
threads: at unlock, at the first recording, when a signed-in vault opens. This guards against an
eager import creeping back into the start-up path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from tenor_desktop.app import build_ui_context
from tenor_desktop.ui.shell import TenorWindow
app = QApplication(sys.argv)
window = TenorWindow(build_ui_context(Path(sys.argv[1])))
window.show()
app.processEvents()
heavy = ("numpy", "httpx", "faster_whisper", "spacy", "sounddevice", "onnxruntime")
print(json.dumps(sorted(name for name in heavy if name in sys.modules)))
"""


def test_the_first_screen_loads_no_heavy_stack(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
