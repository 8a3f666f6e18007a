"""``tenor note``: JSON shape, segment ids = file lines, providers from the env, policy, files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tenor_desktop.cli import main
from tests.fakes.anthropic_server import FakeAnthropicServer
from tests.fakes.openai_server import FakeOpenAIServer

DATA = Path(__file__).parents[1] / "notes" / "data"


@pytest.fixture(scope="module")
def fakes() -> Iterator[tuple[FakeOpenAIServer, FakeAnthropicServer]]:
    """Both fakes, for the module."""
    with FakeOpenAIServer() as openai_fake, FakeAnthropicServer() as anthropic_fake:
        yield openai_fake, anthropic_fake


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, fakes: tuple[FakeOpenAIServer, FakeAnthropicServer]
) -> tuple[FakeOpenAIServer, FakeAnthropicServer]:
    """Provider settings pointing at the fakes; fake state reset."""
    openai_fake, anthropic_fake = fakes
    for fake in fakes:
        fake.state.faults.clear()
        fake.state.requests.clear()
    monkeypatch.setenv("TENOR_OPENAI_BASE_URL", openai_fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-cli-test")
    monkeypatch.setenv("TENOR_ANTHROPIC_BASE_URL", anthropic_fake.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-cli")
    monkeypatch.setenv("TENOR_LOCAL_BASE_URL", openai_fake.base_url)
    monkeypatch.delenv("TENOR_NOTE_TEMPLATES_DIR", raising=False)
    return fakes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    # Rules only, except in the test of the default path: loading MiniLM costs ~2 s per run.
    extra = [] if "--embeddings-default" in argv else ["--no-embeddings"]
    code = main(["note", *[a for a in argv if a != "--embeddings-default"], *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_offline_json_shape_and_line_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    transcript = tmp_path / "t.txt"
    transcript.write_text(
        "Therapist: How was the week?\n\n"
        "Client: I had two panic attacks at work this week.\n"
        "Client: Sometimes I think everyone would be better off without me.\n"
        "Therapist: For homework, please practice box breathing every night.\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, str(transcript), "--json", "--embeddings-default")
    assert code == 0
    note = json.loads(out)
    assert set(note) == {"template", "provider", "sections", "flags", "draft"}
    assert (note["template"], note["provider"], note["draft"]) == ("soap", "offline", True)
    assert [s["title"] for s in note["sections"]] == [
        "Subjective",
        "Objective",
        "Assessment",
        "Plan",
    ]
    for section in note["sections"]:
        assert {"title", "text", "evidence"} <= set(section)
    assert note["sections"][0]["evidence"] == [2, 3]  # line 1 is blank: ids are file lines
    assert note["sections"][3]["evidence"] == [4]
    assert note["flags"] == [{"kind": "suicidal_ideation", "evidence": [3]}]


@pytest.mark.parametrize("template", ["soap", "dap", "birp", "girp", "summary"])
def test_every_builtin_template(template: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(DATA / "anxiety_cbt.txt"), "--template", template, "--json")
    assert code == 0 and json.loads(out)["template"] == template


def test_openai_provider_from_env(
    env: tuple[FakeOpenAIServer, FakeAnthropicServer], capsys: pytest.CaptureFixture[str]
) -> None:
    openai_fake, _ = env
    code, out, err = _run(
        capsys, str(DATA / "anxiety_cbt.txt"), "--provider", "openai", "--json", "--stream"
    )
    assert code == 0
    assert json.loads(out)["provider"] == "openai"
    assert '"sections"' in err  # streamed to stderr as it arrived
    (request,) = openai_fake.state.requests
    assert request.body["store"] is False
    assert request.headers["authorization"] == "Bearer sk-cli-test"


def test_local_only_refuses_cloud(
    env: tuple[FakeOpenAIServer, FakeAnthropicServer], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, str(DATA / "anxiety_cbt.txt"), "--provider", "anthropic", "--local-only"
    )
    assert code == 1 and out == ""
    assert "local-only" in err
    assert env[1].state.requests == []
    code, out, _ = _run(
        capsys, str(DATA / "anxiety_cbt.txt"), "--provider", "local", "--local-only", "--json"
    )
    assert code == 0 and json.loads(out)["provider"] == "local"


def test_fallback_to_offline(
    env: tuple[FakeOpenAIServer, FakeAnthropicServer], capsys: pytest.CaptureFixture[str]
) -> None:
    env[1].state.faults.extend(["truncated"])
    code, out, err = _run(
        capsys, str(DATA / "anxiety_cbt.txt"), "--provider", "anthropic", "--fallback", "--json"
    )
    assert code == 0 and json.loads(out)["provider"] == "offline"
    assert "Drafted offline instead" in err


def test_provider_error_without_fallback_is_exit_1(
    env: tuple[FakeOpenAIServer, FakeAnthropicServer],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    code, _, err = _run(capsys, str(DATA / "anxiety_cbt.txt"), "--provider", "openai")
    assert code == 1 and "No API key" in err


def test_pdf_ehr_and_user_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "note.pdf"
    code, out, _ = _run(capsys, str(DATA / "conflict_checkin.txt"), "--ehr", "--pdf", str(pdf))
    assert code == 0 and out.startswith("SUBJECTIVE\n") and "\n\nPLAN\n" in out
    assert pdf.read_bytes().startswith(b"%PDF-1.4")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "risk.toml").write_text(
        'key = "riskcheck"\nname = "Risk check"\n'
        '[[sections]]\ntitle = "Concerns"\nguidance = "What worries the client."\n'
        'categories = ["presenting"]\n'
        '[[sections]]\ntitle = "Safety"\nguidance = "Safety steps."\ncues = ["unsafe"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TENOR_NOTE_TEMPLATES_DIR", str(tmp_path / "mine"))
    code, out, _ = _run(
        capsys, str(DATA / "conflict_checkin.txt"), "--template", "riskcheck", "--json"
    )
    note = json.loads(out)
    assert code == 0 and [s["title"] for s in note["sections"]] == ["Concerns", "Safety"]
    assert note["sections"][1]["evidence"] == [6]
    code, _, err = _run(capsys, str(DATA / "conflict_checkin.txt"), "--template", "nope")
    assert code == 1 and "no note template called 'nope'" in err


@pytest.mark.parametrize(("flags", "leaks"), [((), False), (("--no-redact",), True)])
def test_text_for_a_provider_is_redacted_unless_told_otherwise(
    env: tuple[FakeOpenAIServer, FakeAnthropicServer],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    flags: tuple[str, ...],
    leaks: bool,
) -> None:
    openai_fake, _ = env
    transcript = tmp_path / "t.txt"
    transcript.write_text(
        "Therapist: How was the week?\n"
        "Client: My manager Gregory Hale yelled at me again, I can't sleep.\n"
        "Client: Call me at six one seven, five five five, zero one four two.\n",
        encoding="utf-8",
    )
    code, _, _ = _run(capsys, str(transcript), "--provider", "openai", "--json", *flags)
    assert code == 0
    (request,) = openai_fake.state.requests
    sent = json.dumps(request.body)
    assert ("Gregory Hale" in sent) is leaks
    assert ("six one seven" in sent) is leaks
    assert "sleep" in sent  # the clinical content still goes
