"""The only place session audio lives: a preallocated, RAM-pinned, zeroed-as-it-goes ring.

Positions are absolute sample (frame) numbers from the start of the session, never ring
indices, so the producer, the consumer and the transcriber agree on what has been
acknowledged. Three cursors, always ``acknowledged <= read <= written``:

* ``written``       the producer (capture) has stored everything before it;
* ``read``          the consumer (transcription worker) has taken everything before it;
* ``acknowledged``  the transcriber has committed everything before it; those samples are
                    already zeros in memory.

Unacknowledged audio stays in the ring even after it was read, so a network engine can replay
it after a reconnect (:meth:`rewind_to`). Nothing is silently dropped: a write that does not fit
stores what fits, counts the rest in :attr:`dropped_samples` and reports how much it stored,
and the consumer watches :meth:`fill_ratio` against :attr:`high_water` to react early.

Threading: exactly one producer thread calls :meth:`write`; one consumer thread calls the rest.
Each cursor has one writer, and a cursor only moves after the memory it covers is ready, so no
lock is needed (the GIL makes int assignment atomic). The producer path allocates nothing.
"""

from __future__ import annotations

from types import TracebackType

import numpy as np
import numpy.typing as npt

from tenor_desktop.audio.errors import BufferClosedError, ZeroizeError
from tenor_desktop.audio.memory_lock import MemoryLockResult, lock_array, unlock_array

SAMPLE_RATE = 16_000
DEFAULT_CAPACITY_SECONDS = 12 * 60  # the issue asks for at least ten minutes

FloatArray = npt.NDArray[np.float32]


