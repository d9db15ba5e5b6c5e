"""The async side of the few primitives the resource namespaces need (the sync twin is
``_sync/_primitives.py``, hand-written too; everything else in ``_sync/`` is derived from ``_async/``
by unasync)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import anyio

from isogeo._async._primitives import gather_bounded as run_bounded
from isogeo.pagination import check_concurrency

__all__ = ["Lock", "PageFetch", "gather_bounded"]

T = TypeVar("T")

PageFetch = Callable[[int, int], Awaitable[T]]
"""A function of ``(offset, limit)`` that returns a page's awaitable (:mod:`isogeo.pagination`)."""

Lock = anyio.Lock
"""The lock of a namespace's shared state (a task lock: asyncio and trio alike)."""


async def gather_bounded(calls: Sequence[Callable[[], Awaitable[T]]], *, concurrency: int) -> list[T]:
    """The results of ``call()`` for every call, in input order; ``concurrency`` tasks at a time.

    The package's task-group runner (:func:`isogeo._async._primitives.gather_bounded`), its tasks
    named ``isogeo-count-N``: the first failure (in input order) cancels the others and is raised
    as it is, once all have stopped.

    >>> import anyio
    >>> async def twice(n):
    ...     return 2 * n
    >>> anyio.run(lambda: gather_bounded([lambda n=n: twice(n) for n in (1, 2, 3)], concurrency=2))
    [2, 4, 6]
    """
    return await run_bounded(calls, concurrency=check_concurrency(concurrency), name="isogeo-count")
