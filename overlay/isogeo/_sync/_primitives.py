"""The sync side of what the behaviour modules do differently on each side: run calls
concurrently (a thread pool), guard a count (a thread lock), open a file; and the auth flow's
lock (a thread lock).

The async twin is ``_async/_primitives.py``; everything else in ``isogeo._sync`` is derived from
``isogeo._async`` by unasync (``tools/derive_sync.py``).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, TypeVar

__all__ = ["flow_lock", "gather_bounded", "open_partial", "open_text", "threads_lock"]

T = TypeVar("T")


def gather_bounded(calls: Sequence[Callable[[], T]], *, concurrency: int, name: str) -> list[T]:
    """The results of ``call()`` for every call, in input order; ``concurrency`` threads at a time.

    One call, or a concurrency of 1, runs inline; otherwise a thread pool whose threads are named
    ``{name}_N``, each call in a copy of the caller's context (contextvars), as it would inline.
    The first failure (in input order) is raised; the calls not started yet are cancelled.

    >>> gather_bounded([lambda n=n: 2 * n for n in (1, 2, 3)], concurrency=2, name="x")
    [2, 4, 6]
    """
    if len(calls) <= 1 or concurrency == 1:
        return [call() for call in calls]
    with ThreadPoolExecutor(max_workers=min(concurrency, len(calls)), thread_name_prefix=name) as pool:
        futures: list[Future[T]] = [pool.submit(contextvars.copy_context().run, call) for call in calls]
        try:
            return [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def threads_lock() -> contextlib.AbstractContextManager[object]:
    """A thread lock for state shared by concurrent calls (the async side's is none: one event loop).

    >>> with threads_lock():
    ...     pass
    """
    return threading.Lock()


def flow_lock() -> threading.Lock:
    """A thread lock held during I/O: the auth flow's token replacement (many threads that find the
    token due cause one token request); the async side's is an anyio lock.

    >>> with flow_lock():
    ...     pass
    """
    return threading.Lock()


@contextlib.contextmanager
def open_partial(descriptor: int, path: str) -> Iterator[IO[bytes]]:
    """The partial file ``path``, open as ``descriptor``, for binary writes.

    >>> import tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "x.part")
    >>> with open_partial(os.open(path, os.O_WRONLY | os.O_CREAT), path) as handle:
    ...     _ = handle.write(b"ab")
    >>> open(path, "rb").read()
    b'ab'
    """
    del path  # the descriptor is the file; the async side opens the path again
    with os.fdopen(descriptor, "wb") as handle:
        yield handle


@contextlib.contextmanager
def open_text(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """``path`` created or replaced, for UTF-8 text writes with ``\\n`` line ends.

    >>> import tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "x.jsonl")
    >>> with open_text(path) as handle:
    ...     _ = handle.write("é\\n")
    >>> open(path, "rb").read()
    b'\\xc3\\xa9\\n'
    """
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        yield handle
