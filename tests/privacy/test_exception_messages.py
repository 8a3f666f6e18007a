"""Exception messages never carry PHI: error paths of the services, fed canary inputs, in-process.

For each error, ``str()`` and ``repr()`` of the exception and of every exception chained to it
(``__cause__`` / ``__context__``, which crash reports and ``exc_info`` logging print) must be
free of the canary pseudonym, name, phone and marker word.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tenor_desktop.core.errors import TenorError
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.notes.errors import NoteError
from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import TranscriptLine
from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.redactor import RedactionModels, Redactor
from tenor_desktop.redaction.settings import RedactionSettings
from tenor_desktop.redaction.topic_catalogue import TopicCategory
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.services.import_service import ImportService
from tenor_desktop.services.vault_service import VaultService
from tenor_desktop.transcription.file_audio import decode_audio_file
from tests.fakes.openai_server import FakeOpenAIServer
from tests.notes.provider_factory import make_client
from tests.privacy.conftest import PASSPHRASE, Canaries, found_in


def exception_chain(error: BaseException) -> Iterator[BaseException]:
    """The exception and the chained ones a traceback would print (``from None`` hides them)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        if current.__cause__ is not None:
            current = current.__cause__
        else:
            current = None if current.__suppress_context__ else current.__context__


def assert_message_clean(error: BaseException, canaries: Canaries) -> None:
    """No canary in str/repr of the error or of its chain; the error is a TenorError."""
    assert isinstance(error, TenorError), type(error)
    for link in exception_chain(error):
        for shown in (str(link), repr(link)):
            assert not found_in(shown, canaries.all()), f"{type(link).__name__}: {shown}"


def raised_by(action: Callable[[], object]) -> BaseException:
    """The exception ``action`` raises (fails the test when it raises nothing)."""
    with pytest.raises(Exception) as raised:
        action()
    return raised.value


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, canaries: Canaries) -> Iterator[VaultService]:
    """An unlocked vault holding the canary client and session."""
    root = tmp_path_factory.mktemp("exceptions")
    transcript = root / "session.txt"
    transcript.write_text(canaries.transcript(), encoding="utf-8")
    opened = VaultService(root / "vault")
    opened.create(PASSPHRASE)
    ImportService(opened.vault).import_file(transcript, client_pseudonym=canaries.pseudonym)
    yield opened
    opened.lock()


def test_wrong_passphrase_is_not_echoed(
    service: VaultService, canaries: Canaries, tmp_path: Path
) -> None:
    other = VaultService(service.directory)
    error = raised_by(lambda: other.unlock(f"{canaries.name} {canaries.word}", wait=False))
    assert_message_clean(error, canaries)
    assert not other.is_unlocked


@pytest.mark.parametrize("call", ["client_by_pseudonym", "sessions", "session_detail"])
def test_vault_service_lookups(call: str, service: VaultService, canaries: Canaries) -> None:
    bogus = f"{canaries.pseudonym} {canaries.word}"
    error = raised_by(lambda: getattr(service, call)(bogus))
    assert_message_clean(error, canaries)


def test_malformed_search_query_is_answered_not_raised(
    service: VaultService, canaries: Canaries
) -> None:
    """FTS5 syntax errors would echo the query (transcript words): the index must absorb them."""
    hits = service.search(f'"{canaries.word} {canaries.name} AND (')
    assert isinstance(hits, list)
    assert [hit.session_id for hit in service.search(canaries.word)]  # control: it is indexed


def _import_cases(tmp_path: Path, canaries: Canaries) -> dict[str, tuple[Path, str]]:
    named = f"{canaries.name} {canaries.word}"
    missing = tmp_path / f"{named}.txt"
    directory = tmp_path / f"{named} folder.txt"
    directory.mkdir()
    not_utf8 = tmp_path / f"{named} latin1.txt"
    not_utf8.write_bytes(f"Client: {canaries.word} \xe9\xff".encode("latin-1"))
    empty = tmp_path / f"{named} empty.txt"
    empty.write_text(f"{canaries.name}:\n\n", encoding="utf-8")
    audio = tmp_path / f"{named}.flac"
    audio.write_bytes(b"not audio " + canaries.word.encode())
    good = tmp_path / "good.txt"
    good.write_text(canaries.transcript(), encoding="utf-8")
    return {
        "missing": (missing, canaries.pseudonym),
        "directory": (directory, canaries.pseudonym),
        "not_utf8": (not_utf8, canaries.pseudonym),
        "no_lines": (empty, canaries.pseudonym),
        "audio_without_engine": (audio, canaries.pseudonym),
        "pseudonym_too_long": (good, (canaries.pseudonym + " ") * 20),
    }


