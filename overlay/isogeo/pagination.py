"""Pagination: every result of a listing that pages with ``_limit``/``_offset``, once and in order.

The engine knows nothing of endpoints: it drives a *fetch* function ``fetch(offset, limit) ->
page``. A page is either an envelope ``{limit, offset, results, total}`` (metadata search SRC-1/2,
keyword searches KWD-2/3) or a bare list (the no-geo formats search FMT-6, which has no total).

Two ways to consume a listing:

* :func:`iter_items` / :func:`aiter_items` — lazy: a page is fetched when the consumer reaches
  it, so stopping early (``break``) fetches nothing more;
* :func:`fetch_all_pages` / :func:`afetch_all_pages` — every page, fetched with **bounded
  concurrency** (threads for the sync client, tasks for the async one), returned in offset order.

Both check what they return: an item seen twice (the data moved between two page requests) or
pages that disagree on the total raise :class:`~isogeo.errors.InconsistentPagesError` instead of
returning a list with a result twice or one missing. A page that fails after the transport's
retries raises :class:`~isogeo.errors.PageFetchError` naming its offset.

The server's word is checked, not trusted: a listing never fetches more than ``max_pages``
pages (:data:`isogeo.config.MAX_PAGES`, 10,000 by default; beyond, a ``total`` of 10**12 or full
pages that never end raise :class:`~isogeo.errors.InconsistentPagesError` before the extra
requests), an empty page before the announced ``total`` raises the same error in both ways of
consuming (never a silent stop), and the duplicate check compares identifiers whatever their
JSON type (``123`` and ``"123"`` alike).

Progress: :func:`report_progress` / :func:`areport_progress` wrap a fetch function so that
``progress(results_received, total)`` is called after each page (one call at a time, even when
pages arrive from several threads); the search's ``progress=`` option uses them.

Decisions: pages of **100** (:data:`PAGE_SIZE_MAX`, the search maximum; the SDK's size too) and
**5** concurrent requests by default (:data:`DEFAULT_CONCURRENCY`; the SDK used 10 threads —
``bench/whole_results.py`` measures 2,000 metadata at 50 ms per answer in 1.46 s at 1, 0.57 s at 5,
0.54 s at 10: 5 gets almost all of the gain while halving the burst a shared server sees;
``concurrency=`` changes it, up to :data:`MAX_CONCURRENCY`). Without ``expected_total``, the first
page is fetched alone (its ``total`` plans the others) instead of the SDK's extra ``_limit=0`` request.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import anyio

from isogeo.config import DEFAULT_CONCURRENCY, MAX_PAGES
from isogeo.errors import InconsistentPagesError, InvalidInputError, IsogeoError, PageFetchError
from isogeo_api.types import Unset

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_CONCURRENCY",
    "PAGE_SIZE_MAX",
    "PageProgress",
    "afetch_all_pages",
    "aiter_items",
    "areport_progress",
    "check_concurrency",
    "check_page_size",
    "fetch_all_pages",
    "item_key",
    "iter_items",
    "page_content",
    "report_progress",
]

PAGE_SIZE_MAX = 100
"""The largest ``_limit`` the metadata search accepts (facts §6.1), used for whole results."""


MAX_CONCURRENCY = 32

P = TypeVar("P")

Fetch = Callable[[int, int], P]
AsyncFetch = Callable[[int, int], Awaitable[P]]
PageProgress = Callable[[int, int | None], object]
"""``progress(results_received, total)``, called after each page; ``total`` is None for listings
that do not report one (bare lists)."""


def check_page_size(page_size: object, *, minimum: int = 1, maximum: int | None = PAGE_SIZE_MAX) -> int:
    """``page_size`` as an int within bounds, or :class:`InvalidInputError`.

    >>> check_page_size(100), check_page_size(0, minimum=0)
    (100, 0)
    """
    top = "" if maximum is None else f" and <= {maximum}"
    if (
        isinstance(page_size, bool)
        or not isinstance(page_size, int)
        or page_size < minimum
        or (maximum is not None and page_size > maximum)
    ):
        raise InvalidInputError("page_size", page_size, f"an int >= {minimum}{top}")
    return page_size


def check_offset(offset: object) -> int:
    """``offset`` as an int >= 0, or :class:`InvalidInputError`."""
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidInputError("offset", offset, "an int >= 0")
    return offset


def check_concurrency(concurrency: object) -> int:
    """``concurrency`` as an int between 1 and :data:`MAX_CONCURRENCY`, or :class:`InvalidInputError`.

    >>> check_concurrency(5)
    5
    >>> check_concurrency(0)
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: concurrency=0 is not accepted; expected an int from 1 to 32
    """
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not 1 <= concurrency <= MAX_CONCURRENCY
    ):
        raise InvalidInputError("concurrency", concurrency, f"an int from 1 to {MAX_CONCURRENCY}")
    return concurrency


def check_expected_total(expected_total: object) -> int | None:
    """``expected_total`` as an int >= 0 or None, or :class:`InvalidInputError`."""
    if expected_total is None:
        return None
    if isinstance(expected_total, bool) or not isinstance(expected_total, int) or expected_total < 0:
        raise InvalidInputError("expected_total", expected_total, "None or an int >= 0")
    return expected_total


def page_content(page: object) -> tuple[list[Any], int | None]:
    """(results, total) of a page: an envelope with ``results``/``total``, or a bare list (no total).

    >>> from isogeo_api.models import KeywordSearch
    >>> page_content(KeywordSearch(limit=20, offset=0, results=[], total=0)), page_content(["shp"])
    (([], 0), (['shp'], None))
    """
    if isinstance(page, list):
        return page, None
    results = getattr(page, "results", None)
    if not isinstance(results, list):
        raise TypeError(f"{type(page).__name__} is not a page: it has no list of results")
    total = getattr(page, "total", None)
    return results, (total if isinstance(total, int) and not isinstance(total, Unset) else None)


def item_key(item: object) -> str | None:
    """The identity of an item for the duplicate check: its ``_id``, else None (not checked).

    >>> item_key({"_id": "0269803d50c446b09f5060ef7fe3e22b"}), item_key("shp")
    ('0269803d50c446b09f5060ef7fe3e22b', None)
    """
    key = getattr(item, "sys_id", None)
    if (key is None or isinstance(key, Unset)) and isinstance(item, dict):
        key = item.get("_id")
    if key is None or isinstance(key, Unset):
        return None
    # An identifier the server sent as a number (or anything else) is still an identity.
    return key if isinstance(key, str) else str(key)


class _SeenTracker:
    """Remembers item identities; raises on the second sighting of one."""

    def __init__(self) -> None:
        self._positions: dict[str, int] = {}
        self.count = 0

    def add(self, item: object) -> None:
        key = item_key(item)
        if key is not None:
            first = self._positions.setdefault(key, self.count)
            if first != self.count:
                raise InconsistentPagesError(
                    f"{key} came back at positions {first} and {self.count}: the data changed between "
                    "two page requests (run the listing again, or sort on a stable key)",
                    duplicates=[key],
                )
        self.count += 1


def _wrap(offset: int, limit: int, exc: IsogeoError) -> IsogeoError:
    if isinstance(exc, InvalidInputError | PageFetchError | InconsistentPagesError):
        return exc
    return PageFetchError(offset=offset, limit=limit, error=exc)


def fetch_page(fetch: Fetch[P], offset: int, limit: int) -> P:
    """``fetch(offset, limit)``, with a failure turned into :class:`PageFetchError` naming the page."""
    try:
        return fetch(offset, limit)
    except IsogeoError as exc:
        wrapped = _wrap(offset, limit, exc)
        if wrapped is exc:
            raise
        raise wrapped from exc


async def afetch_page(fetch: AsyncFetch[P], offset: int, limit: int) -> P:
    """Async :func:`fetch_page`."""
    try:
        return await fetch(offset, limit)
    except IsogeoError as exc:
        wrapped = _wrap(offset, limit, exc)
        if wrapped is exc:
            raise
        raise wrapped from exc


def check_progress(progress: object) -> PageProgress | None:
    """``progress`` when it is None or callable, else :class:`InvalidInputError`.

    >>> check_progress(print) is print, check_progress(None)
    (True, None)
    """
    if progress is not None and not callable(progress):
        raise InvalidInputError("progress", progress, "None or a function progress(received, total)")
    return progress


def report_progress(fetch: Fetch[P], progress: PageProgress | None) -> Fetch[P]:
    """``fetch``, calling ``progress(results_received, total)`` after each page it returns.

    Safe with concurrent pages: the count is kept under a lock and ``progress`` runs under it, so
    calls never overlap and ``results_received`` only grows. A failed page reports nothing.

    >>> data = list(range(250))
    >>> seen = []
    >>> pages = fetch_all_pages(report_progress(lambda o, n: data[o:o + n], lambda *a: seen.append(a)))
    >>> seen
    [(100, None), (200, None), (250, None)]
    """
    if progress is None:
        return fetch
    lock = threading.Lock()
    received = 0

    def reporting(offset: int, limit: int) -> P:
        nonlocal received
        page = fetch(offset, limit)
        results, total = page_content(page)
        with lock:
            received += len(results)
            progress(received, total)
        return page

    return reporting


def areport_progress(fetch: AsyncFetch[P], progress: PageProgress | None) -> AsyncFetch[P]:
    """Async :func:`report_progress` (tasks share one event loop: no lock needed).

    >>> import asyncio
    >>> seen = []
    >>> async def fetch(offset, limit):
    ...     return list(range(150))[offset:offset + limit]
    >>> pages = asyncio.run(afetch_all_pages(areport_progress(fetch, lambda *a: seen.append(a))))
    >>> seen
    [(100, None), (150, None)]
    """
    if progress is None:
        return fetch
    received = 0

    async def reporting(offset: int, limit: int) -> P:
        nonlocal received
        page = await fetch(offset, limit)
        results, total = page_content(page)
        received += len(results)
        progress(received, total)
        return page

    return reporting


def _is_last(results: Sequence[Any], total: int | None, next_offset: int, limit: int) -> bool:
    if not results:
        return True
    if total is not None:
        return next_offset >= total
    return len(results) < limit


class _PageBudget:
    """Counts the pages of one listing; past ``max_pages``, :class:`InconsistentPagesError`."""

    def __init__(self, max_pages: int) -> None:
        self.max_pages = max_pages
        self.used = 0

    def spend(self, pages: int = 1) -> None:
        self.used += pages
        if self.used > self.max_pages:
            raise _too_many_pages(self.max_pages)


def _too_many_pages(max_pages: int, total: int | None = None) -> InconsistentPagesError:
    said = f"announced {total} results" if total is not None else "kept sending full pages"
    return InconsistentPagesError(
        f"the server {said}: more than {max_pages} pages, the sanity limit of one listing "
        "(isogeo.config.MAX_PAGES; max_pages= raises it)",
        totals=[] if total is None else [total],
    )


def _check_plan(start: int, total: int, page_size: int, max_pages: int) -> None:
    """Refuse a ``total`` that would take more than ``max_pages`` pages, before fetching them."""
    if total < 0 or -(-(total - start) // page_size) > max_pages:
        if total < 0:
            raise InconsistentPagesError(f"the server announced a negative total ({total})", totals=[total])
        raise _too_many_pages(max_pages, total)


def _stopped_early(start: int, total: int, received: int) -> InconsistentPagesError:
    expected = max(0, total - start)
    return InconsistentPagesError(
        f"expected {expected} results from offset {start} (total {total}), received {received}: "
        "the data changed while the pages were fetched; run the listing again",
        expected=expected,
        received=received,
    )


def _after_page(
    results: Sequence[Any], total: int | None, start: int, offset: int, limit: int, seen: _SeenTracker
) -> bool:
    """Whether the page just read was the last one; an empty page before ``total`` raises."""
    if not results and total is not None and offset < total:
        raise _stopped_early(start, total, seen.count)
    return _is_last(results, total, offset, limit)


def iter_items(
    fetch: Fetch[Any], *, page_size: int, offset: int = 0, max_pages: int = MAX_PAGES
) -> Iterator[Any]:
    """Every item from ``offset`` on, fetching a page only when the consumer gets to it.

    >>> data = list(range(250))
    >>> asked = []
    >>> def fetch(offset, limit):
    ...     asked.append(offset)
    ...     return data[offset:offset + limit]
    >>> items = iter_items(fetch, page_size=100)
    >>> [next(items) for _ in range(101)][-1], asked
    (100, [0, 100])
    """
    seen, budget, start = _SeenTracker(), _PageBudget(max_pages), offset
    while True:
        budget.spend()
        page = fetch_page(fetch, offset, page_size)
        results, total = page_content(page)
        if total is not None:
            _check_plan(start, total, page_size, max_pages)
        for item in results:
            seen.add(item)
            yield item
        offset += len(results)
        if _after_page(results, total, start, offset, page_size, seen):
            return


async def aiter_items(
    fetch: AsyncFetch[Any], *, page_size: int, offset: int = 0, max_pages: int = MAX_PAGES
) -> AsyncIterator[Any]:
    """Async :func:`iter_items`: ``async for item in aiter_items(fetch, page_size=100)``.

    >>> import asyncio
    >>> async def fetch(offset, limit):
    ...     return list(range(250))[offset:offset + limit]
    >>> async def first_three():
    ...     return [item async for item in aiter_items(fetch, page_size=2)][:3]
    >>> asyncio.run(first_three())
    [0, 1, 2]
    """
    seen, budget, start = _SeenTracker(), _PageBudget(max_pages), offset
    while True:
        budget.spend()
        page = await afetch_page(fetch, offset, page_size)
        results, total = page_content(page)
        if total is not None:
            _check_plan(start, total, page_size, max_pages)
        for item in results:
            seen.add(item)
            yield item
        offset += len(results)
        if _after_page(results, total, start, offset, page_size, seen):
            return


def _offsets(start: int, total: int, page_size: int, done: Iterable[int]) -> list[int]:
    """Offsets of the pages that cover ``start``..``total`` and are not ``done`` (at least ``start``)."""
    skip = set(done)
    wanted = range(start, max(total, start + 1), page_size)
    return [offset for offset in wanted if offset not in skip]


def _check_pages(pages: dict[int, Any], start: int) -> int:
    """The total every page agrees on; InconsistentPagesError when they disagree."""
    totals = sorted({total for total in (page_content(p)[1] for p in pages.values()) if total is not None})
    if len(totals) > 1:
        raise InconsistentPagesError(
            f"the pages reported different totals ({', '.join(map(str, totals))}): the data changed while "
            "they were fetched; run the listing again",
            totals=totals,
        )
    return totals[0] if totals else start


def _assemble(pages: dict[int, Any], start: int, total: int) -> list[Any]:
    ordered = [pages[offset] for offset in sorted(pages)]
    seen = _SeenTracker()
    for page in ordered:
        for item in page_content(page)[0]:
            seen.add(item)
    if seen.count != max(0, total - start):
        raise _stopped_early(start, total, seen.count)
    return ordered


def _run_threads(fetch: Fetch[P], offsets: list[int], limit: int, concurrency: int) -> dict[int, P]:
    if len(offsets) <= 1 or concurrency == 1:
        return {offset: fetch_page(fetch, offset, limit) for offset in offsets}
    with ThreadPoolExecutor(
        max_workers=min(concurrency, len(offsets)), thread_name_prefix="isogeo-page"
    ) as pool:
        # Each page runs in a copy of the caller's context (contextvars), as it would inline.
        futures: dict[int, Future[P]] = {
            offset: pool.submit(contextvars.copy_context().run, fetch_page, fetch, offset, limit)
            for offset in offsets
        }
        try:
            return {offset: future.result() for offset, future in futures.items()}
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise


async def _run_tasks(fetch: AsyncFetch[P], offsets: list[int], limit: int, concurrency: int) -> dict[int, P]:
    pages: dict[int, P] = {}
    failures: dict[int, BaseException] = {}
    limiter = anyio.Semaphore(concurrency)

    async with anyio.create_task_group() as group:

        async def one(offset: int) -> None:
            async with limiter:
                try:
                    pages[offset] = await afetch_page(fetch, offset, limit)
                except Exception as exc:  # the first failure stops the others
                    failures[offset] = exc
                    group.cancel_scope.cancel()

        for offset in offsets:
            group.start_soon(one, offset)
    if failures:
        raise failures[min(failures)]
    return pages


def _check_unique(pages: list[Any]) -> _SeenTracker:
    """The identities of ``pages``' items; InconsistentPagesError at the first one seen twice."""
    seen = _SeenTracker()
    for page in pages:
        for item in page_content(page)[0]:
            seen.add(item)
    return seen


