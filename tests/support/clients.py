"""Front-door clients pointed at a loopback server (API and ID server on the same port)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

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


T = TypeVar("T")


def concurrently(call: Callable[[], T], times: int) -> list[T]:
    """``call()`` run ``times`` times at once, each in a thread of its own (the results in order).

    The sync twin of :func:`concurrently_async` (tools/derive_sync.py maps one to the other).
    """
    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(lambda _: call(), range(times)))


async def concurrently_async(call: Callable[[], Awaitable[T]], times: int) -> list[T]:
    """``call()`` awaited ``times`` times at once on the event loop (the results in order)."""
    return list(await asyncio.gather(*(call() for _ in range(times))))


class FakeClock:
    """A monotonic clock the test moves forward (token expiry without waiting)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
