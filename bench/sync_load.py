"""A light load generator for the 50-device sync benchmark: the server is measured, not the devices.

The engine-per-process burst in ``sync_bench`` puts 50 Python device processes on the same two
cores as the server, so most of what it measures is devices waiting for a CPU (their own
encryption, decryption and bookkeeping) — on real deployments each device is its own machine.
This generator replays the exact requests of a device's sync round (``GET /items`` from its
cursor, then ``POST /sync/push`` of one edited note) for D devices from one asyncio process
pinned to its own core, while the server is pinned to the other. Every device is prepared by the
real engine (login, a client key item, an initial sync), and every pushed note is a real
envelope sealed with that device's client key, so the server does the same work as for real
devices. Latency is taken per request from sending the request to reading the whole answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import statistics
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.engine import SyncEngine
from tenor_desktop.sync.envelope import seal_item, wrap_account_key
from tenor_desktop.sync.kdf import KdfParameters
from tenor_desktop.sync.memory_store import MemoryLocalStore
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.wire import OutgoingChange

SEGMENT = "Client describes the week, sleep improving, some worry about work deadlines. "
NOTE = (SEGMENT * 4).encode()


@dataclass
class VirtualDevice:
    """What a device needs to replay its sync rounds: a token, a cursor and sealed notes."""

    name: str
    access_token: str
    cursor: int
    push_bodies: list[bytes] = field(default_factory=list)


def memory_device(
    account_key: bytes, state_dir: Path, name: str, api: SyncApiClient
) -> tuple[MemoryLocalStore, SyncState, SyncEngine]:
    """A device of the benchmarks: an in-memory store, its bookkeeping file and the engine."""
    store = MemoryLocalStore()
    state = SyncState(state_dir / f"{name}.db")
    return store, state, SyncEngine(api, store, state, account_key, batch_size=200)


def prepare_device(
    base_url: str, account: tuple[str, bytes, bytes], name: str, work: Path, rounds: int
) -> VirtualDevice:
    """Sign in and sync once with the real engine, then seal ``rounds`` notes for the burst."""
    email, auth_secret, account_key = account
    api = SyncApiClient(base_url, timeout=120)
    api.login(email, auth_secret, device_name=name)
    store, _, engine = memory_device(account_key, work, name, api)
    key_id = store.add_client(f"cc_{name}")
    engine.sync()
    assert api.credentials is not None  # login just set them
    device = VirtualDevice(name, api.credentials.access_token, cursor=0)
    for round_number in range(rounds):
        item_id = f"cn_{name}_{round_number}"
        envelope = seal_item(
            NOTE,
            item_id=item_id,
            kind="note",
            version=1,
            key_id=key_id,
            wrapping_key=store.keys[key_id],
        )
        change = OutgoingChange(
            item_id, "note", 0, False, envelope.ciphertext, envelope.wrapped_item_key, key_id
        )
        body = {"request_id": uuid.uuid4().hex, "changes": [change.to_json()]}
        device.push_bodies.append(json.dumps(body).encode())
    api.close()
    return device


class _Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a load generator must be.

    httpx's async client costs about 5 ms of CPU per request here, more than the server; this
    writes the request line and headers itself and reads a ``Content-Length`` answer.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader, self._writer = reader, writer

    @classmethod
    async def open(cls, base_url: str) -> _Connection:
        host, port = base_url.removeprefix("http://").split(":")
        return cls(*await asyncio.open_connection(host, int(port)))

    async def request(
        self, method: str, target: str, headers: dict[str, str], body: bytes = b""
    ) -> tuple[int, bytes]:
        lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines.append(f"Content-Length: {len(body)}")
        self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await self._reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        length = 0
        for line in header_lines:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return int(status_line.split()[1]), await self._reader.readexactly(length)

    async def close(self) -> None:
        self._writer.close()
        await self._writer.wait_closed()


async def _device_rounds(
    connection: _Connection,
    device: VirtualDevice,
    rounds: int,
    go: asyncio.Event,
    latencies: list[float],
) -> None:
    headers = {"Authorization": f"Bearer {device.access_token}"}
    push_headers = {**headers, "Content-Type": "application/json"}
    await go.wait()
    bodies, device.push_bodies = device.push_bodies[:rounds], device.push_bodies[rounds:]
    for body in bodies:
        has_more = True
        while has_more:
            started = time.perf_counter()
            status, answer = await connection.request(
                "GET", f"/items?cursor={device.cursor}", headers
            )
            latencies.append(time.perf_counter() - started)
            page = json.loads(_ok(status, answer))
            device.cursor, has_more = int(page["cursor"]), bool(page["has_more"])
        started = time.perf_counter()
        status, answer = await connection.request("POST", "/sync/push", push_headers, body)
        latencies.append(time.perf_counter() - started)
        statuses = {result["status"] for result in json.loads(_ok(status, answer))["results"]}
        if statuses != {"applied"}:
            raise RuntimeError(f"push not applied: {sorted(statuses)}")


def _ok(status: int, answer: bytes) -> bytes:
    if status != 200:
        raise RuntimeError(f"server answered {status}")
    return answer


async def _burst(base_url: str, devices: list[VirtualDevice], rounds: int) -> list[float]:
    latencies: list[float] = []
    go = asyncio.Event()
    # Open every connection first: a real device keeps its connection between rounds.
    connections = await asyncio.gather(*(_Connection.open(base_url) for _ in devices))
    try:
        tasks = [
            asyncio.create_task(_device_rounds(connection, device, rounds, go, latencies))
            for connection, device in zip(connections, devices, strict=True)
        ]
        go.set()
        await asyncio.gather(*tasks)
    finally:
        await asyncio.gather(*(connection.close() for connection in connections))
    return latencies


def run_burst(base_url: str, devices: list[VirtualDevice], rounds: int) -> list[float]:
    """Every device starts at once and runs ``rounds`` rounds back to back; each latency."""
    return asyncio.run(_burst(base_url, devices, rounds))


def register_practice(base_url: str) -> tuple[str, bytes, bytes]:
    """One account for a few devices: (e-mail, auth secret, account key).

    Registered directly with random derived material: the client KDF is not what this
    measures, and Argon2id runs would only slow the set-up.
    """
    email = f"practice{secrets.token_hex(4)}@example.org"
    auth_secret, account_key = secrets.token_bytes(32), secrets.token_bytes(32)
    setup = SyncApiClient(base_url, timeout=120)
    setup.register(
        email,
        auth_secret,
        KdfParameters.fresh(),
        wrap_account_key(secrets.token_bytes(32), account_key),
    )
    setup.close()
    return email, auth_secret, account_key


def server_pids(port: int) -> list[int]:
    """The server process(es) listening on ``port``: the parent and its workers (Linux /proc)."""
    parents: set[str] = set()
    parent_of: dict[str, str] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            parent_of[pid] = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]
        except OSError:
            continue
        if b"--port" in command and str(port).encode() in command:
            parents.add(pid)
    return [int(pid) for pid, parent in parent_of.items() if pid in parents or parent in parents]


def server_cpu_seconds(port: int) -> float:
    """CPU time the server process(es) on ``port`` have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in server_pids(port):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


