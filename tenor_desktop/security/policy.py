"""IT-managed policy: a system-wide file that enforces practice settings over the user's choices.

Locations (read-only for users; only an administrator can write them):
    Linux    /etc/tenor/policy.json
    Windows  %ProgramData%\\Tenor\\policy.json
    macOS    /Library/Preferences/com.tenor.desktop.plist (same keys as the JSON)

Keys (all optional; unknown keys make the policy invalid, because a misspelt key that is
silently ignored is a setting that silently does not take effect):
    phi_redaction             true                 identifiers are always redacted
    topic_categories          ["IMMIGRATION", ...] these topic categories are always redacted
    cloud_providers           false                local-only practice: no Deepgram/OpenAI/Anthropic
    max_idle_timeout_minutes  1..30                the idle lock can only be shorter
    sync_server               "https://..."        the only sync server allowed
    require_2fa               true                 sign-in needs TOTP
    transcript_retention      "never" | "after_note" | "after_days:N"   forced on every client

Security rule: there is deliberately no environment variable or user setting that points the app
at another policy file; tests pass a path to ``load_policy`` explicitly.
An invalid policy (unreadable, malformed, wrong types, writable by non-administrators) does not
fall back to the user's settings: it falls back to the safest values (SAFE_FALLBACK) and says why.
"""

from __future__ import annotations

import json
import os
import plistlib
import stat
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.models import RetentionPolicy
from tenor_desktop.core.settings import (
    MAX_IDLE_TIMEOUT_MINUTES,
    TOPIC_CATEGORIES,
    PracticeSettings,
)
from tenor_desktop.security.windows_policy import (
    REGISTRY_PATH,
    RegistryReader,
    read_tenor_policy_key,
    registry_values_as_policy,
)

SAFE_IDLE_MINUTES = 15
KNOWN_KEYS = frozenset(
    {
        "phi_redaction",
        "topic_categories",
        "cloud_providers",
        "max_idle_timeout_minutes",
        "sync_server",
        "require_2fa",
        "transcript_retention",
    }
)


def default_policy_path() -> Path:
    """Where this platform keeps the system-wide policy."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Tenor" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Preferences/com.tenor.desktop.plist")
    return Path("/etc/tenor/policy.json")


@dataclass(frozen=True)
class ManagedPolicy:
    """The policy in force: enforced values, where they came from, and any problem found."""

    enforced: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None
    problems: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """False when the file was unusable and the safest values are in force."""
        return not self.problems

    @property
    def managed_fields(self) -> frozenset[str]:
        """PracticeSettings fields the user cannot change."""
        names: set[str] = set()
        if "phi_redaction" in self.enforced:
            names.add("phi_redaction")
        if "topic_categories" in self.enforced:
            names.add("topic_categories")
        if self.enforced.get("cloud_providers") is False:
            names |= {"cloud_allowed", "transcription_engine", "note_provider"}
        if "max_idle_timeout_minutes" in self.enforced:
            names.add("idle_timeout_minutes")
        if "sync_server" in self.enforced:
            names.add("sync_server")
        if "require_2fa" in self.enforced:
            names.add("require_2fa")
        return frozenset(names)

    @property
    def transcript_retention(self) -> RetentionPolicy | None:
        """Automatic transcript deletion forced on every client, if any."""
        value = self.enforced.get("transcript_retention")
        return RetentionPolicy.parse(value) if isinstance(value, str) else None

    def apply(self, settings: PracticeSettings) -> PracticeSettings:
        """Return the user's settings with every enforced value laid over them."""
        result = settings
        e = self.enforced
        if e.get("phi_redaction"):
            result = replace(result, phi_redaction=True)
        if "topic_categories" in e:
            merged = tuple(dict.fromkeys((*e["topic_categories"], *result.topic_categories)))
            result = replace(result, topic_categories=merged)
        if e.get("cloud_providers") is False:
            result = replace(
                result, cloud_allowed=False, transcription_engine="offline", note_provider="offline"
            )
        if "max_idle_timeout_minutes" in e:
            cap = int(e["max_idle_timeout_minutes"])
            result = replace(result, idle_timeout_minutes=min(result.idle_timeout_minutes, cap))
        if "sync_server" in e:
            result = replace(result, sync_server=e["sync_server"])
        if e.get("require_2fa"):
            result = replace(result, require_2fa=True)
        return result


SAFE_FALLBACK: dict[str, Any] = {
    "phi_redaction": True,
    "cloud_providers": False,
    "max_idle_timeout_minutes": SAFE_IDLE_MINUTES,
    "sync_server": None,
    "require_2fa": True,
}


