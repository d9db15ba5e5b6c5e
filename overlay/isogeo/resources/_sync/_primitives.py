"""The sync side of the few primitives the resource namespaces need (the async twin is
``_async/_primitives.py``; everything else in ``_sync/`` is derived from ``_async/`` by unasync)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from isogeo.pagination import check_concurrency

__all__ = ["Lock", "PageFetch", "gather_bounded"]

T = TypeVar("T")

PageFetch = Callable[[int, int], T]
"""A function of ``(offset, limit)`` that returns a page (:mod:`isogeo.pagination`)."""

Lock = threading.Lock
"""The lock of a namespace's shared state (a thread lock: a sync client may serve several threads)."""


def gather_bounded(calls: Sequence[Callable[[], T]], *, concurrency: int) -> list[T]:
    """The results of ``call()`` for every call, in input order.

    One after the other: ``concurrency`` is checked but a sync count of a few facets does not need
    threads (the first failure is raised at once, what follows is not called).

    >>> gather_bounded([lambda n=n: 2 * n for n in (1, 2, 3)], concurrency=2)
    [2, 4, 6]
    """
    check_concurrency(concurrency)
    return [call() for call in calls]
