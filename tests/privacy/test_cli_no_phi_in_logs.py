"""No PHI in logs or error output: the ``tenor`` CLI end to end, with DEBUG logging forced on.

Each command runs in a subprocess whose root logger writes every record at DEBUG to stderr (a
``sitecustomize`` on PYTHONPATH), so stderr holds all log output plus every error message.
Canaries (a pseudonym, a name and phone said aloud, a marker word) may appear on stdout only
where printing them is the command's purpose (``show``, ``search``, ``clients``); stderr must
never carry them, on success or failure. Failures must also be clean: exit 1, no traceback.

The commands are independent, so one module fixture prepares their inputs and runs them all
concurrently; each test then judges one command's output.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakes.openai_server import FakeOpenAIServer
from tests.privacy.conftest import (
    DEBUG_MARKER,
    Canaries,
    CliResult,
    ImportedVault,
    TenorCli,
    found_in,
)

pytestmark = pytest.mark.slow
PARALLEL_COMMANDS = 4


def assert_no_canary_in_stderr(result: CliResult, canaries: Canaries) -> None:
    """The log/error stream is clean and really was captured at DEBUG."""
    assert DEBUG_MARKER in result.stderr, "DEBUG logging was not active in the subprocess"
    leaked = found_in(result.stderr, canaries.all())
    assert not leaked, f"{result.args[:3]} leaked {leaked} to stderr/logs:\n{result.stderr}"


def assert_clean_failure(result: CliResult, canaries: Canaries) -> None:
    """Exit code 1, a ``tenor:`` message, no traceback, no canary."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "tenor: " in result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert_no_canary_in_stderr(result, canaries)


@dataclass
class Batch:
    """The outputs of every command of this module, and what the tests compare them with."""

    results: dict[str, CliResult]
    corrupted_db: Path
    corrupted_hash: str
    openai: FakeOpenAIServer


@pytest.fixture(scope="module")
def openai_fake() -> Iterator[FakeOpenAIServer]:
    """A loopback OpenAI the ``tenor note`` subprocess talks to."""
    with FakeOpenAIServer() as server:
        # The "model" answers in prose that quotes the whole prompt, transcript included.
        server.state.model = lambda _system, user: f"Sure! Here is your note: {user}"
        yield server


def _corrupt_copy(source: Path, target: Path) -> tuple[Path, str]:
    shutil.copytree(source, target)
    database = target / "vault.db"
    data = bytearray(database.read_bytes())
    # Damage every page but the first (whose salt the open needs): whatever the command reads
    # next fails its HMAC.
    for page_start in range(4096, len(data), 4096):
        data[page_start + 100 : page_start + 600] = b"\xa5" * 500
    database.write_bytes(bytes(data))
    return database, hashlib.sha256(bytes(data)).hexdigest()


