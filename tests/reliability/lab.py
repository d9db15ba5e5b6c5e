"""A sandbox seen from the reliability suite: faults, clients, and the server's own ground truth.

The sandbox runs in this process (uvicorn in a thread, real sockets), so the checks read its state
directly — what it stored, how many requests reached it — rather than asking the client under test.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from isogeo import AsyncIsogeo, Isogeo
from isogeo_sandbox.app import Sandbox
from isogeo_sandbox.faults import parse_spec
from isogeo_sandbox.server import RunningSandbox
from isogeo_sandbox.store import Store
from tests.support.sandbox_clients import client_settings


@dataclass(frozen=True)
class Snapshot:
    """Counters of the sandbox at one moment (``after - before`` gives what one run caused)."""

    received: Counter[str]
    statuses: Counter[str]
    faults: Counter[str]

    def __sub__(self, other: Snapshot) -> Snapshot:
        return Snapshot(
            self.received - other.received, self.statuses - other.statuses, self.faults - other.faults
        )


@dataclass
class Lab:
    server: RunningSandbox
    info: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.info = self.server.info()

    @property
    def app(self) -> Sandbox:
        return self.server.app

    @property
    def store(self) -> Store:
        return self.server.app.store

    @property
    def base_url(self) -> str:
        return self.server.base_url

    # ------------------------------------------------------------------ faults and counters
    def faults(self, spec: str) -> None:
        self.app.faults.add(parse_spec(spec))

    def clear_faults(self) -> None:
        self.app.faults.clear()

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until the server finished every request, including those a client gave up on."""
        deadline = time.monotonic() + timeout
        while self.app.stats.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not self.app.stats.in_flight, "the sandbox is still busy"

    def snapshot(self) -> Snapshot:
        stats = self.app.stats
        return Snapshot(Counter(stats.received), Counter(stats.statuses), Counter(stats.faults))

    # ------------------------------------------------------------------ clients
    def settings(self, kind: str, options: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
        return client_settings(self.info, kind, options)

    def client(self, kind: str = "user", **options: Any) -> Isogeo:
        client_id, secret, settings = self.settings(kind, options)
        return Isogeo(client_id, secret, **settings)

    def aclient(self, kind: str = "user", **options: Any) -> AsyncIsogeo:
        client_id, secret, settings = self.settings(kind, options)
        return AsyncIsogeo(client_id, secret, **settings)

    def raw(self, kind: str = "user") -> httpx.Client:
        """A plain httpx client with a fresh token: the ground truth's way in (not the client under test)."""
        app = self.info[f"{kind}_app"]
        form = (
            {"grant_type": "password", "username": app["username"], "password": app["password"]}
            if kind == "user"
            else {"grant_type": "client_credentials"}
        )
        answer = httpx.post(
            self.info["token_url"], data=form, auth=(app["client_id"], app["client_secret"]), timeout=30
        )
        answer.raise_for_status()
        token = answer.json()["access_token"]
        return httpx.Client(
            base_url=self.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30, trust_env=False
        )
