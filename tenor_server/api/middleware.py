"""Strict security headers and body-free request logging.

Logs carry the method, the route template (``/items/{item_id}``, never the concrete id or a
query string), the status and the duration. Bodies are never read here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

_log = logging.getLogger("tenor_server.requests")


def install_middleware(app: FastAPI, *, hsts_seconds: int) -> None:
    """Add the header and logging middleware to ``app``."""
    headers = {
        "Strict-Transport-Security": f"max-age={hsts_seconds}; includeSubDomains",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
        "Cache-Control": "no-store",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }

    @app.middleware("http")
    async def secure_and_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        response.headers.update(headers)
        _log.info(
            "%s %s %d %.1fms",
            request.method,
            _route_template(request),
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response


def _route_template(request: Request) -> str:
    # The router records the matched route in the (shared) scope.
    route = request.scope.get("route")
    return str(getattr(route, "path", "<unmatched>"))
