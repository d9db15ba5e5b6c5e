"""The sandbox as a real uvicorn server on 127.0.0.1 for integration tests.

Fixtures (registered by ``tests/conftest.py``):

* ``sandbox_server`` (session): one server for the whole run, response validation **strict**;
* ``sandbox`` (function): a :class:`SandboxHandle` on it — ``info``, tokens, admin helpers. After
  each test the faults are cleared and the test **fails** if the sandbox produced a response that
  violates the spec;
* ``fresh_sandbox``: the same, after a reset to the seed state (for tests that rely on seed data).

``start_sandbox(**config)`` runs a dedicated server (e.g. with a 1-second token lifetime).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from isogeo_sandbox.config import SandboxConfig
from isogeo_sandbox.server import RunningSandbox


@dataclass
class SandboxHandle:
    server: RunningSandbox
    info: dict[str, Any] = field(init=False)
    _tokens: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.info = self.server.info()

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def http(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=30, **kwargs)

    # ---------------------------------------------------------------- OAuth2
    def token_response(self, kind: str = "user", *, basic: bool = True) -> httpx.Response:
        app = self.info[f"{kind}_app"]
        form = (
            {"grant_type": "client_credentials"}
            if kind == "group"
            else {
                "grant_type": "password",
                "username": app["username"],
                "password": app["password"],
            }
        )
        auth = None
        if basic:
            auth = (app["client_id"], app["client_secret"])
        else:
            form.update(client_id=app["client_id"], client_secret=app["client_secret"])
        return httpx.post(self.info["token_url"], data=form, auth=auth, timeout=30)

    def token(self, kind: str = "user") -> str:
        """A valid access token for the group (``"group"``) or the user (``"user"``) application."""
        response = self.token_response(kind)
        response.raise_for_status()
        return str(response.json()["access_token"])

    def user(self) -> httpx.Client:
        return self.http(self.token("user"))

    def group(self) -> httpx.Client:
        return self.http(self.token("group"))

    # ---------------------------------------------------------------- admin API
    def admin(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = httpx.request(method, f"{self.base_url}/__sandbox{path}", timeout=30, **kwargs)
        response.raise_for_status()
        return response

    def faults(self, spec: str) -> list[dict[str, Any]]:
        rules: list[dict[str, Any]] = self.admin("POST", "/faults", json={"spec": spec}).json()
        return rules

    def clear_faults(self) -> None:
        self.admin("DELETE", "/faults")

    def reset(self) -> None:
        self.admin("POST", "/reset")

    def expire_tokens(self) -> int:
        return int(self.admin("POST", "/tokens/expire").json()["expired"])

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self.admin("GET", "/stats").json()
        return stats

    def violations(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.admin("GET", "/violations").json()
        return found


@contextmanager
def start_sandbox(**config: Any) -> Iterator[SandboxHandle]:
    """A dedicated sandbox server (free port, strict response validation unless overridden)."""
    settings = {"port": 0, "response_validation": "strict", **config}
    server = RunningSandbox(SandboxConfig(**settings)).start()
    try:
        yield SandboxHandle(server)
    finally:
        server.stop()


def _check_no_violations(handle: SandboxHandle, before: int) -> None:
    found = handle.violations()[before:]
    if found:
        pytest.fail(
            "the sandbox produced responses that violate openapi/isogeo.yaml:\n" + "\n".join(map(str, found))
        )


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[RunningSandbox]:
    server = RunningSandbox(SandboxConfig(port=0, response_validation="strict")).start()
    yield server
    server.stop()


@pytest.fixture
def sandbox(sandbox_server: RunningSandbox) -> Iterator[SandboxHandle]:
    handle = SandboxHandle(sandbox_server)
    before = len(handle.violations())
    yield handle
    handle.clear_faults()
    _check_no_violations(handle, before)


@pytest.fixture
def fresh_sandbox(sandbox: SandboxHandle) -> SandboxHandle:
    sandbox.reset()
    return sandbox
