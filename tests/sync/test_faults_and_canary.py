"""Convergence through a faulty network, and no plaintext ever reaching the server."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from tenor_desktop.sync.errors import ServerUnavailable
from tests.server.live_server import LiveServer
from tests.sync.conftest import Device, DeviceFactory
from tests.sync.fault_proxy import FaultPlan, FaultProxy

CANARY = "CANARY-7f3a-pseudonym-Rosalind-Q"


def _sync_until_done(device: Device, attempts: int = 40) -> None:
    """Retry like the background loop does; bounded so a bug fails instead of hanging."""
    for _ in range(attempts):
        try:
            device.engine.sync()
            return
        except ServerUnavailable:
            continue
    raise AssertionError(f"{device.name} never completed a sync")


def test_devices_converge_through_drops_delays_duplicates_and_reordering(
    make_device: DeviceFactory, sync_server: LiveServer
) -> None:
    plan = FaultPlan(
        drop_before=0.1,
        drop_after=0.15,
        duplicate=0.15,
        delay=0.3,
        seed=11,
        first=["drop_before", "duplicate", "drop_after"],
    )
    with FaultProxy(sync_server.base_url, FaultPlan()) as proxy:
        devices = [make_device(f"d{n}", base_url=proxy.base_url) for n in range(3)]
        proxy.plan = plan
        proxy._random.seed(plan.seed)
        key_id = devices[0].store.add_client("cli_1")
        _sync_until_done(devices[0])
        for device in devices[1:]:
            _sync_until_done(device)
        for round_number in range(3):
            for n, device in enumerate(devices):
                note = f"{n}/{round_number}".encode()
                device.store.put(f"n{n}_{round_number}", "note", key_id, note)
            _concurrently(devices)
        # Settle, then delete on one device while another edits the same note: delete wins.
        for device in devices:
            _sync_until_done(device)
        assert "n2_0" in devices[1].store.records
        devices[1].store.delete("n2_0")
        devices[2].store.put("n2_0", "note", key_id, b"edited while deleted elsewhere")
        devices[0].store.delete("n0_0")
        _concurrently(devices)
        proxy.plan = FaultPlan()
        for _ in range(2):
            for device in devices:
                _sync_until_done(device)
        counts = plan.counts
    contents = [device.store.contents() for device in devices]
    assert all(c == contents[0] for c in contents)
    notes = {item_id for item_id in contents[0] if item_id.startswith("n")}
    # Nothing lost, nothing duplicated, nothing resurrected: the two deleted notes stay gone.
    expected = {f"n{n}_{r}" for n in range(3) for r in range(3)} - {"n2_0", "n0_0"}
    assert notes == expected
    kinds = ("drop_before", "drop_after", "duplicate")
    assert all(counts.get(kind, 0) > 0 for kind in kinds), counts


def _concurrently(devices: list[Device]) -> None:
    # Concurrent syncs: the proxy's delays reorder requests between devices.
    threads = [threading.Thread(target=_sync_until_done, args=(d,)) for d in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def _rows_and_files(server: LiveServer) -> tuple[bytes, list[bytes]]:
    engine = create_engine(server.settings.database_url)
    dump = bytearray()
    try:
        with engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                for row in connection.execute(text(f"SELECT * FROM {table}")):
                    for value in row:
                        dump += value if isinstance(value, bytes) else str(value).encode()
    finally:
        engine.dispose()
    files = [p.read_bytes() for p in Path(server.blob_dir).rglob("*") if p.is_file()]
    return bytes(dump), files


def test_server_database_and_blobs_never_hold_the_canary(
    make_device: DeviceFactory, sync_server: LiveServer
) -> None:
    device = make_device("laptop")
    key_id = device.store.add_client("cli_canary")
    device.store.put("cli_canary", "client", key_id, f'{{"pseudonym": "{CANARY}"}}'.encode())
    device.store.put("note_small", "note", key_id, f"S: {CANARY} reports".encode())
    big = (f"segment {CANARY} " * 2000).encode()  # above the blob threshold
    device.store.put("transcript_big", "transcript", key_id, big)
    device.engine.sync()
    other = make_device("desktop")
    other.engine.sync()
    assert other.store.records["transcript_big"].payload == big  # it really went through
    dump, files = _rows_and_files(sync_server)
    assert files, "the large transcript should be in blob storage"
    for haystack in [dump, *files]:
        assert CANARY.encode() not in haystack
        assert CANARY.encode("utf-16-le") not in haystack
    if sync_server.settings.database_url.startswith("sqlite"):
        raw = Path(sync_server.settings.database_url.removeprefix("sqlite:///")).read_bytes()
        wal = Path(sync_server.settings.database_url.removeprefix("sqlite:///") + "-wal")
        assert CANARY.encode() not in raw
        assert not wal.exists() or CANARY.encode() not in wal.read_bytes()
