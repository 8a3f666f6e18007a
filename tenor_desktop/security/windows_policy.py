"""IT policy from the Windows registry (Group Policy): HKLM\\SOFTWARE\\Policies\\Tenor.

Values use the policy file's key names. DWORD 0/1 for the on/off keys and the idle minutes,
REG_SZ for ``sync_server`` and ``transcript_retention``, REG_MULTI_SZ for ``topic_categories``.
HKLM\\SOFTWARE\\Policies is writable by administrators only, which is the trust we need; the
values then go through the same validation as the file (an invalid value → safest values).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

REGISTRY_PATH = r"SOFTWARE\Policies\Tenor"
_BOOLEAN_KEYS = ("phi_redaction", "cloud_providers", "require_2fa")

RegistryReader = Callable[[], Mapping[str, Any]]


def read_tenor_policy_key() -> dict[str, Any]:
    """Every value under HKLM\\SOFTWARE\\Policies\\Tenor (empty when the key is absent)."""
    import importlib

    winreg: Any = importlib.import_module("winreg")  # Windows only; typed loosely elsewhere

    values: dict[str, Any] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_PATH)
    except OSError:
        return values
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                return values
            values[str(name)] = value
            index += 1


def registry_values_as_policy(values: Mapping[str, Any]) -> dict[str, Any]:
    """Registry types → the policy file's JSON types (DWORD 0/1 → bool, MULTI_SZ → list)."""
    policy: dict[str, Any] = {}
    for name, value in values.items():
        if name in _BOOLEAN_KEYS and isinstance(value, int) and value in (0, 1):
            policy[name] = bool(value)
        elif name == "topic_categories" and isinstance(value, list | tuple):
            policy[name] = [str(item) for item in value]
        else:
            policy[name] = value  # anything else is validated (and refused) like the file's
    return policy
