"""Sync benchmark over loopback, SQLite and PostgreSQL side by side → bench/results/sync.json.

Measures, per backend, against a real ``tenor-server`` subprocess:
- initial sync of N sessions (upload from one in-memory device, download to a second);
- a no-change sync (median of 10), in memory and on a real SQLCipher vault of N sessions, the
  vault's also with a forced full comparison (the pre-dirty-tracking behaviour) as baseline;
- bytes sent for one edited note, against the size of that note;
- request latency with D devices syncing concurrently, five devices per account:
  - the issue's target (``concurrent_burst``): all D devices start a sync round at the same
    moment, three rounds back to back, three bursts. The devices are replayed by a light load
    generator (``sync_load``: each device prepared by the real engine, its notes real sealed
    envelopes, its requests exactly the engine's) pinned to one core, the server to the
    other(s), standing in for separate machines;
  - the same with every device a real engine in its own process, sharing the cores with the
    server (``engine_processes_*``: mostly measures devices waiting for a CPU), and paced (a
    round every 2 s per device), with the server's and the devices' CPU time per request;
- the load average before and after each backend (the machine is shared).

Usage: ``python bench/sync_bench.py [--sessions 6000] [--devices 50] [--workers 1] [--out F]``.
PostgreSQL comes from ``TENOR_TEST_POSTGRES_URL`` or is started with ``scripts/postgres.sh``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tenor_desktop.sync.account import register_account  # noqa: E402
from tenor_desktop.sync.api_client import SyncApiClient  # noqa: E402
from tenor_desktop.sync.kdf import derive_account_secrets  # noqa: E402
from tenor_desktop.sync.memory_store import MemoryLocalStore  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from sync_bench_vault import fill_vault, measure_vault  # noqa: E402
from sync_load import (  # noqa: E402
    DEVICES_PER_ACCOUNT,
    measure_bursts,
    memory_device,
    register_practice,
    server_cpu_seconds,
)

PASSWORD = "benchmark password"  # noqa: S105
SEGMENT = "Client describes the week, sleep improving, some worry about work deadlines. "


class MeasuringTransport(httpx.HTTPTransport):
    """Records request bytes, response bytes and latency of every request."""

    def __init__(self) -> None:
        super().__init__()
        self.samples: list[tuple[float, int, int]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send and time one request."""
        body = request.read()
        started = time.perf_counter()
        response = super().handle_request(request)
        content = response.read()
        elapsed = time.perf_counter() - started
        with self._lock:
            self.samples.append((elapsed, len(body), len(content)))
        return response

    def reset(self) -> None:
        """Forget the samples so far."""
        with self._lock:
            self.samples.clear()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server_process(database_url: str, blob_dir: Path, workers: int = 1):  # type: ignore[no-untyped-def]
    """``tenor-server`` in its own process(es) (own GIL) on an ephemeral port."""
    port = _free_port()
    env = {**os.environ, "TENOR_SERVER_BLOB_DIR": str(blob_dir)}
    command = [
        sys.executable,
        "-c",
        "import sys; from tenor_server.main import main; sys.exit(main(sys.argv[1:]))",
        "--database",
        database_url,
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    # Logs to a file: an unread pipe would fill up and block the server's request threads.
    log = (blob_dir.parent / "server.log").open("wb")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise RuntimeError("server did not start")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def _fill_vault(store: MemoryLocalStore, sessions: int) -> None:
    clients = max(1, sessions // 20)
    key_ids = [store.add_client(f"cl_{n:05d}") for n in range(clients)]
    for n in range(sessions):
        key_id = key_ids[n % clients]
        store.put(f"cl_{n % clients:05d}", "client", key_id, b'{"pseudonym": "P"}')
        store.put(f"se_{n:06d}", "session", key_id, json.dumps({"n": n}).encode())
        transcript = json.dumps([{"seq": i, "text": SEGMENT} for i in range(40)]).encode()
        store.put(f"se_{n:06d}.transcript", "transcript", key_id, transcript)
        note = json.dumps({"sections": [{"title": "S", "text": SEGMENT * 8}]}).encode()
        store.put(f"nt_{n:06d}", "note", key_id, note)


def run_backend(
    name: str, database_url: str, sessions: int, devices: int, workers: int, vault: Path
) -> dict[str, Any]:
    """All measurements against one database backend."""
    work = Path(tempfile.mkdtemp(prefix=f"sync-bench-{name}-"))
    load_before = os.getloadavg()
    with server_process(database_url, work / "blobs", workers) as base_url:
        email = f"bench{secrets.token_hex(4)}@example.org"
        transport_a = MeasuringTransport()
        api_a = SyncApiClient(base_url, transport=transport_a, timeout=120)
        signed_in = register_account(api_a, email, PASSWORD, device_name="a")
        store_a, _, engine_a = memory_device(signed_in.account_key, work, "a", api_a)
        _fill_vault(store_a, sessions)
        items = len(store_a.records)
        started = time.perf_counter()
        engine_a.sync()
        upload_s = time.perf_counter() - started
        upload_bytes = sum(s[1] for s in transport_a.samples)

        params = api_a.kdf_parameters(email)
        auth_secret = derive_account_secrets(PASSWORD, params).auth_secret
        transport_b = MeasuringTransport()
        api_b = SyncApiClient(base_url, transport=transport_b, timeout=120)
        api_b.login(email, auth_secret, device_name="b")
        store_b, _, engine_b = memory_device(signed_in.account_key, work, "b", api_b)
        started = time.perf_counter()
        engine_b.sync()
        download_s = time.perf_counter() - started
        assert store_b.contents() == store_a.contents()

        no_change = []
        for _ in range(10):
            started = time.perf_counter()
            engine_b.sync()
            no_change.append(time.perf_counter() - started)

        note_id = "nt_000000"
        record = store_a.records[note_id]
        edited = record.payload.replace(b"worry", b"hope ")
        store_a.put(note_id, "note", record.key_id, edited)
        transport_a.reset()
        engine_a.sync()
        edit_sent = sum(s[1] for s in transport_a.samples)

        vault_results = measure_vault(
            vault, work, base_url, f"vault{secrets.token_hex(4)}@example.org", PASSWORD
        )
        server_only = measure_bursts(base_url, work, devices)
        load_burst = os.getloadavg()
        latencies, server_cpu_s, device_cpu_s = _concurrent(base_url, work, devices)
        load_paced = os.getloadavg()
        paced, paced_server_cpu_s, _ = _concurrent(base_url, work, devices, pace_s=_PACE_S)
    return {
        "server_workers": workers,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "sessions": sessions,
        "items": items,
        "initial_upload_s": round(upload_s, 2),
        "initial_upload_mb": round(upload_bytes / 1e6, 1),
        "initial_download_s": round(download_s, 2),
        "no_change_sync_ms_median": round(statistics.median(no_change) * 1000, 1),
        "edited_note_plaintext_bytes": len(edited),
        "edited_note_bytes_sent": edit_sent,
        "concurrent_devices": devices,
        "concurrent_burst": server_only,
        "concurrent_p95_ms": server_only["p95_ms"],
        "engine_processes_requests": len(latencies),
        "engine_processes_p50_ms": round(statistics.median(latencies) * 1000, 1),
        "engine_processes_p95_ms": round(statistics.quantiles(latencies, n=20)[18] * 1000, 1),
        "engine_processes_server_cpu_ms_per_request": round(
            server_cpu_s * 1000 / len(latencies), 2
        ),
        "engine_processes_device_cpu_ms_per_request": round(
            device_cpu_s * 1000 / len(latencies), 2
        ),
        "engine_processes_load_average_before": [round(x, 2) for x in load_burst],
        "paced_every_s": _PACE_S,
        "paced_requests": len(paced),
        "paced_p50_ms": round(statistics.median(paced) * 1000, 1),
        "paced_p95_ms": round(statistics.quantiles(paced, n=20)[18] * 1000, 1),
        "paced_server_cpu_ms_per_request": round(paced_server_cpu_s * 1000 / len(paced), 2),
        "paced_load_average_before": [round(x, 2) for x in load_paced],
        **vault_results,
    }


def _concurrent(
    base_url: str, work: Path, devices: int, pace_s: float = 0.0
) -> tuple[list[float], float, float]:
    """Devices of several accounts (a practice has a few devices per clinician) at once.

    Every device runs in its own process: real devices are separate machines, and devices
    sharing a process would also measure that process's GIL queue (a response that has
    arrived waits until the other device threads let go) rather than the server.
    ``pace_s`` 0 is a burst: every device starts at once and syncs three times back to back.
    Otherwise each device starts at a random moment within ``pace_s`` and syncs every
    ``pace_s`` seconds (still far busier than the app's one round a minute).
    Returns every request's latency, the server's CPU seconds during the phase and the
    devices' CPU seconds (they share the machine's cores with the server here).
    """
    context = multiprocessing.get_context("spawn")
    ready = context.Queue()
    results = context.Queue()
    go = context.Event()
    accounts = [register_practice(base_url) for _ in range(0, devices, DEVICES_PER_ACCOUNT)]
    phase = "paced" if pace_s else "burst"  # fresh bookkeeping for each phase
    workers = [
        context.Process(
            target=_device_process,
            args=(
                base_url,
                str(work),
                f"{phase}-c{n}",
                accounts[n // DEVICES_PER_ACCOUNT],
                ready,
                results,
                go,
                pace_s,
            ),
        )
        for n in range(devices)
    ]
    for worker in workers:
        worker.start()
    for _ in workers:
        ready.get(timeout=600)
    port = int(base_url.rsplit(":", 1)[1])
    cpu_before = server_cpu_seconds(port)
    go.set()
    latencies: list[float] = []
    device_cpu = 0.0
    for _ in workers:
        samples, cpu_seconds = results.get(timeout=600)
        latencies.extend(samples)
        device_cpu += cpu_seconds
    cpu_used = server_cpu_seconds(port) - cpu_before
    for worker in workers:
        worker.join(timeout=60)
    return latencies, cpu_used, device_cpu


_ROUNDS_PER_DEVICE = 3
_PACE_S = 2.0


def _device_process(  # type: ignore[no-untyped-def]
    base_url: str,
    work: str,
    name: str,
    account: tuple[str, bytes, bytes],
    ready,
    results,
    go,
    pace_s: float,
) -> None:
    """One device (its own process): edits a note and syncs, three rounds after ``go``."""
    email, auth_secret, account_key = account
    transport = MeasuringTransport()
    api = SyncApiClient(base_url, transport=transport, timeout=120)
    api.login(email, auth_secret, device_name=name)
    store, _, engine = memory_device(account_key, Path(work), name, api)
    key_id = store.add_client(f"cc_{name}")
    transport.reset()
    ready.put(name)
    go.wait()
    cpu_started = time.process_time()
    if pace_s:
        time.sleep(random.uniform(0, pace_s))
    for round_number in range(_ROUNDS_PER_DEVICE):
        started = time.perf_counter()
        store.put(f"cn_{name}_{round_number}", "note", key_id, SEGMENT.encode() * 4)
        engine.sync()
        if pace_s:
            time.sleep(max(0.0, pace_s - (time.perf_counter() - started)))
    cpu_used = time.process_time() - cpu_started
    results.put(([sample[0] for sample in transport.samples], cpu_used))
    api.close()


@contextmanager
def postgres_url():  # type: ignore[no-untyped-def]
    """An existing test PostgreSQL, or one started for the benchmark."""
    url = os.environ.get("TENOR_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    services = Path(tempfile.mkdtemp(prefix="tenor-bench-services-"))
    env = {**os.environ, "TENOR_TEST_SERVICES_DIR": str(services)}
    subprocess.run([str(ROOT / "scripts/postgres.sh"), "start"], env=env, check=True)
    try:
        line = (services / "env").read_text().strip().split("=", 1)[1]
        yield line
    finally:
        subprocess.run([str(ROOT / "scripts/postgres.sh"), "stop"], env=env, check=False)


def main() -> int:
    """Run both backends and write the JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/sync.json")
    args = parser.parse_args()
    results: dict[str, Any] = {"machine_cpus": os.cpu_count()}
    started = time.perf_counter()
    vault = fill_vault(Path(tempfile.mkdtemp(prefix="sync-bench-vault-")) / "vault", args.sessions)
    results["vault_fill_s"] = round(time.perf_counter() - started, 1)
    sqlite_dir = Path(tempfile.mkdtemp(prefix="sync-bench-sqlite-"))
    results["sqlite"] = run_backend(
        "sqlite",
        f"sqlite:///{sqlite_dir / 'server.db'}",
        args.sessions,
        args.devices,
        args.workers,
        vault,
    )
    print("sqlite", results["sqlite"])
    with postgres_url() as url:
        import sqlalchemy

        admin = sqlalchemy.create_engine(url, isolation_level="AUTOCOMMIT")
        name = "tenor_bench_" + secrets.token_hex(4)
        with admin.connect() as connection:
            connection.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
        try:
            pg_url = sqlalchemy.engine.make_url(url).set(database=name)
            results["postgresql"] = run_backend(
                "postgresql",
                pg_url.render_as_string(hide_password=False),
                args.sessions,
                args.devices,
                args.workers,
                vault,
            )
        finally:
            with admin.connect() as connection:
                connection.execute(
                    sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                )
            admin.dispose()
    print("postgresql", results["postgresql"])
    out = args.out
    results["targets"] = {
        "initial_upload_plus_download_s": 60,
        "no_change_sync_ms": 100,
        "concurrent_p95_ms": 200,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
