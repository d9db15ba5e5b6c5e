# Derived from _async/pages.py by tools/derive_sync.py: do not edit.
"""Sync pages namespace (:mod:`isogeo.resources.pages` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Pages) if not name.startswith("_"))
['all', 'count', 'iter']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from isogeo._core.call import SyncEndpoint
from isogeo.pagination import (
    DEFAULT_CONCURRENCY,
    PAGE_SIZE_MAX,
    check_concurrency,
    check_expected_total,
    check_offset,
    check_page_size,
    fetch_all_pages,
    iter_items,
)
from isogeo.resources._pages import _all, check_paging_endpoint
from isogeo.utils import pages_counter

if TYPE_CHECKING:
    from isogeo.client import Isogeo


class Pages:
    """Sync generic paginator: ``isogeo.pages``.

    >>> from isogeo_api.api.keyword import search_workgroup_keywords
    >>> for keyword in isogeo.pages.iter(search_workgroup_keywords, WG_ID, q="eau"):   # doctest: +SKIP
    ...     print(keyword.text)
    >>> Pages.count(626, 100)
    7
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client

    def _fetch(
        self, endpoint: SyncEndpoint[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Callable[[int, int], Any]:
        call = self._client.call
        return lambda offset, limit: call(endpoint, *args, **kwargs, sys_offset=offset, sys_limit=limit)

    def iter(
        self,
        endpoint: SyncEndpoint[Any],
        *args: Any,
        page_size: int = PAGE_SIZE_MAX,
        offset: int = 0,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Every item from ``offset`` on, one page (``page_size``) requested when the loop reaches it."""
        check_paging_endpoint(endpoint, args, kwargs)
        size, start = check_page_size(page_size, maximum=None), check_offset(offset)
        return iter_items(self._fetch(endpoint, args, kwargs), page_size=size, offset=start)

    def all(
        self,
        endpoint: SyncEndpoint[Any],
        *args: Any,
        page_size: int = PAGE_SIZE_MAX,
        offset: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        expected_total: int | None = None,
        **kwargs: Any,
    ) -> list[Any]:
        """Every item from ``offset`` on, in order, each once; pages fetched ``concurrency`` at a time.

        >>> formats = isogeo.pages.all(search_no_geo_formats, page_size=50)   # doctest: +SKIP
        """
        check_paging_endpoint(endpoint, args, kwargs)
        pages = fetch_all_pages(
            self._fetch(endpoint, args, kwargs),
            page_size=check_page_size(page_size, maximum=None),
            offset=check_offset(offset),
            concurrency=check_concurrency(concurrency),
            expected_total=check_expected_total(expected_total),
        )
        return _all(pages)

    @staticmethod
    def count(total: int, page_size: int = PAGE_SIZE_MAX) -> int:
        """How many pages of ``page_size`` hold ``total`` results (``pages_counter``)."""
        return pages_counter(total, page_size)
