"""The async side of what the behaviour modules do differently on each side: run calls
concurrently (an anyio task group), guard a count, open a file (through anyio's worker thread);
and the auth flow's lock (an anyio lock).

The sync twin is ``_sync/_primitives.py``, hand-written too; everything else in ``isogeo._sync`` is
derived from ``isogeo._async`` by unasync (``tools/derive_sync.py``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

import anyio

__all__ = ["flow_lock", "gather_bounded", "open_partial", "open_text", "threads_lock"]

T = TypeVar("T")


async def gather_bounded(
    calls: Sequence[Callable[[], Awaitable[T]]], *, concurrency: int, name: str
) -> list[T]:
    """The results of ``call()`` for every call, in input order; ``concurrency`` tasks at a time.

    An anyio task group (asyncio and trio alike), its tasks named ``{name}-{index}``. The first
    failure (in input order) cancels the others and is raised as it is, once all have stopped.

    >>> async def twice(n):
    ...     return 2 * n
    >>> anyio.run(lambda: gather_bounded([lambda n=n: twice(n) for n in (1, 2, 3)], concurrency=2, name="x"))
    [2, 4, 6]
    """
    limiter = anyio.Semaphore(concurrency)
    results: dict[int, T] = {}
    failures: dict[int, Exception] = {}

    async with anyio.create_task_group() as group:

        async def one(index: int, call: Callable[[], Awaitable[T]]) -> None:
            async with limiter:
                try:
                    results[index] = await call()
                except Exception as exc:  # the first failure stops the others
                    failures[index] = exc
                    group.cancel_scope.cancel()

        for index, call in enumerate(calls):
            group.start_soon(one, index, call, name=f"{name}-{index}")
    if failures:
        raise failures[min(failures)]
    return [results[index] for index in range(len(calls))]


def threads_lock() -> contextlib.AbstractContextManager[object]:
    """A lock for state shared by concurrent calls: none is needed here (the tasks share one event
    loop, and the code it guards does not await); the sync side's is a thread lock.

    >>> with threads_lock():
    ...     pass
    """
    return contextlib.nullcontext()


def flow_lock() -> anyio.Lock:
    """A lock held across awaits: the auth flow's token replacement (many requests that find the
    token due cause one token request); the sync side's is a thread lock.

    >>> async def locked():
    ...     async with flow_lock():
    ...         return "held"
    >>> anyio.run(locked)
    'held'
    """
    return anyio.Lock()


@contextlib.asynccontextmanager
async def open_partial(descriptor: int, path: str) -> AsyncIterator[anyio.AsyncFile[bytes]]:
    """The partial file ``path`` (open as ``descriptor``) for binary writes in a worker thread, off
    the event loop (the descriptor is closed and the path opened again by anyio).

    >>> import tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "x.part")
    >>> async def write():
    ...     async with open_partial(os.open(path, os.O_WRONLY | os.O_CREAT), path) as handle:
    ...         await handle.write(b"ab")
    >>> anyio.run(write); open(path, "rb").read()
    b'ab'
    """
    os.close(descriptor)
    async with await anyio.open_file(path, "wb") as handle:
        yield handle


@contextlib.asynccontextmanager
async def open_text(path: str | os.PathLike[str]) -> AsyncIterator[anyio.AsyncFile[str]]:
    """``path`` created or replaced, for UTF-8 text writes with ``\\n`` line ends, in a worker thread.

    >>> import tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "x.jsonl")
    >>> async def write():
    ...     async with open_text(path) as handle:
    ...         await handle.write("é\\n")
    >>> anyio.run(write); open(path, "rb").read()
    b'\\xc3\\xa9\\n'
    """
    async with await anyio.open_file(path, "w", encoding="utf-8", newline="\n") as handle:
        yield handle
