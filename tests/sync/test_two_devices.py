"""Two and N devices against a live server: create, edit, delete, conflict, offline, resync."""

from __future__ import annotations

import pytest

from tenor_desktop.sync.errors import ServerUnavailable
from tenor_desktop.sync.memory_store import client_key_item_id
from tests.server.live_server import LiveServer
from tests.sync.conftest import DeviceFactory
from tests.sync.fault_proxy import FaultPlan, FaultProxy


def test_create_edit_delete_propagate(make_device: DeviceFactory) -> None:
    laptop, desktop = make_device("laptop"), make_device("desktop")
    key_id = laptop.store.add_client("cli_1")
    laptop.store.put("ses_1", "session", key_id, b'{"started": "09:00"}')
    laptop.store.put("note_1", "note", key_id, b"S: sleeping better")
    laptop.engine.sync()
    desktop.engine.sync()
    assert desktop.store.contents() == laptop.store.contents()
    desktop.store.put("note_1", "note", key_id, b"S: sleeping better. O: calm")
    desktop.engine.sync()
    laptop.engine.sync()
    assert laptop.store.records["note_1"].payload == b"S: sleeping better. O: calm"
    laptop.store.delete("ses_1")
    laptop.engine.sync()
    report = desktop.engine.sync()
    assert "ses_1" not in desktop.store.records
    assert report.deleted_locally == 1
    # A no-change sync moves nothing.
    again = desktop.engine.sync()
    assert (again.pulled, again.pushed) == (0, 0)


def test_conflicting_note_edits_keep_both_versions(make_device: DeviceFactory) -> None:
    a, b = make_device("a"), make_device("b")
    key_id = a.store.add_client("cli_1")
    a.store.put("note_1", "note", key_id, b"original")
    a.engine.sync()
    b.engine.sync()
    a.store.put("note_1", "note", key_id, b"edit from A")
    b.store.put("note_1", "note", key_id, b"edit from B")
    a.engine.sync()
    report = b.engine.sync()
    assert report.conflict_copies == 1
    a.engine.sync()
    versions_a = sorted(r.payload for r in a.store.records.values() if r.kind == "note")
    versions_b = sorted(r.payload for r in b.store.records.values() if r.kind == "note")
    assert versions_a == versions_b == [b"edit from A", b"edit from B"]


def test_deletion_wins_over_a_concurrent_edit_and_never_resurrects(
    make_device: DeviceFactory,
) -> None:
    a, b = make_device("a"), make_device("b")
    key_id = a.store.add_client("cli_1")
    a.store.put("ses_1", "session", key_id, b"v1")
    a.engine.sync()
    b.engine.sync()
    a.store.delete("ses_1")
    b.store.put("ses_1", "session", key_id, b"v2 edited offline")
    a.engine.sync()
    b.engine.sync()
    a.engine.sync()
    assert "ses_1" not in a.store.records
    assert "ses_1" not in b.store.records
    # Even re-creating the id on a device that never saw the deletion does not revive it.
    c = make_device("c")
    c.store.keys.update(b.store.keys)
    c.store.put("ses_1", "session", key_id, b"zombie")
    c.engine.sync()
    assert "ses_1" not in c.store.records
    b.engine.sync()
    assert "ses_1" not in b.store.records


def test_offline_changes_queue_and_go_out_when_back_online(
    make_device: DeviceFactory, sync_server: LiveServer
) -> None:
    a = make_device("a")
    key_id = a.store.add_client("cli_1")
    a.engine.sync()
    with FaultProxy(sync_server.base_url, FaultPlan()) as proxy:
        train = make_device("train", base_url=proxy.base_url)
        train.engine.sync()
        proxy.plan.offline = True
        train.store.put("note_offline", "note", key_id, b"written on the train")
        train.store.delete(client_key_item_id("never-existed"))
        for _ in range(3):
            with pytest.raises(ServerUnavailable):
                train.engine.sync()
        proxy.plan.offline = False
        train.engine.sync()
    a.engine.sync()
    assert a.store.records["note_offline"].payload == b"written on the train"


def test_n_devices_converge(make_device: DeviceFactory) -> None:
    devices = [make_device(f"d{n}") for n in range(4)]
    key_id = devices[0].store.add_client("cli_1")
    devices[0].engine.sync()
    for device in devices[1:]:
        device.engine.sync()
    for n, device in enumerate(devices):
        for m in range(5):
            device.store.put(f"note_{n}_{m}", "note", key_id, f"note {n}/{m}".encode())
        device.store.put("shared_note", "note", key_id, f"shared by {n}".encode())
    for _ in range(2):
        for device in devices:
            device.engine.sync()
    contents = [device.store.contents() for device in devices]
    assert all(c == contents[0] for c in contents)
    assert sum(1 for item in contents[0] if item.startswith("note_")) == 20
    shared = sorted(p for i, p in contents[0].items() if i.startswith("shared_note"))
    assert shared == sorted(f"shared by {n}".encode() for n in range(4))


def test_deleting_a_client_shreds_its_key_on_every_device(make_device: DeviceFactory) -> None:
    a, b = make_device("a"), make_device("b")
    key_id = a.store.add_client("cli_gone")
    a.store.put("note_gone", "note", key_id, b"about to be shredded")
    a.engine.sync()
    b.engine.sync()
    assert key_id in b.store.keys
    a.store.delete_client("cli_gone")
    a.engine.sync()
    b.engine.sync()
    assert key_id not in b.store.keys
    assert "note_gone" not in b.store.records


def test_stale_cursor_triggers_a_full_resync(make_device: DeviceFactory) -> None:
    a, b = make_device("a"), make_device("b")
    key_id = a.store.add_client("cli_1")
    a.store.put("note_1", "note", key_id, b"x")
    a.engine.sync()
    b.engine.sync()
    b.state.set_cursor(10_000)  # e.g. the server was restored from an older backup
    a.store.put("note_2", "note", key_id, b"y")
    a.engine.sync()
    report = b.engine.sync()
    assert report.full_resync
    assert b.store.contents() == a.store.contents()


def test_large_transcripts_stream_both_ways(make_device: DeviceFactory) -> None:
    a, b = make_device("a"), make_device("b")
    key_id = a.store.add_client("cli_1")
    transcript = b"segment text " * 200_000  # about 2.6 MB
    a.store.put("ses_1.transcript", "transcript", key_id, transcript)
    a.engine.sync()
    b.engine.sync()
    assert b.store.records["ses_1.transcript"].payload == transcript
