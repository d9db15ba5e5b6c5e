"""Serve a sandbox with uvicorn: in the foreground (CLI) or in a background thread (tests, demo)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from isogeo_sandbox.app import Sandbox
from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.info import build_info
from isogeo_sandbox.tls import TlsFiles, default_ca_file, make_tls_files

log = logging.getLogger("isogeo_sandbox")


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: without it, keep-alive clients wait ~40 ms per response
    # (Nagle + delayed ACK between the header and body writes).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _uvicorn_config(app: Sandbox, log_level: str, tls: TlsFiles | None = None) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_keep_alive=30,
        h11_max_incomplete_event_size=64 * 1024,
        # The key and the chain share one file (uvicorn loads it with ssl's load_cert_chain).
        ssl_certfile=str(tls.cert_file) if tls else None,
    )


def _tls_files(config: SandboxConfig, port: int) -> TlsFiles | None:
    """The certificate of an HTTPS sandbox bound to ``port`` (None without ``tls``)."""
    if not config.tls:
        return None
    ca_file = Path(config.ca_file) if config.ca_file else default_ca_file(config.host, port)
    return make_tls_files(config.host, ca_file)


def _url(host: str, port: int, tls: bool) -> str:
    return f"{'https' if tls else 'http'}://{f'[{host}]' if ':' in host else host}:{port}"


def serve_forever(config: SandboxConfig, *, log_level: str = "info") -> None:
    """Build the store, bind the port and serve until interrupted (``isogeo-sandbox serve``)."""
    started = time.perf_counter()
    app = Sandbox(config)
    sock = _bind(config.host, config.port)
    port = int(sock.getsockname()[1])
    tls = _tls_files(config, port)
    app.ca_file = str(tls.ca_file) if tls else None
    server = uvicorn.Server(_uvicorn_config(app, log_level, tls))
    log.info(
        "isogeo-sandbox ready on %s (seed %r, %d metadata) in %.2f s",
        _url(config.host, port, config.tls),
        config.seed,
        len(app.store.metadata),
        time.perf_counter() - started,
    )
    if tls:
        # On stdout too: the one line a script or a person needs to trust the server.
        print(f"isogeo-sandbox: CA certificate (trust it to verify the server): {tls.ca_file}", flush=True)
    server.run(sockets=[sock])


class RunningSandbox:
    """A sandbox served by uvicorn in a background thread, on a real loopback socket."""

    def __init__(self, config: SandboxConfig, *, log_level: str = "warning") -> None:
        self.app = Sandbox(config)
        self._sock = _bind(config.host, config.port)
        self.port = int(self._sock.getsockname()[1])
        self.host = config.host
        self.tls = _tls_files(config, self.port)
        self.app.ca_file = self.ca_file
        self._server = uvicorn.Server(_uvicorn_config(self.app, log_level, self.tls))
        self._thread = threading.Thread(target=self._run, name="isogeo-sandbox", daemon=True)

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def start(self, timeout: float = 10.0) -> RunningSandbox:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("isogeo-sandbox did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    @property
    def base_url(self) -> str:
        return _url(self.host, self.port, self.tls is not None)

    @property
    def ca_file(self) -> str | None:
        """The CA certificate that verifies this server (HTTPS), else None."""
        return str(self.tls.ca_file) if self.tls else None

    def info(self) -> dict[str, Any]:
        info = build_info(
            self.host, self.port, self.app.config.seed, tls=self.tls is not None, ca_file=self.ca_file
        )
        info["metadata_count"] = len(self.app.store.metadata)
        return info


@contextmanager
def running(config: SandboxConfig | None = None, **overrides: Any) -> Iterator[RunningSandbox]:
    """``with running(SandboxConfig(port=0)) as sandbox: ...`` — stops the server on exit."""
    cfg = config or SandboxConfig(port=0)
    for key, value in overrides.items():
        setattr(cfg, key, value)
    sandbox = RunningSandbox(cfg).start()
    try:
        yield sandbox
    finally:
        sandbox.stop()