@pytest.fixture(scope="module")
def batch(
    cli: TenorCli,
    imported_vault: ImportedVault,
    canaries: Canaries,
    openai_fake: FakeOpenAIServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> Batch:
    """Prepare every command's input, run them all concurrently, collect the results."""
    root = tmp_path_factory.mktemp("cli-batch")
    vault = imported_vault.directory
    wrong_vault = root / "wrong-passphrase-vault"
    shutil.copytree(vault, wrong_vault)  # its throttle file must not slow the other commands
    corrupted_db, corrupted_hash = _corrupt_copy(vault, root / "corrupted-vault")
    named = f"{canaries.name} {canaries.word}"
    unreadable = root / f"{named}.txt"
    unreadable.mkdir()  # a directory where a file is expected (chmod cannot stop root)
    transcript = root / "session.txt"
    transcript.write_text(canaries.transcript(), encoding="utf-8")
    not_utf8 = root / f"{canaries.name}.txt"
    not_utf8.write_bytes(b"Client: \xff\xfe " + canaries.word.encode() + b"\n")
    openai_env = {"TENOR_OPENAI_BASE_URL": openai_fake.base_url, "OPENAI_API_KEY": "sk-test-9z"}
    client = canaries.pseudonym
    commands: dict[str, Callable[[], CliResult]] = {
        "clients": lambda: cli.run("clients", vault=vault),
        "sessions": lambda: cli.run("sessions", "--client", client, "--json", vault=vault),
        "show": lambda: cli.run("show", imported_vault.session_id, vault=vault),
        "search": lambda: cli.run("search", canaries.word, "--json", vault=vault),
        "wrong_passphrase": lambda: cli.run(
            "show", "se_0", vault=wrong_vault, passphrase=f"{canaries.name} guess"
        ),
        "unknown_client": lambda: cli.run("sessions", "--client", named, vault=vault),
        "show_bad_id": lambda: cli.run("show", named, vault=vault),
        "delete_session_bad_id": lambda: cli.run("delete", "session", named, vault=vault),
        "delete_client_bad_id": lambda: cli.run("delete", "client", named, vault=vault),
        "corrupted": lambda: cli.run("show", imported_vault.session_id, vault=corrupted_db.parent),
        "import_unreadable": lambda: cli.run(
            "import", str(unreadable), "--client", client, vault=vault
        ),
        "import_missing_audio": lambda: cli.run(
            "import", str(root / f"{canaries.name} intake.flac"), "--client", client, vault=vault
        ),
        "redact_missing": lambda: cli.run(
            "redact", "--no-phi", "--topics", "none", str(root / f"{canaries.name} session.txt")
        ),
        "redact": lambda: cli.run("redact", str(transcript), "--topics", "none"),
        "note_provider_fails": lambda: cli.run(
            "note", str(transcript), "--provider", "openai", env=openai_env
        ),
        "note_not_utf8": lambda: cli.run("note", str(not_utf8)),
    }
    with ThreadPoolExecutor(max_workers=PARALLEL_COMMANDS) as pool:
        futures = {name: pool.submit(command) for name, command in commands.items()}
        results = {name: future.result() for name, future in futures.items()}
    return Batch(results, corrupted_db, corrupted_hash, openai_fake)


# -- successful commands: canaries on stdout where that is the point, never on stderr ----------


def test_init_and_import_log_nothing_sensitive(
    imported_vault: ImportedVault, canaries: Canaries
) -> None:
    init, imported = imported_vault.runs
    for result in (init, imported):
        assert_no_canary_in_stderr(result, canaries)
    # import prints ids only: no pseudonym or transcript text either
    assert not found_in(imported.stdout, canaries.all())


def test_browsing_commands_keep_canaries_on_stdout(
    batch: Batch, imported_vault: ImportedVault, canaries: Canaries
) -> None:
    results = batch.results
    for name in ("clients", "sessions", "show", "search"):
        assert results[name].returncode == 0, results[name].stderr
        assert_no_canary_in_stderr(results[name], canaries)
    # positive controls: the canaries are really there to leak, the capture would see them
    assert canaries.pseudonym in results["clients"].stdout
    assert imported_vault.session_id in results["sessions"].stdout
    show = results["show"].stdout
    assert canaries.word in show and canaries.pseudonym in show
    assert imported_vault.session_id in results["search"].stdout
    # redaction was on: the name and phone said aloud never reached the stored transcript
    transcript_part = show.split("\n", 1)[1]
    assert canaries.name not in transcript_part and canaries.phone not in show


def test_redact_prints_redacted_text_only(batch: Batch, canaries: Canaries) -> None:
    result = batch.results["redact"]
    assert result.returncode == 0, result.stderr
    assert_no_canary_in_stderr(result, canaries)
    assert canaries.word in result.stdout  # the untouched marker word: output was captured
    assert canaries.name not in result.stdout and canaries.phone not in result.stdout


# -- failures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "wrong_passphrase",
        "unknown_client",
        "show_bad_id",
        "delete_session_bad_id",
        "delete_client_bad_id",
        "corrupted",
        "import_unreadable",
        "note_not_utf8",
        "import_missing_audio",
        "redact_missing",
    ],
)
def test_failing_command_is_clean(name: str, batch: Batch, canaries: Canaries) -> None:
    assert_clean_failure(batch.results[name], canaries)


def test_wrong_passphrase_says_so(batch: Batch) -> None:
    assert "passphrase" in batch.results["wrong_passphrase"].stderr.lower()


def test_corrupted_vault_is_left_untouched(batch: Batch) -> None:
    assert hashlib.sha256(batch.corrupted_db.read_bytes()).hexdigest() == batch.corrupted_hash


def test_note_provider_failure_does_not_echo_the_transcript(
    batch: Batch, canaries: Canaries
) -> None:
    result = batch.results["note_provider_fails"]
    assert_clean_failure(result, canaries)
    # it really reached the provider (which echoed the transcript back) and failed there
    assert len(batch.openai.state.requests) == 1
    assert "sk-test-9z" not in result.stderr


def test_nothing_sensitive_lands_in_home(batch: Batch, cli: TenorCli, canaries: Canaries) -> None:
    """After every command ran, HOME and the working directory hold no canary in any form."""
    assert batch.results  # the commands ran with this HOME
    needles = [*canaries.all(), "sk-test-9z"]
    for path in (p for p in cli.home.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            for form in (needle.encode(), needle.encode("utf-16-le")):
                assert form not in data, f"{needle!r} found in {path}"
