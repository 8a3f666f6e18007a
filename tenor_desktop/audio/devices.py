"""Input device discovery and the remembered microphone choice.

Devices are remembered by name, not PortAudio index: indices change whenever a headset is
plugged in. When the remembered device is gone we fall back to the system default and say so
(:attr:`DeviceChoice.fell_back`), so the UI can show which microphone is really in use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sounddevice as sd

from tenor_desktop.audio.errors import NoInputDeviceError


@dataclass(frozen=True)
class InputDevice:
    """A capture device as PortAudio reports it."""

    index: int
    name: str
    max_channels: int
    default_samplerate: float
    is_default: bool = False


@dataclass(frozen=True)
class DeviceChoice:
    """The device to use, what was asked for, and whether we had to fall back."""

    device: InputDevice
    requested: str | None
    fell_back: bool


DeviceLister = Callable[[], list[InputDevice]]


def refresh_devices() -> None:
    """Re-scan devices (PortAudio only enumerates at initialisation).

    Only call while no stream is open: re-initialising PortAudio invalidates open streams.
    """
    # sounddevice has no public rescan; these private calls are its documented workaround.
    sd._terminate()
    sd._initialize()


def list_input_devices() -> list[InputDevice]:
    """Every device with at least one input channel; the default one is flagged."""
    try:
        default_index = sd.default.device[0]
        raw: Any = sd.query_devices()
    except sd.PortAudioError as error:
        raise NoInputDeviceError("The audio system could not list microphones.") from error
    if default_index is None or default_index < 0:
        try:
            default_index = sd.query_devices(kind="input")["index"]
        except (sd.PortAudioError, ValueError):
            default_index = -1
    devices: list[InputDevice] = []
    for info in raw:
        if int(info["max_input_channels"]) <= 0:
            continue
        devices.append(
            InputDevice(
                index=int(info["index"]),
                name=str(info["name"]),
                max_channels=int(info["max_input_channels"]),
                default_samplerate=float(info["default_samplerate"]),
                is_default=int(info["index"]) == default_index,
            )
        )
    return devices


def default_input_device(devices: list[InputDevice]) -> InputDevice:
    """The system default input, or the first input if PortAudio names none."""
    if not devices:
        raise NoInputDeviceError("No microphone was found. Connect one and try again.")
    return next((device for device in devices if device.is_default), devices[0])


class DeviceSelector:
    """Chooses the input device from a remembered preference, falling back visibly.

    Args:
        load_preference: returns the remembered device name (e.g. from practice settings).
        save_preference: stores a device name the clinician picked.
        lister: device enumeration; defaults to PortAudio.
    """

    def __init__(
        self,
        load_preference: Callable[[], str | None],
        save_preference: Callable[[str], None],
        lister: DeviceLister = list_input_devices,
    ) -> None:
        self._load = load_preference
        self._save = save_preference
        self._lister = lister

    def devices(self) -> list[InputDevice]:
        """Input devices currently available."""
        return self._lister()

    def choose(self) -> DeviceChoice:
        """The remembered device if present, else the default (``fell_back`` set)."""
        devices = self._lister()
        wanted = self._load()
        if wanted:
            match = next((device for device in devices if device.name == wanted), None)
            if match is not None:
                return DeviceChoice(match, wanted, fell_back=False)
        return DeviceChoice(default_input_device(devices), wanted, fell_back=bool(wanted))

    def remember(self, name: str) -> InputDevice:
        """Store the clinician's choice; raises if no such device is present now."""
        match = next((device for device in self._lister() if device.name == name), None)
        if match is None:
            raise NoInputDeviceError("That microphone is not connected.")
        self._save(name)
        return match
