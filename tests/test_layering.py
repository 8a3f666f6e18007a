"""The architecture's layering rules, enforced by walking every import in the package."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "tenor_desktop"

# A layer may import itself, anything at a lower rank, and never anything higher.
RANK = {
    "core": 0,
    "audio": 1,
    "transcription": 1,
    "redaction": 1,
    "notes": 1,
    "vault": 1,
    "sync": 1,
    "security": 1,
    "services": 2,
    "ui": 3,
    "app": 4,
    "cli": 4,
    "__main__": 5,
}
# Same-rank siblings that may use each other (kept short and explicit).
ALLOWED_SIBLINGS: set[tuple[str, str]] = {
    ("notes", "redaction"),  # notes reuse the sentence splitter / embedder of redaction
    ("sync", "vault"),  # the sync engine reads and writes vault items
    ("security", "vault"),  # policy/secret storage falls back to the vault
    ("transcription", "audio"),  # engines read the ring buffer's sample type
    ("cli", "app"),  # `tenor` with no arguments opens the app
}


def _layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 0 else ""


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations() -> list[str]:
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = _layer_of(path)
        if layer == "__init__":
            continue
        for lineno, module in _imports(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{lineno} imports {module}"
            top = module.split(".")[0]
            if top in ("PySide6", "shiboken6") and layer != "ui":
                problems.append(f"Qt outside ui/: {where}")
            if top != "tenor_desktop" or module == "tenor_desktop":
                continue
            target = module.split(".")[1]
            if target == layer or target == "__init__":
                continue
            if target not in RANK or layer not in RANK:
                problems.append(f"unknown layer: {where}")
            elif RANK[target] > RANK[layer]:
                problems.append(f"upward import: {where}")
            elif RANK[target] == RANK[layer] and (layer, target) not in ALLOWED_SIBLINGS:
                problems.append(f"sideways import: {where}")
    return problems


def test_no_layer_crossings() -> None:
    assert _violations() == []


def test_the_checker_catches_a_crossing(tmp_path: Path) -> None:
    # Guard against a checker that silently passes everything.
    bad = PACKAGE / "core" / "_layering_probe.py"
    bad.write_text("from PySide6 import QtCore\nimport tenor_desktop.vault.schema\n")
    try:
        problems = _violations()
    finally:
        bad.unlink()
    assert any("Qt outside ui/" in p and "_layering_probe" in p for p in problems)
    assert any("upward import" in p and "_layering_probe" in p for p in problems)
