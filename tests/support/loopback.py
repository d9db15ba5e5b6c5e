"""A tiny HTTP server on loopback for tests that need real sockets before (or beside) the sandbox.

Routes are (method, path regex) → handler returning (status, body, headers). Every request is
recorded so tests can assert on what went over the wire.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


Reply = tuple[int, Any, dict[str, str]]
Handler = Callable[[RecordedRequest, re.Match[str]], Reply]


@dataclass
class LoopbackServer:
    routes: list[tuple[str, re.Pattern[str], Handler]] = field(default_factory=list)
    requests: list[RecordedRequest] = field(default_factory=list)
    base_url: str = ""

    def route(self, method: str, pattern: str, handler: Handler | Reply) -> None:
        """Register a reply (or a handler computing one) for METHOD and a full-match path regex."""
        if not callable(handler):
            fixed = handler

            def handler(_req: RecordedRequest, _m: re.Match[str]) -> Reply:
                return fixed

        self.routes.insert(0, (method.upper(), re.compile(pattern), handler))

    def _dispatch(self, req: RecordedRequest) -> Reply:
        self.requests.append(req)
        for method, pattern, handler in self.routes:
            if method == req.method and (match := pattern.fullmatch(req.path)):
                return handler(req, match)
        return 404, {"error": "not_found", "message": f"no route for {req.method} {req.path}"}, {}


def _make_handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            req = RecordedRequest(
                method=self.command,
                path=parts.path,
                query=parts.query,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            status, payload, headers = server._dispatch(req)
            if isinstance(payload, bytes):
                raw = payload
                headers = {"Content-Type": "application/octet-stream", **headers}
            elif payload is None:
                raw = b""
            else:
                raw = json.dumps(payload).encode()
                headers = {"Content-Type": "application/json", **headers}
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            if raw and self.command != "HEAD":
                self.wfile.write(raw)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return _Handler


@contextmanager
def serve() -> Iterator[LoopbackServer]:
    """Start a LoopbackServer on 127.0.0.1 and a free port for the duration of the block."""
    state = LoopbackServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(state))
    httpd.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    # A short poll interval: shutdown() waits up to one interval, and tests start many servers.
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="loopback-server", daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
