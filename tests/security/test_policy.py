"""IT-managed policy: enforced values win, invalid files fall back to the safest values."""

from __future__ import annotations

import json
import os
import plistlib
from pathlib import Path

import pytest

from tenor_desktop.core.models import RetentionPolicy
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.security.policy import (
    SAFE_IDLE_MINUTES,
    load_policy,
    policy_summary,
)


def _write(tmp_path: Path, content: object, name: str = "policy.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content))
    path.chmod(0o644)
    return path


def _load(path: Path):  # type: ignore[no-untyped-def]
    return load_policy(path, require_admin_owner=False)


def test_no_file_means_no_policy(tmp_path: Path) -> None:
    policy = _load(tmp_path / "absent.json")
    assert policy.valid and policy.source is None
    user = PracticeSettings(phi_redaction=False, note_provider="openai")
    assert policy.apply(user) == user
    assert policy.managed_fields == frozenset()


def test_enforced_values_override_user_choices(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "phi_redaction": True,
            "topic_categories": ["IMMIGRATION", "ABUSE"],
            "cloud_providers": False,
            "max_idle_timeout_minutes": 10,
            "sync_server": "https://sync.practice.example",
            "require_2fa": True,
            "transcript_retention": "after_days:30",
        },
    )
    policy = _load(path)
    assert policy.valid
    user = PracticeSettings(
        phi_redaction=False,
        topic_categories=("SELF_HARM",),
        transcription_engine="deepgram",
        note_provider="anthropic",
        idle_timeout_minutes=30,
    )
    effective = policy.apply(user)
    assert effective.phi_redaction is True
    assert set(effective.topic_categories) == {"IMMIGRATION", "ABUSE", "SELF_HARM"}
    assert effective.cloud_allowed is False
    assert effective.transcription_engine == "offline"
    assert effective.note_provider == "offline"
    assert effective.idle_timeout_minutes == 10
    assert effective.sync_server == "https://sync.practice.example"
    assert effective.require_2fa is True
    assert policy.transcript_retention == RetentionPolicy(kind="after_days", days=30)
    assert {"phi_redaction", "note_provider", "idle_timeout_minutes"} <= policy.managed_fields


def test_idle_cap_keeps_a_shorter_user_choice(tmp_path: Path) -> None:
    policy = _load(_write(tmp_path, {"max_idle_timeout_minutes": 20}))
    assert policy.apply(PracticeSettings(idle_timeout_minutes=5)).idle_timeout_minutes == 5


@pytest.mark.parametrize(
    "content",
    [
        {"phi_redaction": "yes"},
        {"phi_redaction": False},
        {"max_idle_timeout_minutes": 45},
        {"max_idle_timeout_minutes": True},
        {"topic_categories": ["ASTROLOGY"]},
        {"sync_server": "http://plain.example"},
        {"transcript_retention": "sometimes"},
        {"cloud_provider": False},  # misspelt key must not be silently ignored
        ["not", "an", "object"],
    ],
)
def test_invalid_policy_falls_back_to_safest_values(tmp_path: Path, content: object) -> None:
    policy = _load(_write(tmp_path, content))
    assert not policy.valid
    effective = policy.apply(PracticeSettings(phi_redaction=False, note_provider="openai"))
    assert effective.phi_redaction is True
    assert effective.cloud_allowed is False and effective.note_provider == "offline"
    assert effective.idle_timeout_minutes == SAFE_IDLE_MINUTES
    assert effective.require_2fa is True
    assert any("INVALID" in line for line in policy_summary(policy))


def test_unparseable_file_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text("{ this is not json")
    policy = _load(path)
    assert not policy.valid and policy.apply(PracticeSettings()).cloud_allowed is False


def test_macos_plist_form_is_read(tmp_path: Path) -> None:
    path = tmp_path / "com.tenor.desktop.plist"
    path.write_bytes(plistlib.dumps({"require_2fa": True, "max_idle_timeout_minutes": 12}))
    policy = _load(path)
    assert policy.valid and policy.apply(PracticeSettings()).idle_timeout_minutes == 12


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_policy_writable_by_others_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, {"require_2fa": False})
    path.chmod(0o666)
    policy = load_policy(path)
    assert not policy.valid
    assert any("non-administrators" in p for p in policy.problems)


def test_windows_registry_policy_is_read_and_typed_like_the_file(tmp_path: Path) -> None:
    values = {
        "phi_redaction": 1,
        "cloud_providers": 0,
        "max_idle_timeout_minutes": 10,
        "topic_categories": ["ABUSE"],
        "sync_server": "https://sync.practice.example",
    }
    policy = load_policy(registry=lambda: values)
    assert policy.valid and "Policies" in str(policy.source)
    effective = policy.apply(PracticeSettings(phi_redaction=False, note_provider="openai"))
    assert effective.phi_redaction is True and effective.cloud_allowed is False
    assert effective.idle_timeout_minutes == 10 and effective.topic_categories == ("ABUSE",)


def test_invalid_registry_value_falls_back_to_safest(tmp_path: Path) -> None:
    policy = load_policy(registry=lambda: {"phi_redaction": 7, "max_idle_timeout_minutes": 90})
    assert not policy.valid
    assert policy.apply(PracticeSettings()).idle_timeout_minutes == SAFE_IDLE_MINUTES


def test_empty_registry_key_means_the_file_decides(tmp_path: Path) -> None:
    path = _write(tmp_path, {"require_2fa": True})
    policy = load_policy(path, require_admin_owner=False, registry=dict)
    assert policy.valid and policy.source == path and policy.enforced == {"require_2fa": True}
