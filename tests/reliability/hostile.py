"""A small byte-level hostile HTTP server on loopback: it answers what no well-behaved server would.

Each connection runs in a daemon thread: the request is read (request line, headers, a
``Content-Length`` body), then the case's ``answer(request, conn)`` writes raw bytes on the socket.
Everything is bounded: sockets time out after :data:`SOCKET_TIMEOUT`, slow answers check
:attr:`HostileServer.stopping` between bytes, and :meth:`HostileServer.stop` closes every socket
and joins every thread (it fails the test if a thread outlives :data:`JOIN_TIMEOUT`).

The token endpoint (``POST /oauth/token``) and the API share the server; a case answers both.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

SOCKET_TIMEOUT = 5.0
JOIN_TIMEOUT = 10.0
MAX_REQUEST_BYTES = 1 << 20

ACCESS_TOKEN = "hostile-access-token-0123456789abcdef"
REFRESH_TOKEN = "hostile-refresh-token-fedcba9876543210"
CLIENT_SECRET = "hostile-client-secret-0123456789"
SECRETS = (ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET)
"""What must never show in a message, repr, chained exception or log line."""


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Answer = Callable[[Request, socket.socket, "HostileServer"], None]


def http_response(
    status: int, body: bytes = b"", headers: dict[str, str] | None = None, *, reason: str = "OK"
) -> bytes:
    """Raw bytes of a complete HTTP/1.1 answer (``Content-Length`` added unless given)."""
    fields = {"Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return head.encode("latin-1") + b"\r\n" + body


def json_token(access_token: str = ACCESS_TOKEN, expires_in: object = 3600) -> bytes:
    import json

    return json.dumps(
        {
            "access_token": access_token,
            "token_type": "bearer",
            "expires_in": expires_in,
            "refresh_token": REFRESH_TOKEN,
        }
    ).encode()


def good_token(request: Request, conn: socket.socket, _server: HostileServer) -> None:
    conn.sendall(http_response(200, json_token(), {"Content-Type": "application/json"}))


@dataclass
class HostileServer:
    """``api`` answers every request but the token requests, which ``token`` answers."""

    api: Answer
    token: Answer = good_token
    requests: list[Request] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _conns: list[socket.socket] = field(default_factory=list)
    _listener: socket.socket | None = None

    @property
    def url(self) -> str:
        assert self._listener is not None
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def start(self) -> HostileServer:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        listener.settimeout(0.1)
        self._listener = listener
        self._spawn(self._accept_loop)
        return self

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="hostile-server")
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            conn.settimeout(SOCKET_TIMEOUT)
            self._conns.append(conn)
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        try:
            while not self.stopping.is_set():
                request = _read_request(conn)
                if request is None:
                    return
                self.requests.append(request)
                answer = self.token if request.path.startswith("/oauth/token") else self.api
                answer(request, conn, self)
        except OSError:
            pass
        finally:
            conn.close()

    def sleep(self, seconds: float) -> bool:
        """Wait ``seconds`` unless the server stops meanwhile (then False)."""
        return not self.stopping.wait(seconds)

    def stop(self) -> None:
        self.stopping.set()
        if self._listener is not None:
            self._listener.close()
        for conn in self._conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        for thread in self._threads:
            thread.join(JOIN_TIMEOUT)
        alive = [thread for thread in self._threads if thread.is_alive()]
        assert not alive, f"{len(alive)} hostile-server threads did not stop"


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > MAX_REQUEST_BYTES:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return Request(method, path, headers, body)


@contextmanager
def hostile(api: Answer, token: Answer = good_token) -> Iterator[HostileServer]:
    server = HostileServer(api, token).start()
    try:
        yield server
    finally:
        server.stop()


def client_options(server: HostileServer, **options: object) -> dict[str, object]:
    """Keyword arguments of an ``Isogeo``/``AsyncIsogeo`` on the hostile server (no retries)."""
    from isogeo import RetryPolicy

    return {
        "client_id": "hostile-app",
        "client_secret": CLIENT_SECRET,
        "api_url": server.url,
        "id_url": server.url,
        "retries": RetryPolicy.disabled(),
        "trust_env": False,
        **options,
    }


def texts_of(error: BaseException) -> list[str]:
    """Every text a user could see of ``error``: message, repr, attributes, the whole chain."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current)]
        texts += [str(value) for value in vars(current).values()]
        texts += [str(arg) for arg in current.args]
        current = current.__cause__ or current.__context__
    return texts


def elapsed(started: float) -> float:
    return time.monotonic() - started
