"""A tiny HTTP server on loopback for tests that need real sockets before (or beside) the sandbox.

Routes are (method, path regex) → handler returning (status, body, headers). Every request is
recorded so tests can assert on what went over the wire.
"""

from __future__ import annotations

import json
import re
import socket
import ssl
import sys
import threading
import time
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
    received_at: float = field(default_factory=time.monotonic)
    """When the server read the request (monotonic clock)."""

    @property
    def params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        # Headers and bodies carry (test) credentials: keep them out of assertion messages.
        return f"RecordedRequest({self.method} {self.path}{'?' + self.query if self.query else ''})"


@dataclass(frozen=True)
class StreamedBody:
    """A reply body written chunk by chunk (big downloads without holding them in memory)."""

    length: int
    chunks: Callable[[], Iterator[bytes]]


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

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """The recorded requests for ``path`` (and ``method``), in arrival order."""
        return [r for r in self.requests if r.path == path and (method is None or r.method == method)]

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
            if isinstance(payload, StreamedBody):
                self.send_response(status)
                for key, value in {"Content-Type": "application/octet-stream", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(payload.length))
                self.end_headers()
                if self.command != "HEAD":
                    for chunk in payload.chunks():
                        self.wfile.write(chunk)
                return
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


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout tests) or failed the TLS handshake is expected here.
        if not isinstance(sys.exc_info()[1], ConnectionError | ssl.SSLError):
            super().handle_error(request, client_address)


@contextmanager
def serve(*, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> Iterator[LoopbackServer]:
    """Start a LoopbackServer on ``host`` (loopback) and a free port for the duration of the block.

    With ``tls`` (a server-side SSL context), the server speaks HTTPS.
    """
    state = LoopbackServer()
    httpd = _QuietServer((host, 0), _make_handler(state))
    httpd.daemon_threads = True
    scheme = "http"
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
        scheme = "https"
    state.base_url = f"{scheme}://{host}:{httpd.server_address[1]}"
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


def sequence(*replies: Reply) -> Handler:
    """A handler answering ``replies`` in order, then repeating the last one."""
    remaining = list(replies)
    lock = threading.Lock()

    def handler(_req: RecordedRequest, _m: re.Match[str]) -> Reply:
        with lock:
            return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    return handler


def delayed(seconds: float, reply: Reply) -> Handler:
    """A handler that waits ``seconds`` before answering ``reply`` (timeouts)."""

    def handler(_req: RecordedRequest, _m: re.Match[str]) -> Reply:
        time.sleep(seconds)
        return reply

    return handler


def closed_port_url() -> str:
    """An http://127.0.0.1 URL on which nothing listens (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