@pytest.mark.parametrize(
    "case",
    ["missing", "directory", "not_utf8", "no_lines", "audio_without_engine", "pseudonym_too_long"],
)
def test_import_service_errors(
    case: str, service: VaultService, canaries: Canaries, tmp_path: Path
) -> None:
    path, pseudonym = _import_cases(tmp_path, canaries)[case]
    importer = ImportService(service.vault)
    error = raised_by(lambda: importer.import_file(path, client_pseudonym=pseudonym))
    assert_message_clean(error, canaries)


@pytest.mark.parametrize("case", ["missing", "not_audio"])
def test_audio_decode_errors(case: str, canaries: Canaries, tmp_path: Path) -> None:
    path = tmp_path / f"{canaries.name} intake.wav"
    if case == "not_audio":
        path.write_bytes(b"RIFF garbage " + canaries.word.encode())
    assert_message_clean(raised_by(lambda: decode_audio_file(path)), canaries)


@pytest.mark.parametrize("what", ["transcript", "session", "client"])
def test_deletion_of_unknown_ids(what: str, service: VaultService, canaries: Canaries) -> None:
    deletion = DeletionService(service.vault)
    method = getattr(deletion, f"delete_{what}")
    error = raised_by(lambda: method(f"{canaries.pseudonym} {canaries.word}"))
    assert_message_clean(error, canaries)
    assert service.clients()[0].pseudonym == canaries.pseudonym  # nothing was deleted


@pytest.fixture(scope="module")
def openai_fake() -> Iterator[FakeOpenAIServer]:
    """A loopback OpenAI whose answers the tests script."""
    with FakeOpenAIServer() as server:
        yield server


def _lines(canaries: Canaries) -> list[TranscriptLine]:
    return [
        TranscriptLine(0, "speaker_0", f"Hello {canaries.name}, call {canaries.phone}."),
        TranscriptLine(1, "speaker_1", f"The {canaries.word} feeling is back."),
    ]


@pytest.mark.parametrize(
    "answer",
    ["prose_echo", "json_echo_wrong_shape", "server_error", "malformed_body", "local_only"],
)
def test_note_writer_errors(answer: str, openai_fake: FakeOpenAIServer, canaries: Canaries) -> None:
    state = openai_fake.state
    state.requests.clear()
    state.faults.clear()
    state.model = {
        "prose_echo": lambda _system, user: f"Here you go: {user}",
        "json_echo_wrong_shape": lambda _system, _user: json.dumps(
            {"note": f"{canaries.name} {canaries.word}"}
        ),
    }.get(answer, lambda _system, _user: "{}")
    if answer == "server_error":
        state.faults.extend(["server_error"] * 5)
    if answer == "malformed_body":
        state.faults.append("malformed")
    mode = ProcessingMode.LOCAL_ONLY if answer == "local_only" else ProcessingMode.CLOUD_ALLOWED
    writer = NoteWriter(
        TemplateLibrary(),
        clients={"openai": make_client("openai", openai_fake.base_url, stream=False)},
    )
    error = raised_by(
        lambda: writer.write(
            _lines(canaries), template="soap", provider="openai", processing_mode=mode
        )
    )
    assert isinstance(error, NoteError)
    assert_message_clean(error, canaries)
    assert (len(state.requests) == 0) is (answer == "local_only")


@pytest.mark.parametrize(
    "case",
    [
        "bad_pattern",
        "no_phrases",
        "stored_malformed",
        "stored_bad_threshold",
    ],
)
def test_redaction_config_errors(case: str, canaries: Canaries) -> None:
    if case.startswith("stored"):
        stored: dict[str, object] = (
            {"custom_categories": [{"display": canaries.name, "phrases": [canaries.word]}]}
            if case == "stored_malformed"
            else {"topic_threshold": f"{canaries.name} {canaries.word}"}
        )
        error = raised_by(lambda: RedactionSettings.from_dict(stored))
    else:
        phrases = (f"{canaries.name} ({canaries.word}",) if case == "bad_pattern" else ()
        category = TopicCategory("CUSTOM", canaries.word, phrases)
        settings = RedactionSettings(
            phi_enabled=False, topics=frozenset({"CUSTOM"}), custom_categories=(category,)
        )
        models = RedactionModels.load(with_ner=False, with_encoder=False)
        error = raised_by(lambda: Redactor(settings, models))
    assert isinstance(error, RedactionConfigError)
    assert_message_clean(error, canaries)
