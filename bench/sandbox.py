"""The sandbox the benchmarks talk to: ``isogeo-sandbox serve`` in its own process, on loopback.

A separate process, so that the server's work does not share the client's interpreter (GIL,
garbage collector, CPU accounting). It binds a free port (``--port 0``), validates nothing
(``--response-validation off``) and answers every request after ``--latency-ms`` (a network
round trip). :class:`SandboxProcess` stops it on exit, failure or interruption.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

from isogeo_sandbox.info import build_info

STARTED_PIDS: list[int] = []
"""Every server process (sandbox, replay) this interpreter started: ``run.json`` lists them."""

_READY = re.compile(
    r"ready on http://(?P<host>[^:\s]+):(?P<port>\d+) \(seed '[^']*', (?P<count>\d+) metadata\)"
)


def stop_process(process: subprocess.Popen[Any] | None) -> None:
    """Terminate a server process started by the bench (kill it after 10 s) and reap it."""
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


class SandboxProcess:
    """``with SandboxProcess(seed="bench-5k") as sandbox:`` — a started sandbox; ``sandbox.info``."""

    def __init__(
        self,
        *,
        seed: str,
        latency_ms: float = 20.0,
        metadata_count: int | None = None,
        startup_timeout: float = 120.0,
    ) -> None:
        self.seed = seed
        self.latency_ms = latency_ms
        self.metadata_count = metadata_count
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log = Path(tempfile.mkstemp(prefix="isogeo-bench-sandbox-", suffix=".log")[1])
        self.info: dict[str, Any] = {}
        self.startup_s = 0.0

    def command(self) -> list[str]:
        command = [
            sys.executable,
            "-m",
            "isogeo_sandbox.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--seed",
            self.seed,
            "--latency-ms",
            f"{self.latency_ms:g}",
            "--response-validation",
            "off",
            "--log-level",
            "info",
        ]
        if self.metadata_count is not None:
            command += ["--metadata-count", str(self.metadata_count)]
        return command

    def start(self) -> Self:
        if self._process is not None:
            raise RuntimeError("this sandbox is already started")
        started = time.perf_counter()
        with self._log.open("wb") as log:
            self._process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT)
        STARTED_PIDS.append(self._process.pid)
        deadline = time.monotonic() + self.startup_timeout
        while True:
            match = _READY.search(self._log.read_text(encoding="utf-8", errors="replace"))
            if match:
                break
            if self._process.poll() is not None or time.monotonic() > deadline:
                log_tail = self.log_tail()
                self.stop()
                raise RuntimeError(f"isogeo-sandbox did not start ({' '.join(self.command())}):\n{log_tail}")
            time.sleep(0.05)
        host, port = match["host"], int(match["port"])
        self.info = build_info(host, port, self.seed)
        self.info["metadata_count"] = int(match["count"])
        self._wait_answering()
        self.startup_s = time.perf_counter() - started
        return self

    def _wait_answering(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(self.api_url, timeout=5, trust_env=False)  # any status: it answers
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def log_tail(self, lines: int = 20) -> str:
        text = self._log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        process, self._process = self._process, None
        stop_process(process)
        self._log.unlink(missing_ok=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what both the client and its floor need --------------------------------------------------
    @property
    def api_url(self) -> str:
        return str(self.info["api_url"])

    def client_options(self) -> tuple[str, str, dict[str, Any]]:
        """(client_id, client_secret, options) of the seeded user application (sees every metadata)."""
        app = self.info["user_app"]
        return (
            app["client_id"],
            app["client_secret"],
            {
                "username": app["username"],
                "password": app["password"],
                "api_url": self.info["api_url"],
                "id_url": self.info["id_url"],
                "trust_env": False,
            },
        )

    def access_token(self) -> str:
        """A token from the sandbox's token endpoint, for the raw-httpx floors."""
        app = self.info["user_app"]
        response = httpx.post(
            self.info["token_url"],
            data={"grant_type": "password", "username": app["username"], "password": app["password"]},
            auth=(app["client_id"], app["client_secret"]),
            trust_env=False,
        )
        response.raise_for_status()
        return str(json.loads(response.content)["access_token"])
