"""A replay server: search pages recorded from the sandbox, answered after the latency and nothing more.

The sandbox searches and serialises its whole catalogue for every page (~17 ms of one core for
5,000 metadata), so against it every client — ours and the raw-httpx floor alike — waits for the
server, not the network. Replaying the same bytes isolates what the network allows: each answer
costs ``latency_ms`` (``asyncio.sleep``, concurrent) and a socket write.

    python -m bench.replay RECORDING.json     (prints "ready on http://127.0.0.1:PORT")

``RECORDING.json``: ``{"latency_ms": 20, "pages": {"<offset>|<_include>": "<page JSON>"}}``.
``POST /oauth/token`` answers a bearer token; ``GET /resources/search`` the recorded page for its
``_offset`` and ``_include``; anything else 404.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs

from bench import floor
from bench.sandbox import STARTED_PIDS, stop_process

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

REPLAY_TOKEN = "replay-token"  # noqa: S105 - the replay server accepts any bearer
TOKEN = {"access_token": REPLAY_TOKEN, "token_type": "bearer", "expires_in": 3600}
_READY = re.compile(r"ready on http://127\.0\.0\.1:(?P<port>\d+)")


def page_key(offset: int, include: Sequence[str]) -> str:
    return f"{offset}|{','.join(include)}"


class ReplayApp:
    """The ASGI app of the replay server."""

    def __init__(self, pages: dict[str, bytes], latency_ms: float) -> None:
        self.pages = pages
        self.delay = latency_ms / 1000

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        await asyncio.sleep(self.delay)
        body: bytes | None = None
        if scope["method"] == "POST" and scope["path"] == "/oauth/token":
            body = json.dumps(TOKEN).encode()
        elif scope["method"] == "GET" and scope["path"] == "/resources/search":
            query = parse_qs(scope["query_string"].decode())
            include = query.get("_include", [""])[0].split(",") if "_include" in query else []
            body = self.pages.get(page_key(int(query.get("_offset", ["0"])[0]), include))
        status = 200 if body is not None else 404
        payload = body if body is not None else b'{"error": "not recorded"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


def serve(recording: Path) -> None:
    import uvicorn

    data = json.loads(recording.read_text(encoding="utf-8"))
    pages = {key: text.encode() for key, text in data["pages"].items()}
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    # Idle connections stay open for the whole run: with uvicorn's 5 s default, a floor's pooled
    # connection left idle while the other runners ran could be closed as it was reused
    # ("Server disconnected without sending a response"; the raw floors do not retry).
    server = uvicorn.Server(
        uvicorn.Config(
            ReplayApp(pages, data["latency_ms"]), log_level="warning", lifespan="off", timeout_keep_alive=600
        )
    )
    print(f"ready on http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    server.run(sockets=[sock])


async def record(client: Any, *, total: int, includes: Sequence[Sequence[str]]) -> dict[str, str]:
    """Every search page of the sandbox, for each ``_include`` variant, as the replay's pages."""
    pages: dict[str, str] = {}
    for include in includes:
        for offset in range(0, total, floor.PAGE_SIZE):
            response = await client.get(floor.SEARCH_PATH, params=floor.page_params(offset, include))
            response.raise_for_status()
            pages[page_key(offset, include)] = response.text
    return pages


class ReplayProcess:
    """``with ReplayProcess(pages, latency_ms=20) as replay:`` — ``replay.url`` serves the pages."""

    def __init__(self, pages: dict[str, str], *, latency_ms: float) -> None:
        self._recording = Path(tempfile.mkstemp(prefix="isogeo-bench-replay-", suffix=".json")[1])
        self._recording.write_text(json.dumps({"latency_ms": latency_ms, "pages": pages}), encoding="utf-8")
        self._process: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> Self:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.replay", str(self._recording)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        STARTED_PIDS.append(self._process.pid)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # "" if it died
        match = _READY.search(line)
        if match is None:
            self.__exit__(None, None, None)
            raise RuntimeError(f"the replay server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{match['port']}"
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        process, self._process = self._process, None
        stop_process(process)
        if process is not None and process.stdout is not None:
            process.stdout.close()
        self._recording.unlink(missing_ok=True)


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