def _list_tail(
    fetch: Fetch[P], last_offset: int, page_size: int, last: P, budget: _PageBudget, seen: _SeenTracker
) -> list[P]:
    """Bare-list listings have no total: fetch on while the last page is full."""
    tail: list[P] = []
    offset, results = last_offset, page_content(last)[0]
    while len(results) == page_size:
        budget.spend()
        offset += page_size
        page = fetch_page(fetch, offset, page_size)
        tail.append(page)
        results = page_content(page)[0]
        for item in results:  # now, not at the end: a server repeating a full page never stops
            seen.add(item)
    return tail


async def _alist_tail(
    fetch: AsyncFetch[P], last_offset: int, page_size: int, last: P, budget: _PageBudget, seen: _SeenTracker
) -> list[P]:
    tail: list[P] = []
    offset, results = last_offset, page_content(last)[0]
    while len(results) == page_size:
        budget.spend()
        offset += page_size
        page = await afetch_page(fetch, offset, page_size)
        tail.append(page)
        results = page_content(page)[0]
        for item in results:
            seen.add(item)
    return tail


def fetch_all_pages(
    fetch: Fetch[P],
    *,
    page_size: int = PAGE_SIZE_MAX,
    concurrency: int = DEFAULT_CONCURRENCY,
    expected_total: int | None = None,
    offset: int = 0,
    max_pages: int = MAX_PAGES,
) -> list[P]:
    """Every page from ``offset`` on, fetched ``concurrency`` at a time, in offset order.

    ``expected_total`` (a total you already know) lets every page start at once; otherwise the
    first page is fetched alone and its ``total`` plans the rest. A stale ``expected_total`` is
    corrected from what the pages report. Listings without a total (bare lists) are paged one
    after the other until a page comes back short. Raises :class:`PageFetchError` (the first
    failing page, by offset) or :class:`InconsistentPagesError`.

    >>> data = list(range(250))
    >>> pages = fetch_all_pages(lambda o, n: data[o:o + n], page_size=100)
    >>> [len(p) for p in pages]
    [100, 100, 50]
    """
    pages: dict[int, P] = {}
    planned = expected_total
    if planned is None:
        first = fetch_page(fetch, offset, page_size)
        pages[offset] = first
        planned = page_content(first)[1]
    while planned is not None:
        _check_plan(offset, planned, page_size, max_pages)
        pages.update(_run_threads(fetch, _offsets(offset, planned, page_size, pages), page_size, concurrency))
        total = _check_pages(pages, offset)
        if page_content(pages[offset])[1] is None:
            break
        if not _offsets(offset, total, page_size, pages):
            return _assemble(pages, offset, total)
        planned = total  # expected_total was stale: fetch the pages it did not plan
    last = max(pages)
    ordered = [pages[o] for o in sorted(pages)]
    budget, seen = _PageBudget(max_pages), _check_unique(ordered)
    budget.spend(len(pages))
    return ordered + _list_tail(fetch, last, page_size, pages[last], budget, seen)


