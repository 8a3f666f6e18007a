"""Logging calls in tenor_desktop/ can only carry ids, counts, kinds and error type names.

A static walk of every module's AST (tests/privacy/log_call_checker.py); the self-tests prove
the checker catches the leaks it exists for, and lets the package's real calls through.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.privacy.conftest import REPO_ROOT
from tests.privacy.log_call_checker import check_source, count_log_calls, python_files

PACKAGE = REPO_ROOT / "tenor_desktop"


def test_package_log_calls_carry_no_content() -> None:
    violations = []
    calls = 0
    for path in python_files(PACKAGE):
        source = path.read_text(encoding="utf-8")
        calls += count_log_calls(source)
        violations += check_source(source, str(path.relative_to(REPO_ROOT)))
    assert calls >= 5, "the checker no longer finds the package's logging calls"
    assert [str(v) for v in violations] == []


UNSAFE_CALLS = [
    'log.info("saved %s", segment.text)',
    'log.info(f"saved {segment.text}")',
    'logger.warning("client %s", pseudonym)',
    'log.info("saved " + text)',
    'log.info("saved %s" % text)',
    'log.info("saved {}".format(text))',
    "log.debug(message)",
    'log.error("failed: %s", error)',
    'log.error("failed: %s", str(error))',
    'log.info("user %s", client.name)',
    'log.info("status %s", result.value)',
    'log.exception("import failed")',
    'log.error("import failed", exc_info=True)',
    'self._log.info("segment %s", self.segment)',
    'logging.getLogger(__name__).info("note %s", note.sections)',
    'logging.info("text %s", transcript)',
    '_log.log(logging.INFO, "heard %s", words)',
]


@pytest.mark.parametrize("call", UNSAFE_CALLS)
def test_checker_catches_unsafe_call(call: str) -> None:
    assert check_source(call), f"not caught: {call}"


SAFE_CALLS = [
    'log.info("saved segment %s", segment_id)',
    'log.info("imported %d segments", len(segments))',
    'log.error("background task failed: %s", type(error).__name__)',
    '_log.warning("switched to the %s engine: %s", fallback.name, reason.value)',
    '_log.warning("deepgram engine gave up: %s", kind.value)',
    '_log.info("keeping %d samples", self._pending.sample_count)',
    '_log.info("deepgram stream stalled; reconnecting")',
    'log.debug("attempt %d of %d", attempt, 3)',
]


@pytest.mark.parametrize("call", SAFE_CALLS)
def test_checker_allows_ids_counts_and_kinds(call: str) -> None:
    assert check_source(call) == []


def test_checker_reports_file_and_line() -> None:
    source = textwrap.dedent(
        """
        import logging

        log = logging.getLogger(__name__)


        def save(segment):
            log.info("saved %s", segment.text)
        """
    )
    (violation,) = check_source(source, "tenor_desktop/example.py")
    assert str(violation).startswith("tenor_desktop/example.py:8: ")
    assert "segment.text" in violation.reason
