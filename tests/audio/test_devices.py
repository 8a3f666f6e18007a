"""Device choice: remembered by name, visible fallback when the device is gone."""

from __future__ import annotations

import pytest

from tenor_desktop.audio.devices import (
    DeviceSelector,
    InputDevice,
    default_input_device,
    list_input_devices,
)
from tenor_desktop.audio.errors import NoInputDeviceError
from tests.audio.virtual_mic import VirtualMic, virtual_mic

__all__ = ["virtual_mic"]

BUILT_IN = InputDevice(0, "Built-in Microphone", 2, 48_000.0, is_default=True)
HEADSET = InputDevice(3, "USB Headset", 1, 44_100.0)


class Preference:
    def __init__(self, value: str | None) -> None:
        self.value = value

    def load(self) -> str | None:
        return self.value

    def save(self, name: str) -> None:
        self.value = name


def test_remembered_device_is_used_when_present() -> None:
    preference = Preference("USB Headset")
    choice = DeviceSelector(preference.load, preference.save, lambda: [BUILT_IN, HEADSET]).choose()
    assert choice.device == HEADSET
    assert not choice.fell_back


def test_missing_remembered_device_falls_back_to_default_visibly() -> None:
    preference = Preference("USB Headset")
    choice = DeviceSelector(preference.load, preference.save, lambda: [BUILT_IN]).choose()
    assert choice.device == BUILT_IN
    assert choice.fell_back
    assert choice.requested == "USB Headset"


def test_no_preference_uses_default_without_fallback_flag() -> None:
    preference = Preference(None)
    choice = DeviceSelector(preference.load, preference.save, lambda: [HEADSET, BUILT_IN]).choose()
    assert choice.device == BUILT_IN
    assert not choice.fell_back


def test_remember_stores_only_present_devices() -> None:
    preference = Preference(None)
    selector = DeviceSelector(preference.load, preference.save, lambda: [BUILT_IN, HEADSET])
    assert selector.remember("USB Headset") == HEADSET
    assert preference.value == "USB Headset"
    with pytest.raises(NoInputDeviceError):
        selector.remember("Gone Mic")
    assert preference.value == "USB Headset"


def test_no_devices_at_all_is_a_clear_error() -> None:
    with pytest.raises(NoInputDeviceError, match="No microphone"):
        default_input_device([])


@pytest.mark.pulse
def test_portaudio_lists_the_virtual_microphone_with_a_default(virtual_mic: VirtualMic) -> None:
    devices = list_input_devices()
    names = {device.name for device in devices}
    assert {"pulse", "default"} <= names
    assert sum(device.is_default for device in devices) == 1
    assert all(device.max_channels > 0 for device in devices)
