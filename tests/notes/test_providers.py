"""NoteWriter with each provider against the loopback fakes: wire details, streaming, policy."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tenor_desktop.core.errors import TenorError
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.notes.errors import ProviderRefused
from tenor_desktop.notes.providers.anthropic_messages import ANTHROPIC_VERSION
from tenor_desktop.notes.transcript import TranscriptLine, parse_transcript_text
from tests.fakes.anthropic_server import FakeAnthropicServer
from tests.fakes.openai_server import FakeOpenAIServer
from tests.notes.provider_factory import make_client, make_writer

DATA = Path(__file__).parent / "data"
CLOUD = ProcessingMode.CLOUD_ALLOWED


def _fake_for(provider: str, fresh_openai: FakeOpenAIServer, fresh_anthropic: FakeAnthropicServer):  # type: ignore[no-untyped-def]
    return fresh_anthropic if provider == "anthropic" else fresh_openai


@pytest.mark.parametrize("stream", [True, False])
@pytest.mark.parametrize("provider", ["openai", "anthropic", "local"])
def test_note_from_each_provider(
    provider: str,
    stream: bool,
    fresh_openai: FakeOpenAIServer,
    fresh_anthropic: FakeAnthropicServer,
    anxiety_lines: list[TranscriptLine],
) -> None:
    fake = _fake_for(provider, fresh_openai, fresh_anthropic)
    writer = make_writer({provider: make_client(provider, fake.base_url, stream=stream)})
    deltas: list[str] = []
    note = writer.write(
        anxiety_lines,
        template="soap",
        provider=provider,
        processing_mode=CLOUD,
        on_delta=deltas.append,
    )
    assert note.provider == provider and note.draft is True
    assert [s.title for s in note.sections] == ["Subjective", "Objective", "Assessment", "Plan"]
    first = note.sections[0]
    assert len(first.statements) == len(anxiety_lines)
    assert all(item.supported and item.evidence for item in first.statements)
    assert note.sections[1].text == "Not discussed in session."
    if stream:
        assert len(deltas) > 3
        assert json.loads("".join(deltas))["sections"][0]["title"] == "Subjective"
    else:
        assert deltas == []
    (request,) = fake.state.requests
    assert request.body["stream"] is stream


def test_openai_request_is_no_retention_with_bearer_and_schema(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    writer = make_writer({"openai": make_client("openai", fresh_openai.base_url)})
    writer.write(anxiety_lines, template="dap", provider="openai", processing_mode=CLOUD)
    (request,) = fresh_openai.state.requests
    assert request.path == "/v1/responses"
    assert request.body["store"] is False
    assert request.headers["authorization"] == "Bearer sk-test-openai"
    fmt = request.body["text"]["format"]
    assert fmt["type"] == "json_schema" and fmt["strict"] is True
    assert fmt["schema"]["properties"]["sections"]["items"]["properties"]["title"]["enum"] == [
        "Data",
        "Assessment",
        "Plan",
    ]


def test_anthropic_request_headers(
    fresh_anthropic: FakeAnthropicServer, anxiety_lines: list[TranscriptLine]
) -> None:
    writer = make_writer({"anthropic": make_client("anthropic", fresh_anthropic.base_url)})
    writer.write(anxiety_lines, template="birp", provider="anthropic", processing_mode=CLOUD)
    (request,) = fresh_anthropic.state.requests
    assert request.path == "/v1/messages"
    assert request.headers["x-api-key"] == "sk-ant-test"
    assert request.headers["anthropic-version"] == ANTHROPIC_VERSION
    assert "authorization" not in request.headers
    assert request.body["max_tokens"] > 0 and "Rules, in priority order" in request.body["system"]


def test_local_server_gets_no_key_when_none_is_stored(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    client = make_client("local", fresh_openai.base_url, get_secret=lambda _name: None)
    make_writer({"local": client}).write(anxiety_lines, template="girp", provider="local")
    (request,) = fresh_openai.state.requests
    assert request.path == "/v1/chat/completions"
    assert "authorization" not in request.headers
    assert request.body["response_format"]["type"] == "json_schema"


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_local_only_client_never_reaches_a_cloud_provider(
    provider: str,
    fresh_openai: FakeOpenAIServer,
    fresh_anthropic: FakeAnthropicServer,
    anxiety_lines: list[TranscriptLine],
) -> None:
    fake = _fake_for(provider, fresh_openai, fresh_anthropic)
    writer = make_writer({provider: make_client(provider, fake.base_url)})
    with pytest.raises(ProviderRefused, match="local-only"):
        writer.write(
            anxiety_lines,
            template="soap",
            provider=provider,
            processing_mode=ProcessingMode.LOCAL_ONLY,
        )
    assert fake.state.requests == []


def test_local_provider_counts_as_local_only_on_loopback(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    local_only = ProcessingMode.LOCAL_ONLY
    on_laptop = make_writer({"local": make_client("local", fresh_openai.base_url)})
    on_laptop.write(anxiety_lines, template="soap", provider="local", processing_mode=local_only)
    assert len(fresh_openai.state.requests) == 1
    lan = make_writer({"local": make_client("local", "http://192.0.2.10:11434/v1")})
    with pytest.raises(ProviderRefused):
        lan.write(anxiety_lines, template="soap", provider="local", processing_mode=local_only)


def test_missing_api_key_is_refused_before_any_request(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    client = make_client("openai", fresh_openai.base_url, get_secret=lambda _name: None)
    with pytest.raises(ProviderRefused, match="No API key"):
        make_writer({"openai": client}).write(
            anxiety_lines, template="soap", provider="openai", processing_mode=CLOUD
        )
    assert fresh_openai.state.requests == []


@pytest.mark.parametrize("provider", ["openai", "anthropic", "local"])
def test_only_redacted_text_leaves_the_laptop(
    provider: str, fresh_openai: FakeOpenAIServer, fresh_anthropic: FakeAnthropicServer
) -> None:
    fake = _fake_for(provider, fresh_openai, fresh_anthropic)
    lines = parse_transcript_text(
        "Therapist: How was the week, Dana?\nClient: Dana here, I moved to 12 Elm Street.\n"
    )

    def redact(text: str) -> str:
        return text.replace("Dana", "[NAME]").replace("12 Elm Street", "[ADDRESS]")

    writer = make_writer({provider: make_client(provider, fake.base_url)}, redact=redact)
    note = writer.write(lines, template="soap", provider=provider, processing_mode=CLOUD)
    sent = json.dumps([request.body for request in fake.state.requests])
    assert "Dana" not in sent and "Elm" not in sent
    assert "[NAME]" in sent and "[ADDRESS]" in sent
    assert "Dana" not in json.dumps(note.to_json_dict())


def test_risk_flags_come_from_the_transcript_not_the_provider(
    fresh_openai: FakeOpenAIServer,
) -> None:
    lines = parse_transcript_text((DATA / "depression_risk.txt").read_text(encoding="utf-8"))
    fresh_openai.state.model = lambda _system, _user: json.dumps(
        {"sections": [{"title": "Subjective", "statements": []}]}
    )
    writer = make_writer({"openai": make_client("openai", fresh_openai.base_url)})
    note = writer.write(lines, template="soap", provider="openai", processing_mode=CLOUD)
    assert [(f.kind, f.evidence) for f in note.flags] == [("suicidal_ideation", (2, 4))]
    assert all(section.text == "Not discussed in session." for section in note.sections)


def test_statements_without_backing_are_flagged_unsupported(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    fresh_openai.state.model = lambda _system, _user: json.dumps(
        {
            "sections": [
                {
                    "title": "Subjective",
                    "statements": [
                        {"text": "Client reported two panic attacks at work.", "evidence": [1]},
                        {"text": "Client reported two panic attacks at work.", "evidence": []},
                        {
                            "text": "Client denies substance use and is fully oriented.",
                            "evidence": [1],
                        },
                        {"text": "Client reported poor sleep.", "evidence": [999]},
                    ],
                },
                {
                    "title": "Objective",
                    "statements": [
                        {
                            "text": "Clinician observed: seemed more relaxed, shoulders dropped.",
                            "evidence": [7],
                        },
                    ],
                },
            ]
        }
    )
    writer = make_writer({"openai": make_client("openai", fresh_openai.base_url)})
    note = writer.write(anxiety_lines, template="soap", provider="openai", processing_mode=CLOUD)
    support = [(s.text[:30], s.supported) for s in note.statements]
    assert [flag for _, flag in support] == [True, False, False, False, True]
    assert len(note.unsupported()) == 3
    assert note.evidence_share() == pytest.approx(4 / 5)


@pytest.mark.parametrize("provider", ["openai", "anthropic", "local"])
def test_stream_deltas_arrive_while_the_model_is_still_writing(
    provider: str,
    fresh_openai: FakeOpenAIServer,
    fresh_anthropic: FakeAnthropicServer,
    anxiety_lines: list[TranscriptLine],
) -> None:
    fake = _fake_for(provider, fresh_openai, fresh_anthropic)
    fake.state.pace_seconds = 0.01
    fake.state.chunk_size = 200
    arrivals: list[float] = []
    writer = make_writer({provider: make_client(provider, fake.base_url)})
    writer.write(
        anxiety_lines,
        template="soap",
        provider=provider,
        processing_mode=CLOUD,
        on_delta=lambda _delta: arrivals.append(time.monotonic()),
    )
    done = time.monotonic()
    assert len(arrivals) >= 5
    # The first text reached the caller well before the answer was complete.
    assert done - arrivals[0] >= 0.03


def test_optional_local_key_lookup_failure_sends_no_key(
    fresh_openai: FakeOpenAIServer, anxiety_lines: list[TranscriptLine]
) -> None:
    def strict_store(name: str) -> str | None:
        raise SecretStoreLike(f"unknown secret {name}")

    client = make_client("local", fresh_openai.base_url, get_secret=strict_store)
    make_writer({"local": client}).write(anxiety_lines, template="soap", provider="local")
    assert "authorization" not in fresh_openai.state.requests[0].headers
    openai_client = make_client("openai", fresh_openai.base_url, get_secret=strict_store)
    with pytest.raises(SecretStoreLike):
        make_writer({"openai": openai_client}).write(
            anxiety_lines, template="soap", provider="openai", processing_mode=CLOUD
        )


class SecretStoreLike(TenorError):
    """What the keyring-backed SecretStore raises for a name it does not know."""


def test_risk_flags_available_without_a_provider(anxiety_lines: list[TranscriptLine]) -> None:
    lines = parse_transcript_text((DATA / "conflict_checkin.txt").read_text(encoding="utf-8"))
    flags = make_writer({}).detect_risks(lines)
    assert [flag.kind for flag in flags] == ["harm_to_others", "abuse_disclosure"]
    assert make_writer({}).detect_risks(anxiety_lines) == ()
