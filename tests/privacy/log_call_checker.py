"""Static check of logging calls: only ids, counts, kinds and error type names may be logged.

Every call ``<logger>.debug/info/warning/error/critical/log(...)`` is inspected:

- the message must be a plain string literal (no f-string, ``%``/``+`` formatting, ``.format``
  or variable), so text can only enter through the arguments;
- each argument must be a constant, ``type(x).__name__``, ``len(...)``, or a name/attribute
  whose last part says it is an id, a count, a kind, a status, a time or an engine name
  (``session_id``, ``self._pending.sample_count``, ``reason.value``, ``fallback.name``);
- ``log.exception`` and ``exc_info=``/``stack_info=`` are refused: a traceback carries the
  messages of third-party exceptions (file paths, server-echoed text) that we do not control.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LOG_METHODS = {"debug", "info", "warning", "warn", "error", "critical", "fatal", "log", "exception"}
_LOGGER_NAME = re.compile(r"(^|_)(log|logger|logging)$", re.IGNORECASE)
_SAFE_IDENTIFIER = re.compile(
    r"^_*(\w+_)?(id|ids|count|counts|kind|kinds|status|status_code|code|seconds|ms|elapsed"
    r"|attempt|attempts|generation|port|method|engine|provider|index|version|size"
    r"|sample_count|byte_count)$"
)
_ENUM_OWNER = re.compile(r"(^|_)(kind|reason|status|mode|state|level|failure)$")
_ENGINE_OWNER = re.compile(r"(^|_)(engine|fallback|primary|transcriber|provider|backend)$")
_FORBIDDEN_KEYWORDS = {"exc_info", "stack_info", "extra"}


@dataclass(frozen=True)
class Violation:
    """One unsafe logging call."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def _last_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def is_logger_call(node: ast.Call) -> bool:
    """``x.info(...)`` on something named like a logger, or on ``logging.getLogger(...)``."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in LOG_METHODS:
        return False
    receiver = func.value
    if isinstance(receiver, ast.Call):
        return _last_name(receiver.func) == "getLogger"
    name = _last_name(receiver)
    return name is not None and bool(_LOGGER_NAME.search(name))


def is_safe_argument(node: ast.expr) -> bool:
    """True for the argument shapes that cannot carry transcript text, names or audio."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Attribute) and node.attr == "__name__":
        return True  # type(error).__name__, a class or function name
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len":
        return True
    if isinstance(node, ast.Attribute) and node.attr == "value":
        owner = _last_name(node.value)
        return owner is not None and bool(_ENUM_OWNER.search(owner))
    if isinstance(node, ast.Attribute) and node.attr == "name":
        owner = _last_name(node.value)
        return owner is not None and bool(_ENGINE_OWNER.search(owner))
    if isinstance(node, ast.Name | ast.Attribute):
        name = _last_name(node)
        return name is not None and bool(_SAFE_IDENTIFIER.match(name))
    return False


def check_call(node: ast.Call, path: str) -> Iterator[Violation]:
    """The violations of one logging call."""
    method = node.func.attr  # type: ignore[attr-defined]
    if method == "exception":
        yield Violation(path, node.lineno, "log.exception logs a traceback")
    arguments = list(node.args)
    if method == "log" and arguments:
        arguments = arguments[1:]  # log(level, message, *args)
    if not arguments:
        return
    message, *rest = arguments
    if isinstance(message, ast.JoinedStr):
        yield Violation(path, node.lineno, "f-string in a log call")
    elif not (isinstance(message, ast.Constant) and isinstance(message.value, str)):
        yield Violation(path, node.lineno, "log message is not a plain string literal")
    for argument in rest:
        if not is_safe_argument(argument):
            shown = ast.unparse(argument)
            yield Violation(path, node.lineno, f"argument '{shown}' is not an id/count/kind")
    for keyword in node.keywords:
        if keyword.arg in _FORBIDDEN_KEYWORDS:
            yield Violation(path, node.lineno, f"'{keyword.arg}=' in a log call")


def check_source(source: str, path: str = "<string>") -> list[Violation]:
    """Every violation in one module's source."""
    found: list[Violation] = []
    for node in ast.walk(ast.parse(source, filename=path)):
        if isinstance(node, ast.Call) and is_logger_call(node):
            found.extend(check_call(node, path))
    return found


def count_log_calls(source: str) -> int:
    """How many logging calls a module makes (for the positive control)."""
    tree = ast.parse(source)
    return sum(1 for n in ast.walk(tree) if isinstance(n, ast.Call) and is_logger_call(n))


def python_files(package: Path) -> list[Path]:
    """Every module of a package, sorted."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)
