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

The engine is written once, async (``isogeo/_async/pagination.py``); the sync side is derived from
it (``isogeo/_sync/pagination.py``, ``make unasync``) and only the concurrent fetch differs (the
``_primitives.py`` of each side: a task group, a thread pool). The checks both share, without I/O,
are in ``isogeo/_pagination.py``. This module re-exports both sides, so they import from here.

Both sides page alike:

>>> data = list(range(250))
>>> [len(page) for page in fetch_all_pages(lambda o, n: data[o:o + n], page_size=100)]
[100, 100, 50]
>>> asked = []
>>> def fetch(offset, limit):
...     asked.append(offset)
...     return data[offset:offset + limit]
>>> items = iter_items(fetch, page_size=100)
>>> [next(items) for _ in range(101)][-1], asked
(100, [0, 100])
>>> seen = []
>>> pages = fetch_all_pages(report_progress(lambda o, n: data[o:o + n], lambda *a: seen.append(a)))
>>> seen
[(100, None), (200, None), (250, None)]

>>> import asyncio
>>> async def afetch(offset, limit):
...     return data[offset:offset + limit]
>>> [len(page) for page in asyncio.run(afetch_all_pages(afetch, page_size=100))]
[100, 100, 50]
>>> async def first_three():
...     return [item async for item in aiter_items(afetch, page_size=2)][:3]
>>> asyncio.run(first_three())
[0, 1, 2]
>>> seen = []
>>> pages = asyncio.run(afetch_all_pages(areport_progress(afetch, lambda *a: seen.append(a)), page_size=100))
>>> seen
[(100, None), (200, None), (250, None)]
"""

from __future__ import annotations

# Beyond __all__, the checks and page types the SDK's modules import from here (`X as X`: re-exported).
from isogeo._async.pagination import afetch_all_pages, aiter_items, areport_progress
from isogeo._async.pagination import afetch_page as afetch_page
from isogeo._pagination import (
    MAX_CONCURRENCY,
    PAGE_SIZE_MAX,
    PageProgress,
    check_concurrency,
    check_page_size,
    item_key,
    page_content,
)
from isogeo._pagination import AsyncFetch as AsyncFetch
from isogeo._pagination import Fetch as Fetch
from isogeo._pagination import check_expected_total as check_expected_total
from isogeo._pagination import check_offset as check_offset
from isogeo._pagination import check_progress as check_progress
from isogeo._sync.pagination import fetch_all_pages, iter_items, report_progress
from isogeo._sync.pagination import fetch_page as fetch_page
from isogeo.config import DEFAULT_CONCURRENCY
from isogeo.config import MAX_PAGES as MAX_PAGES

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
