"""Front-door clients on the sandbox (user or group application), and request counts per operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from isogeo import AsyncIsogeo, Isogeo, RetryPolicy
from tests.support.sandbox import SandboxHandle


def client_settings(
    info: Mapping[str, Any], kind: str, options: dict[str, Any]
) -> tuple[str, str, dict[str, Any]]:
    """(client id, secret, keyword settings) of a front-door client for a sandbox's ``info``."""
    app = info[f"{kind}_app"]
    login = {"username": app["username"], "password": app["password"]} if kind == "user" else {}
    settings: dict[str, Any] = {
        "api_url": info["api_url"],
        "id_url": info["id_url"],
        "retries": RetryPolicy(backoff_factor=0.0),
        "trust_env": False,
        **login,
        **options,
    }
    return app["client_id"], app["client_secret"], settings


def sandbox_client(sandbox: SandboxHandle, kind: str = "user", **options: Any) -> Isogeo:
    """An :class:`Isogeo` on the sandbox: the user application (read-write; the user is staff and admin
    of ``test``) unless ``kind="group"`` (read-only)."""
    client_id, secret, settings = client_settings(sandbox.info, kind, options)
    return Isogeo(client_id, secret, **settings)


def async_sandbox_client(sandbox: SandboxHandle, kind: str = "user", **options: Any) -> AsyncIsogeo:
    """An :class:`AsyncIsogeo` on the sandbox."""
    client_id, secret, settings = client_settings(sandbox.info, kind, options)
    return AsyncIsogeo(client_id, secret, **settings)


def calls(sandbox: SandboxHandle, operation: str) -> int:
    """How many requests the sandbox received for ``operation`` (an operationId) so far."""
    return int(sandbox.stats()["operations"].get(operation, 0))