class SecureRingBuffer:
    """Single-producer/single-consumer float32 audio ring that zeroes what it releases."""

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY_SECONDS * SAMPLE_RATE,
        *,
        channels: int = 1,
        high_water: float = 0.75,
        lock_memory: bool = True,
    ) -> None:
        """Allocate (and try to pin) ``capacity`` frames of ``channels`` float32 samples."""
        if capacity <= 0 or channels <= 0:
            raise ValueError("capacity and channels must be positive")
        self.capacity = capacity
        self.channels = channels
        self.high_water = high_water
        # np.zeros may map pages lazily; filling touches every page so mlock and the first
        # callback never fault in fresh memory.
        self._data: FloatArray = np.zeros((capacity, channels), dtype=np.float32)
        self._data.fill(0.0)
        self.memory_lock = (
            lock_array(self._data) if lock_memory else MemoryLockResult(False, "not requested")
        )
        self._written = 0
        self._read = 0
        self._acknowledged = 0
        self.dropped_samples = 0
        self._closed = False

    # -- cursors -------------------------------------------------------------------------------

    @property
    def written_position(self) -> int:
        """Absolute position after the last stored frame."""
        return self._written

    @property
    def read_position(self) -> int:
        """Absolute position of the next frame the consumer will read."""
        return self._read

    @property
    def acknowledged_position(self) -> int:
        """Frames before this position are committed and already zeroed."""
        return self._acknowledged

    @property
    def closed(self) -> bool:
        """True after :meth:`close` or an emergency zeroize; writes are then refused."""
        return self._closed

    def available(self) -> int:
        """Frames written but not yet read."""
        return self._written - self._read

    def retained(self) -> int:
        """Frames still held in memory (written but not acknowledged)."""
        return self._written - self._acknowledged

    def free_space(self) -> int:
        """Frames the producer can still store before it would have to drop."""
        return self.capacity - (self._written - self._acknowledged)

    def fill_ratio(self) -> float:
        """Share of the capacity held by unacknowledged audio."""
        return (self._written - self._acknowledged) / self.capacity

    def under_pressure(self) -> bool:
        """True when the consumer must free space now (force a commit, switch engine)."""
        return self.fill_ratio() >= self.high_water

    # -- producer ------------------------------------------------------------------------------

    def write(self, block: FloatArray) -> int:
        """Store ``block`` (frames x channels, or 1-D when mono); return frames stored.

        Real-time safe: slices and copies into preallocated memory, no allocation of audio.
        """
        frames = block.shape[0]
        if self._closed:
            self.dropped_samples += frames
            return 0
        room = self.capacity - (self._written - self._acknowledged)
        count = frames if frames <= room else room
        if count < frames:
            self.dropped_samples += frames - count
        if count <= 0:
            return 0
        start = self._written % self.capacity
        first = min(count, self.capacity - start)
        data = self._data
        if block.ndim == 1:
            data[start : start + first, 0] = block[:first]
            if first < count:
                data[: count - first, 0] = block[first:count]
        else:
            data[start : start + first] = block[:first]
            if first < count:
                data[: count - first] = block[first:count]
        self._written += count  # publish only after the memory is filled
        return count

    # -- consumer ------------------------------------------------------------------------------

    def read_into(self, out: FloatArray) -> tuple[int, int]:
        """Copy up to ``len(out)`` unread frames into ``out``; return (start position, count)."""
        self._check_open()
        start_position = self._read
        count = min(out.shape[0], self._written - start_position)
        if count > 0:
            self._copy_out(start_position, count, out)
            self._read = start_position + count
        return start_position, count

    def read(self, max_frames: int) -> tuple[int, FloatArray]:
        """Return (start position, a copy of up to ``max_frames`` unread frames)."""
        self._check_open()
        count = min(max_frames, self._written - self._read)
        shape = (count,) if self.channels == 1 else (count, self.channels)
        out: FloatArray = np.empty(shape, dtype=np.float32)
        return self.read_into(out)[0], out

    def rewind_to(self, position: int) -> None:
        """Move the read cursor back to an unacknowledged position (replay after reconnect)."""
        if not self._acknowledged <= position <= self._written:
            raise ValueError("can only rewind into unacknowledged audio")
        self._read = position

    def acknowledge(self, position: int) -> int:
        """Zero every frame before ``position`` (clamped to what was read); return the new cursor.

        Moving backwards is ignored: acknowledged audio is already gone.
        """
        target = min(position, self._read)
        if target <= self._acknowledged:
            return self._acknowledged
        self._zero_range(self._acknowledged, target - self._acknowledged)
        self._acknowledged = target  # only now may the producer reuse these slots
        return target

    # -- destruction ---------------------------------------------------------------------------

    def zeroize(self) -> None:
        """Overwrite all audio with zeros, verify it, and discard every cursor's audio.

        Raises:
            ZeroizeError: the memory still held a non-zero sample after two passes.
        """
        self._data.fill(0.0)
        if not self.is_zero():
            # A producer that was mid-copy (emergency path) may have landed one more block.
            self._data.fill(0.0)
            if not self.is_zero():
                raise ZeroizeError("The audio buffer could not be cleared.")
        self._read = self._written
        self._acknowledged = self._written

    def is_zero(self) -> bool:
        """True when every byte of the buffer memory is zero."""
        return not self._data.view(np.uint32).any()

    def close(self) -> None:
        """Refuse further writes, zeroize (verified) and unpin. Safe to call twice."""
        self._closed = True
        self.zeroize()
        if self.memory_lock.locked:
            unlock_array(self._data)
            self.memory_lock = MemoryLockResult(False, "released")

    def emergency_zeroize(self) -> None:
        """Signal/atexit path: stop writes and zero memory; never raises."""
        self._closed = True
        self._data.fill(0.0)
        self._data.fill(0.0)

    def memory_view(self) -> memoryview:
        """Read-only view of the raw bytes, for tests and self-checks that prove zeroing."""
        return self._data.data.cast("B").toreadonly()

    def __enter__(self) -> SecureRingBuffer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise BufferClosedError("The audio buffer was cleared and closed.")

    def _copy_out(self, position: int, count: int, out: FloatArray) -> None:
        start = position % self.capacity
        first = min(count, self.capacity - start)
        data = self._data if out.ndim == 2 else self._data[:, 0]
        out[:first] = data[start : start + first]
        if first < count:
            out[first:count] = data[: count - first]

    def _zero_range(self, position: int, count: int) -> None:
        start = position % self.capacity
        first = min(count, self.capacity - start)
        self._data[start : start + first] = 0.0
        if first < count:
            self._data[: count - first] = 0.0
