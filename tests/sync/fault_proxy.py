"""A fault-injecting HTTP proxy on loopback: drops, delays, duplicates and reorders requests.

Faults are drawn from a seeded random generator so a failing run can be replayed. "Drop after"
forwards the request and then hangs up without answering: the server applied the change but
the device never heard, which is exactly what request-id idempotency must survive.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class FaultPlan:
    """Probabilities of each fault per request."""

    drop_before: float = 0.0
    drop_after: float = 0.0
    duplicate: float = 0.0
    delay: float = 0.0
    max_delay_s: float = 0.05
    offline: bool = False
    seed: int = 7
    counts: dict[str, int] = field(default_factory=dict)
    # Faults that happen at their next chance, in this order, before the random draws decide:
    # a test that must see every kind does not depend on the luck of a concurrent run.
    first: list[str] = field(default_factory=list)


class FaultProxy:
    """Forwards to ``upstream`` with faults; ``base_url`` is what devices talk to."""

    def __init__(self, upstream: str, plan: FaultPlan) -> None:
        self.plan = plan
        self._random = random.Random(plan.seed)
        self._lock = threading.Lock()
        self._upstream = httpx.Client(base_url=upstream, timeout=30.0)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return

            def _handle(self) -> None:
                proxy.forward(self)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._upstream.close()

    def _roll(self, name: str, probability: float) -> bool:
        with self._lock:
            forced = bool(self.plan.first) and self.plan.first[0] == name
            if forced:
                self.plan.first.pop(0)
            hit = forced or self._random.random() < probability
            if hit:
                self.plan.counts[name] = self.plan.counts.get(name, 0) + 1
            return hit

    def forward(self, handler: BaseHTTPRequestHandler) -> None:
        """Relay one request, injecting the planned faults."""
        length = int(handler.headers.get("content-length") or 0)
        body = handler.rfile.read(length) if length else b""
        if self.plan.offline or self._roll("drop_before", self.plan.drop_before):
            handler.close_connection = True
            return
        if self._roll("delay", self.plan.delay):
            with self._lock:
                pause = self._random.uniform(0, self.plan.max_delay_s)
            time.sleep(pause)
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_HEADERS}
        times = 2 if self._roll("duplicate", self.plan.duplicate) else 1
        for _ in range(times):
            response = self._upstream.request(
                handler.command, handler.path, headers=headers, content=body
            )
        if self._roll("drop_after", self.plan.drop_after):
            handler.close_connection = True
            return
        handler.send_response(response.status_code)
        for key, value in response.headers.items():
            if key.lower() not in _HOP_HEADERS:
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(response.content)))
        handler.end_headers()
        handler.wfile.write(response.content)
