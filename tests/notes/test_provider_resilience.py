"""Retries with backoff, timeouts, malformed and truncated answers, fallback to offline."""

from __future__ import annotations

import pytest

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.notes.errors import MalformedNoteOutput, NoteError, ProviderUnavailable
from tenor_desktop.notes.offline_drafter import OFFLINE_PROVIDER
from tenor_desktop.notes.providers.http_retry import RetryPolicy
from tenor_desktop.notes.transcript import TranscriptLine
from tests.fakes.anthropic_server import FakeAnthropicServer
from tests.fakes.openai_server import FakeOpenAIServer
from tests.notes.provider_factory import Sleeps, make_client, make_writer

CLOUD = ProcessingMode.CLOUD_ALLOWED
PROVIDERS = ["openai", "anthropic", "local"]


def _fake(provider: str, openai_fake: FakeOpenAIServer, anthropic_fake: FakeAnthropicServer):  # type: ignore[no-untyped-def]
    return anthropic_fake if provider == "anthropic" else openai_fake


def _assert_no_phi(error: NoteError, lines: list[TranscriptLine]) -> None:
    for line in lines:
        assert line.text[:20] not in error.message


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rate_limit_and_server_error_are_retried_with_backoff(
    provider: str,
    fresh_openai: FakeOpenAIServer,
    fresh_anthropic: FakeAnthropicServer,
    anxiety_lines: list[TranscriptLine],
) -> None:
    fake = _fake(provider, fresh_openai, fresh_anthropic)
    fake.state.faults.extend(["server_error", "server_error", "rate_limit"])
    sleeps = Sleeps()
    client = make_client(provider, fake.base_url, retry=sleeps.policy())
    note = make_writer({provider: client}).write(
        anxiety_lines, template="soap", provider=provider, processing_mode=CLOUD
    )
    assert note.provider == provider
    assert len(fake.state.requests) == 4
    # Exponential (0.5, 1.0 with jitter 0.5 gives x0.75), then the server's Retry-After: 0.
    assert sleeps.delays == [0.375, 0.75, 0.0]


def test_retries_give_up_with_a_clear_error(
    fresh_anthropic: FakeAnthropicServer, anxiety_lines: list[TranscriptLine]
) -> None:
    fresh_anthropic.state.faults.extend(["overloaded"] * 3)
    client = make_client("anthropic", fresh_anthropic.base_url, retry=Sleeps().policy(3))
    with pytest.raises(ProviderUnavailable) as raised:
        make_writer({"anthropic": client}).write(
            anxiety_lines, template="soap", provider="anthropic", processing_mode=CLOUD
        )
    assert raised.value.status == 529 and "offline" in raised.value.message
    assert len(fresh_anthropic.state.requests) == 3
    _assert_no_phi(raised.value, anxiety_lines)


def test_backoff_is_capped_and_jittered() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=4.0, jitter=lambda: 1.0)
    assert [policy.delay(n, None) for n in range(5)] == [1.0, 2.0, 4.0, 4.0, 4.0]
    low = RetryPolicy(base_delay=1.0, max_delay=4.0, jitter=lambda: 0.0)
    assert low.delay(2, None) == 2.0
    assert policy.delay(0, 30.0) == 4.0


BROKEN = [
    ("malformed", True, "unusable"),
    ("malformed", False, "unusable"),
    ("truncated", True, "stopped before"),
    ("truncated", False, "stopped before"),
    ("cut_stream", True, "stopped before"),
]


@pytest.mark.parametrize(("fault", "stream", "expected"), BROKEN)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_broken_answers_are_clear_errors(
    provider: str,
    fault: str,
    stream: bool,
    expected: str,
    fresh_openai: FakeOpenAIServer,
    fresh_anthropic: FakeAnthropicServer,
    anxiety_lines: list[TranscriptLine],
) -> None:
    fake = _fake(provider, fresh_openai, fresh_anthropic)
    fake.state.faults.append(fault)
    deltas: list[str] = []
    client = make_client(provider, fake.base_url, stream=stream)
    with pytest.raises(MalformedNoteOutput) as raised:
        make_writer({provider: client}).write(
            anxiety_lines,
            template="soap",
            provider=provider,
            processing_mode=CLOUD,
            on_delta=deltas.append,
        )
    assert expected in raised.value.message
    assert len(fake.state.requests) == 1  # a broken answer is reported, not silently retried
    _assert_no_phi(raised.value, anxiety_lines)


def test_error_event_inside_a_stream(
    fresh_anthropic: FakeAnthropicServer, anxiety_lines: list[TranscriptLine]
) -> None:
    fresh_anthropic.state.faults.append("stream_error")
    client = make_client("anthropic", fresh_anthropic.base_url)
    with pytest.raises(MalformedNoteOutput, match="unusable"):
        make_writer({"anthropic": client}).write(
            anxiety_lines, template="soap", provider="anthropic", processing_mode=CLOUD
        )


def test_timeout_is_retried_then_reported(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    fresh_openai.state.slow_seconds = 1.5
    fresh_openai.state.faults.extend(["slow", "slow"])
    sleeps = Sleeps()
    client = make_client("openai", fresh_openai.base_url, retry=sleeps.policy(2), timeout=0.3)
    with pytest.raises(ProviderUnavailable, match="did not answer in time"):
        make_writer({"openai": client}).write(
            anxiety_lines, template="soap", provider="openai", processing_mode=CLOUD
        )
    assert len(sleeps.delays) == 1


def test_fall_back_to_offline_keeps_the_error(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    fresh_openai.state.faults.extend(["server_error"] * 2)
    client = make_client("openai", fresh_openai.base_url, retry=Sleeps().policy(2))
    note, error = make_writer({"openai": client}).write_or_fall_back(
        anxiety_lines, template="soap", provider="openai", processing_mode=CLOUD
    )
    assert isinstance(error, ProviderUnavailable)
    assert note.provider == OFFLINE_PROVIDER and note.draft
    assert note.evidence_share() == 1.0 and note.statements