def _has_type(value: object, types: tuple[type, ...]) -> bool:
    # bool is a subclass of int: `true` must not pass as a number of minutes.
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def _problems_in(raw: dict[str, Any]) -> list[str]:
    problems = [f"unknown key '{key}'" for key in sorted(set(raw) - KNOWN_KEYS)]
    checks: dict[str, tuple[type, ...]] = {
        "phi_redaction": (bool,),
        "cloud_providers": (bool,),
        "require_2fa": (bool,),
        "max_idle_timeout_minutes": (int,),
        "topic_categories": (list,),
        "sync_server": (str, type(None)),
        "transcript_retention": (str,),
    }
    problems += [
        f"'{key}' has the wrong type"
        for key, types in checks.items()
        if key in raw and not _has_type(raw[key], types)
    ]
    if raw.get("phi_redaction") is False:
        problems.append("'phi_redaction' can only be enforced on (true)")
    minutes = raw.get("max_idle_timeout_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        if not 1 <= minutes <= MAX_IDLE_TIMEOUT_MINUTES:
            problems.append(f"'max_idle_timeout_minutes' must be 1 to {MAX_IDLE_TIMEOUT_MINUTES}")
    topics = raw.get("topic_categories")
    if isinstance(topics, list):
        unknown = [t for t in topics if t not in TOPIC_CATEGORIES]
        if unknown:
            problems.append(f"unknown topic categories: {', '.join(map(str, unknown))}")
    server = raw.get("sync_server")
    if isinstance(server, str) and not server.startswith("https://"):
        problems.append("'sync_server' must be an https:// URL")
    retention = raw.get("transcript_retention")
    if isinstance(retention, str):
        try:
            RetentionPolicy.parse(retention)
        except ValidationError:
            problems.append("'transcript_retention' must be never, after_note or after_days:N")
    return problems


def _writable_by_non_admins(path: Path) -> bool:
    if sys.platform == "win32":
        return False  # ACLs are checked by the installer, not here
    info = path.stat()
    return bool(info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)) or info.st_uid != 0


def load_policy(
    path: Path | None = None,
    *,
    require_admin_owner: bool = True,
    registry: RegistryReader | None = None,
) -> ManagedPolicy:
    """Read the policy (registry first on Windows, then the file); never raises for a bad one.

    Args:
        path: the file to read (default: this platform's location).
        require_admin_owner: refuse files that non-administrators could have written.
        registry: reads HKLM\\SOFTWARE\\Policies\\Tenor (default on Windows; tests inject one).
    """
    if registry is None and path is None and sys.platform == "win32":
        registry = read_tenor_policy_key
    if registry is not None:
        values = registry()
        if values:
            return _validated(registry_values_as_policy(values), Path("HKLM") / REGISTRY_PATH)
    path = path or default_policy_path()
    if not path.exists():
        return ManagedPolicy()
    try:
        data = path.read_bytes()
        raw = plistlib.loads(data) if path.suffix == ".plist" else json.loads(data)
    except (OSError, ValueError, plistlib.InvalidFileException) as error:
        return _fallback(path, f"cannot read the policy file ({type(error).__name__})")
    if not isinstance(raw, dict):
        return _fallback(path, "the policy file must hold one JSON object")
    if require_admin_owner and _writable_by_non_admins(path):
        return _fallback(
            path, *_problems_in(raw), "the policy file can be changed by non-administrators"
        )
    return _validated(raw, path)


def _validated(raw: dict[str, Any], source: Path) -> ManagedPolicy:
    problems = _problems_in(raw)
    if problems:
        return _fallback(source, *problems)
    return ManagedPolicy(enforced=dict(raw), source=source)


def _fallback(path: Path, *problems: str) -> ManagedPolicy:
    return ManagedPolicy(enforced=dict(SAFE_FALLBACK), source=path, problems=tuple(problems))


def policy_summary(policy: ManagedPolicy) -> list[str]:
    """Human-readable lines describing the policy in force (for `tenor doctor` and the UI)."""
    if policy.source is None:
        return ["no IT policy (settings are the clinician's own)"]
    lines = [f"IT policy from {policy.source}"]
    if not policy.valid:
        lines.append("policy INVALID, safest values in force: " + "; ".join(policy.problems))
    names = {f.name for f in fields(PracticeSettings)}
    lines.extend(f"  {key} = {value!r}" for key, value in sorted(policy.enforced.items()))
    locked = sorted(policy.managed_fields & names)
    lines.append("  locked settings: " + (", ".join(locked) or "none"))
    return lines