@contextlib.contextmanager
def pinned_apart(port: int) -> Iterator[dict[str, list[int]]]:
    """Server threads on all cores but the last, this process on the last, for the block.

    Stands in for separate machines: the generator's own work never takes the server's CPU.
    """
    cores = sorted(os.sched_getaffinity(0))
    own = os.sched_getaffinity(0)
    server_cores, generator_cores = set(cores[:-1] or cores), {cores[-1]}
    threads = [
        int(tid)
        for pid in server_pids(port)
        for tid in os.listdir(f"/proc/{pid}/task")
        if tid.isdigit()
    ]
    for tid in threads:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(tid, server_cores)
    os.sched_setaffinity(0, generator_cores)
    try:
        yield {"server_cores": sorted(server_cores), "generator_cores": sorted(generator_cores)}
    finally:
        os.sched_setaffinity(0, own)
        for tid in threads:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(tid, set(cores))


def measure_bursts(
    base_url: str, work: Path, devices: int, bursts: int = 3, rounds: int = 3
) -> dict[str, Any]:
    """``bursts`` bursts of ``devices`` devices, five per account; pooled latency figures."""
    accounts = [register_practice(base_url) for _ in range(0, devices, DEVICES_PER_ACCOUNT)]
    prepared = [
        prepare_device(base_url, accounts[n // DEVICES_PER_ACCOUNT], f"g{n}", work, bursts * rounds)
        for n in range(devices)
    ]
    port = int(base_url.rsplit(":", 1)[1])
    latencies: list[float] = []
    p95_each: list[float] = []
    load_before = os.getloadavg()
    with pinned_apart(port) as placement:
        cpu_before, own_before = server_cpu_seconds(port), time.process_time()
        for _ in range(bursts):
            burst = run_burst(base_url, prepared, rounds)
            p95_each.append(statistics.quantiles(burst, n=20)[18])
            latencies += burst
        server_cpu = server_cpu_seconds(port) - cpu_before
        generator_cpu = time.process_time() - own_before
    return {
        "devices": devices,
        "bursts": bursts,
        "rounds_per_burst": rounds,
        "requests": len(latencies),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(statistics.quantiles(latencies, n=20)[18] * 1000, 1),
        "p95_ms_each_burst": [round(p * 1000, 1) for p in p95_each],
        "max_ms": round(max(latencies) * 1000, 1),
        "server_cpu_ms_per_request": round(server_cpu * 1000 / len(latencies), 2),
        "generator_cpu_ms_per_request": round(generator_cpu * 1000 / len(latencies), 2),
        **placement,
        "load_average_before": [round(x, 2) for x in load_before],
    }


DEVICES_PER_ACCOUNT = 5


def main() -> int:
    """Burst against an already running server: ``python bench/sync_load.py URL [--out F]``."""
    import argparse
    import subprocess
    import tempfile

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("base_url")
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--note", default="", help="what the server runs on, for the JSON")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    uptime = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    result = {
        "note": args.note,
        "uptime": uptime,
        **measure_bursts(args.base_url, Path(tempfile.mkdtemp()), args.devices),
    }
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
