"""Fixtures for the notes tests: loopback fake providers and the sample transcripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tenor_desktop.notes.transcript import TranscriptLine, parse_transcript_text
from tests.fakes.anthropic_server import FakeAnthropicServer
from tests.fakes.openai_server import FakeOpenAIServer

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def openai_fake() -> Iterator[FakeOpenAIServer]:
    """One fake OpenAI server per test module (state reset per test by ``fresh_openai``)."""
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture(scope="module")
def anthropic_fake() -> Iterator[FakeAnthropicServer]:
    """One fake Anthropic server per test module."""
    with FakeAnthropicServer() as server:
        yield server


@pytest.fixture
def fresh_openai(openai_fake: FakeOpenAIServer) -> FakeOpenAIServer:
    """The OpenAI fake with no queued faults, no recorded requests, the echo model."""
    from tests.fakes.openai_server import note_echo_model

    openai_fake.state.faults.clear()
    openai_fake.state.requests.clear()
    openai_fake.state.model = note_echo_model
    openai_fake.state.pace_seconds = 0.0
    openai_fake.state.chunk_size = 24
    openai_fake.state.hold = None
    openai_fake.state.context_tokens = None
    openai_fake.state.read_users.clear()
    openai_fake.state.truncated_prompts = 0
    return openai_fake


@pytest.fixture
def fresh_anthropic(anthropic_fake: FakeAnthropicServer) -> FakeAnthropicServer:
    """The Anthropic fake, reset."""
    from tests.fakes.openai_server import note_echo_model

    anthropic_fake.state.faults.clear()
    anthropic_fake.state.requests.clear()
    anthropic_fake.state.model = note_echo_model
    anthropic_fake.state.pace_seconds = 0.0
    anthropic_fake.state.chunk_size = 24
    return anthropic_fake


@pytest.fixture
def anxiety_lines() -> list[TranscriptLine]:
    """The anxiety/CBT sample transcript."""
    return parse_transcript_text((DATA / "anxiety_cbt.txt").read_text(encoding="utf-8"))
