"""audio layer: the microphone and the only place session audio lives.

Public API (import from the modules; this package imports nothing, so importing it never
initialises PortAudio)::

    ring_buffer.SecureRingBuffer(capacity=12 min @ 16 kHz, *, channels=1, high_water=0.75)
        .write(block) / .read(n) / .read_into(out) / .acknowledge(pos) / .rewind_to(pos)
        .zeroize() / .is_zero() / .close() / .emergency_zeroize() / .memory_lock
    emergency_zeroizer.EmergencyZeroizer().install() / .protect(buf) / .release(buf)
    devices.list_input_devices() / DeviceSelector(load, save).choose() / .remember(name)
    capture.MicrophoneCapture(ring, choice, on_event, ...).start() / pause() / resume() / stop()
    capture_events: LevelChanged, SilenceWarning, SilenceEnded, DeviceFallback, DeviceLost,
        InputOverflow, AudioDropped, CaptureFailed
"""
