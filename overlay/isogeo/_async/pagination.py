"""Async paging engine (:mod:`isogeo.pagination`, the public module, has both sides and says what
they do).

Written once, async; the other side is derived by ``tools/derive_sync.py``. The checks both sides
share, without I/O, are in ``isogeo._pagination``; the only part written on each side is how pages
are fetched concurrently (``_primitives.py``: a task group, a thread pool).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from isogeo._pagination import (
    PAGE_SIZE_MAX,
    AsyncFetch,
    PageProgress,
    _after_page,
    _assemble,
    _check_pages,
    _check_plan,
    _check_unique,
    _offsets,
    _PageBudget,
    _SeenTracker,
    _wrap,
    page_content,
)
from isogeo.config import DEFAULT_CONCURRENCY, MAX_PAGES
from isogeo.errors import IsogeoError

from ._primitives import gather_bounded, threads_lock

P = TypeVar("P")


async def afetch_page(fetch: AsyncFetch[P], offset: int, limit: int) -> P:
    """``fetch(offset, limit)``, with a failure turned into :class:`~isogeo.errors.PageFetchError`
    naming the page."""
    try:
        return await fetch(offset, limit)
    except IsogeoError as exc:
        wrapped = _wrap(offset, limit, exc)
        if wrapped is exc:
            raise
        raise wrapped from exc


def areport_progress(fetch: AsyncFetch[P], progress: PageProgress | None) -> AsyncFetch[P]:
    """``fetch``, calling ``progress(results_received, total)`` after each page it returns.

    Safe with concurrent pages: the count is kept under a lock (``threads_lock``) and ``progress``
    runs under it, so calls never overlap and ``results_received`` only grows. A failed page
    reports nothing.
    """
    if progress is None:
        return fetch
    lock = threads_lock()
    received = 0

    async def reporting(offset: int, limit: int) -> P:
        nonlocal received
        page = await fetch(offset, limit)
        results, total = page_content(page)
        with lock:
            received += len(results)
            progress(received, total)
        return page

    return reporting


async def aiter_items(
    fetch: AsyncFetch[Any], *, page_size: int, offset: int = 0, max_pages: int = MAX_PAGES
) -> AsyncIterator[Any]:
    """Every item from ``offset`` on, fetching a page only when the consumer gets to it."""
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


async def _fetch_pages(
    fetch: AsyncFetch[P], offsets: list[int], limit: int, concurrency: int
) -> dict[int, P]:
    """The pages at ``offsets``, ``concurrency`` at a time; the first failure (by offset) raised."""
    calls = [functools.partial(afetch_page, fetch, offset, limit) for offset in offsets]
    pages = await gather_bounded(calls, concurrency=concurrency, name="isogeo-page")
    return dict(zip(offsets, pages, strict=True))


async def _list_tail(
    fetch: AsyncFetch[P], last_offset: int, page_size: int, last: P, budget: _PageBudget, seen: _SeenTracker
) -> list[P]:
    """Bare-list listings have no total: fetch on while the last page is full."""
    tail: list[P] = []
    offset, results = last_offset, page_content(last)[0]
    while len(results) == page_size:
        budget.spend()
        offset += page_size
        page = await afetch_page(fetch, offset, page_size)
        tail.append(page)
        results = page_content(page)[0]
        for item in results:  # now, not at the end: a server repeating a full page never stops
            seen.add(item)
    return tail


async def afetch_all_pages(
    fetch: AsyncFetch[P],
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
    after the other until a page comes back short. Raises :class:`~isogeo.errors.PageFetchError`
    (the first failing page, by offset) or :class:`~isogeo.errors.InconsistentPagesError`.
    """
    pages: dict[int, P] = {}
    planned = expected_total
    if planned is None:
        first = await afetch_page(fetch, offset, page_size)
        pages[offset] = first
        planned = page_content(first)[1]
    while planned is not None:
        _check_plan(offset, planned, page_size, max_pages)
        missing = _offsets(offset, planned, page_size, pages)
        pages.update(await _fetch_pages(fetch, missing, page_size, concurrency))
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
    return ordered + await _list_tail(fetch, last, page_size, pages[last], budget, seen)
