"""The official OpenAI and Anthropic SDKs, pointed at the fakes, parse what the fakes send.

This is what makes the fakes trustworthy: if a field or event name drifted from the real wire
format, the SDK's typed objects would come back wrong or raise.
"""

from __future__ import annotations

import anthropic
import openai
import pytest

from tests.fakes.anthropic_server import FakeAnthropicServer
from tests.fakes.openai_server import FakeOpenAIServer

USER = (
    'Draft.\n<transcript>\n{"id": 0, "speaker": "Client", "text": "I slept badly."}\n</transcript>'
)
SYSTEM = 'Schema: {"title": {"type": "string", "enum": ["Subjective", "Plan"]}}'


def _openai(server: FakeOpenAIServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="sk-test", max_retries=0)


def test_responses_api_json_and_stream(fresh_openai: FakeOpenAIServer) -> None:
    with _openai(fresh_openai) as client:
        _check_responses(client, fresh_openai)


def _check_responses(client: openai.OpenAI, fresh_openai: FakeOpenAIServer) -> None:
    response = client.responses.create(
        model="gpt-test", instructions=SYSTEM, input=USER, store=False
    )
    assert response.status == "completed"
    assert '"Subjective"' in response.output_text
    events = list(
        client.responses.create(
            model="gpt-test", instructions=SYSTEM, input=USER, store=False, stream=True
        )
    )
    kinds = [event.type for event in events]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert deltas == response.output_text
    assert [e.sequence_number for e in events] == list(range(len(events)))
    assert fresh_openai.state.requests[0].body["store"] is False


def test_chat_completions_json_and_stream(fresh_openai: FakeOpenAIServer) -> None:
    with _openai(fresh_openai) as client:
        _check_chat(client)


def _check_chat(client: openai.OpenAI) -> None:
    messages: list[openai.types.chat.ChatCompletionMessageParam] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": USER},
    ]
    completion = client.chat.completions.create(model="llama-test", messages=messages)
    assert completion.choices[0].finish_reason == "stop"
    text = completion.choices[0].message.content or ""
    stream = client.chat.completions.create(model="llama-test", messages=messages, stream=True)
    pieces = [chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices]
    assert "".join(pieces) == text and '"Plan"' in text


def test_openai_sdk_sees_rate_limits_as_rate_limits(fresh_openai: FakeOpenAIServer) -> None:
    fresh_openai.state.faults.append("rate_limit")
    with _openai(fresh_openai) as client, pytest.raises(openai.RateLimitError):
        client.responses.create(model="m", input=USER, store=False)


def test_messages_api_json_and_stream(fresh_anthropic: FakeAnthropicServer) -> None:
    with anthropic.Anthropic(
        base_url=fresh_anthropic.base_url, api_key="sk-ant-test", max_retries=0
    ) as client:
        _check_messages(client, fresh_anthropic)


def _check_messages(client: anthropic.Anthropic, fresh_anthropic: FakeAnthropicServer) -> None:
    message = client.messages.create(
        model="claude-test",
        max_tokens=512,
        system=SYSTEM,
        messages=[{"role": "user", "content": USER}],
    )
    assert message.stop_reason == "end_turn"
    text = "".join(block.text for block in message.content if block.type == "text")
    with client.messages.stream(
        model="claude-test",
        max_tokens=512,
        system=SYSTEM,
        messages=[{"role": "user", "content": USER}],
    ) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert streamed == text and final.stop_reason == "end_turn"
    headers = fresh_anthropic.state.requests[0].headers
    assert "sk-ant-test" in headers.get("x-api-key", headers.get("authorization", ""))
    assert "anthropic-version" in headers


def test_anthropic_sdk_sees_overload_as_overload(fresh_anthropic: FakeAnthropicServer) -> None:
    fresh_anthropic.state.faults.append("overloaded")
    with (
        anthropic.Anthropic(
            base_url=fresh_anthropic.base_url, api_key="sk-ant-test", max_retries=0
        ) as client,
        pytest.raises(anthropic.APIStatusError) as raised,
    ):
        client.messages.create(
            model="m", max_tokens=10, messages=[{"role": "user", "content": USER}]
        )
    assert raised.value.status_code == 529
