"""The sync side of the few primitives the workflows need (the async twin is ``_async/_primitives.py``;
everything else in ``_sync/`` is derived from ``_async/`` by unasync)."""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import TypeVar

from isogeo.pagination import check_concurrency

__all__ = ["Task", "run_bounded"]

T = TypeVar("T")
Task = Callable[[], None]
"""A step of a workflow, run by :func:`run_bounded`."""


def run_bounded(work: Callable[[T], None], items: Iterable[T], *, concurrency: int) -> None:
    """Run ``work(item)`` for every item, ``concurrency`` threads at a time.

    The first failure (in input order) cancels what has not started and is raised once the
    running ones have stopped: the journal has what the finished ones did.

    >>> seen = []
    >>> run_bounded(seen.append, [1, 2, 3], concurrency=2); sorted(seen)
    [1, 2, 3]
    """
    workers = check_concurrency(concurrency)
    pending = list(items)
    if not pending:
        return
    if workers == 1 or len(pending) == 1:
        for item in pending:
            work(item)
        return
    with ThreadPoolExecutor(
        max_workers=min(workers, len(pending)), thread_name_prefix="isogeo-workflow"
    ) as pool:
        futures: list[Future[None]] = [
            pool.submit(contextvars.copy_context().run, work, item) for item in pending
        ]
        wait(futures, return_when=FIRST_EXCEPTION)
        for future in futures:
            future.cancel()
    for future in futures:
        if not future.cancelled() and future.exception() is not None:
            exc = future.exception()
            assert exc is not None
            raise exc
