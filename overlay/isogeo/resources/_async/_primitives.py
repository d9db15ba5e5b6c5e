"""The async side of the few primitives the resource namespaces need (the sync twin is
``_sync/_primitives.py``, hand-written too; everything else in ``_sync/`` is derived from ``_async/``
by unasync)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import anyio

from isogeo.pagination import check_concurrency

__all__ = ["Lock", "PageFetch", "gather_bounded"]

T = TypeVar("T")

PageFetch = Callable[[int, int], Awaitable[T]]
"""A function of ``(offset, limit)`` that returns a page's awaitable (:mod:`isogeo.pagination`)."""

Lock = anyio.Lock
"""The lock of a namespace's shared state (a task lock: asyncio and trio alike)."""


async def gather_bounded(calls: Sequence[Callable[[], Awaitable[T]]], *, concurrency: int) -> list[T]:
    """The results of ``call()`` for every call, in input order; ``concurrency`` tasks at a time.

    An anyio task group (asyncio and trio alike). The first failure (in input order) cancels the
    others and is raised as it is, once all have stopped.

    >>> import anyio
    >>> async def twice(n):
    ...     return 2 * n
    >>> anyio.run(lambda: gather_bounded([lambda n=n: twice(n) for n in (1, 2, 3)], concurrency=2))
    [2, 4, 6]
    """
    limiter = anyio.Semaphore(check_concurrency(concurrency))
    results: dict[int, T] = {}
    failures: dict[int, Exception] = {}

    async with anyio.create_task_group() as group:

        async def one(index: int, call: Callable[[], Awaitable[T]]) -> None:
            async with limiter:
                try:
                    results[index] = await call()
                except Exception as exc:
                    failures[index] = exc
                    group.cancel_scope.cancel()

        for index, call in enumerate(calls):
            group.start_soon(one, index, call)
    if failures:
        raise failures[min(failures)]
    return [results[index] for index in range(len(calls))]