async def afetch_all_pages(
    fetch: AsyncFetch[P],
    *,
    page_size: int = PAGE_SIZE_MAX,
    concurrency: int = DEFAULT_CONCURRENCY,
    expected_total: int | None = None,
    offset: int = 0,
    max_pages: int = MAX_PAGES,
) -> list[P]:
    """Async :func:`fetch_all_pages` (tasks instead of threads, same checks and order).

    >>> import asyncio
    >>> data = list(range(250))
    >>> async def fetch(offset, limit):
    ...     return data[offset:offset + limit]
    >>> [len(page) for page in asyncio.run(afetch_all_pages(fetch, page_size=100))]
    [100, 100, 50]
    """
    pages: dict[int, P] = {}
    planned = expected_total
    if planned is None:
        first = await afetch_page(fetch, offset, page_size)
        pages[offset] = first
        planned = page_content(first)[1]
    while planned is not None:
        _check_plan(offset, planned, page_size, max_pages)
        pages.update(
            await _run_tasks(fetch, _offsets(offset, planned, page_size, pages), page_size, concurrency)
        )
        total = _check_pages(pages, offset)
        if page_content(pages[offset])[1] is None:
            break
        if not _offsets(offset, total, page_size, pages):
            return _assemble(pages, offset, total)
        planned = total
    last = max(pages)
    ordered = [pages[o] for o in sorted(pages)]
    budget, seen = _PageBudget(max_pages), _check_unique(ordered)
    budget.spend(len(pages))
    return ordered + await _alist_tail(fetch, last, page_size, pages[last], budget, seen)
