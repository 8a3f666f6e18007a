"""Audio errors.

Hierarchy::

    TenorError
     └── AudioError                 capture or buffer problem; message is safe to show
          ├── NoInputDeviceError    no microphone at all, or the chosen one cannot be opened
          ├── BufferClosedError     the ring buffer was zeroized/closed and cannot be used
          └── ZeroizeError          the buffer memory was not all zeros after zeroize()

Messages carry device names, counts and error kinds only; never audio or transcript text.
"""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class AudioError(TenorError):
    """A capture or audio buffer problem."""


class NoInputDeviceError(AudioError):
    """No usable input device."""


class BufferClosedError(AudioError):
    """The buffer has been zeroized and closed."""


class ZeroizeError(AudioError):
    """Zeroizing did not leave the buffer memory all zeros."""
