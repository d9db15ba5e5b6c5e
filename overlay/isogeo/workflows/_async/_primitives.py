"""The async side of the few primitives the workflows need (the sync twin is ``_sync/_primitives.py``,
hand-written too; everything else in ``_sync/`` is derived from ``_async/`` by unasync)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

import anyio

from isogeo.pagination import check_concurrency

__all__ = ["Task", "run_bounded"]

T = TypeVar("T")
Task = Callable[[], Awaitable[None]]
"""A step of a workflow, run by :func:`run_bounded`."""


async def run_bounded(work: Callable[[T], Awaitable[None]], items: Iterable[T], *, concurrency: int) -> None:
    """Run ``work(item)`` for every item, ``concurrency`` tasks at a time.

    The first failure (in input order) cancels the others and is raised once all have stopped:
    the journal has what the finished ones did.

    >>> import anyio
    >>> seen = []
    >>> async def work(item):
    ...     seen.append(item)
    >>> anyio.run(lambda: run_bounded(work, [1, 2], concurrency=2)); sorted(seen)
    [1, 2]
    """
    limiter = anyio.Semaphore(check_concurrency(concurrency))
    failures: dict[int, Exception] = {}

    async with anyio.create_task_group() as group:

        async def one(index: int, item: T) -> None:
            async with limiter:
                try:
                    await work(item)
                except Exception as exc:
                    failures[index] = exc
                    group.cancel_scope.cancel()

        for index, item in enumerate(items):
            group.start_soon(one, index, item)
    if failures:
        raise failures[min(failures)]
