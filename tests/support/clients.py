"""Front-door clients pointed at a loopback server (API and ID server on the same port)."""

from __future__ import annotations

from typing import Any

from isogeo import AsyncIsogeo, Isogeo, RetryPolicy
from tests.support.loopback import LoopbackServer
from tests.support.oauth import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME

# Immediate retries: tests of backoff durations set their own policy.
FAST_RETRIES = RetryPolicy(max_retries=2, backoff_factor=0.0)


def _options(server: LoopbackServer, user: bool, options: dict[str, Any]) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "api_url": server.base_url,
        "id_url": server.base_url,
        "retries": FAST_RETRIES,
        "trust_env": False,
    }
    if user:
        defaults.update(username=USERNAME, password=PASSWORD)
    return {**defaults, **options}


def sync_client(server: LoopbackServer, *, user: bool = False, **options: Any) -> Isogeo:
    """An :class:`Isogeo` for ``server`` (a group app unless ``user``)."""
    return Isogeo(CLIENT_ID, CLIENT_SECRET, **_options(server, user, options))


def async_client(server: LoopbackServer, *, user: bool = False, **options: Any) -> AsyncIsogeo:
    """An :class:`AsyncIsogeo` for ``server`` (a group app unless ``user``)."""
    return AsyncIsogeo(CLIENT_ID, CLIENT_SECRET, **_options(server, user, options))


class FakeClock:
    """A monotonic clock the test moves forward (token expiry without waiting)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
