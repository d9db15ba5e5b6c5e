"""Generic pagination over any generated endpoint that pages with ``_limit``/``_offset``.

``isogeo.pages.iter(endpoint, *args, **kwargs)`` yields every item lazily and
``isogeo.pages.all(endpoint, *args, **kwargs)`` returns them all (pages fetched ``concurrency``
at a time), for the listings that page: the metadata searches (``search_metadata``,
``search_workgroup_metadata``), the keyword searches (``search_thesaurus_keywords``,
``search_workgroup_keywords``) and the no-geo formats search (``search_no_geo_formats``, a bare
list without total, paged until a short page). The friendlier namespaces (``isogeo.search``,
``isogeo.keywords``) are built on the same engine (:mod:`isogeo.pagination`).

The other arguments are the endpoint's own (checked as ``call`` checks them) except
``sys_limit``/``sys_offset``, which the paginator sets (``page_size``, ``offset``).
``isogeo.pages.count(total, page_size)`` is the SDK's ``pages_counter``.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

from isogeo._core.call import AsyncEndpoint, SyncEndpoint
from isogeo._core.validation import prepare_arguments
from isogeo.errors import InvalidInputError
from isogeo.pagination import (
    DEFAULT_CONCURRENCY,
    PAGE_SIZE_MAX,
    afetch_all_pages,
    aiter_items,
    check_concurrency,
    check_expected_total,
    check_offset,
    check_page_size,
    fetch_all_pages,
    iter_items,
    page_content,
)
from isogeo.utils import pages_counter

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

__all__ = ["AsyncPages", "Pages", "check_paging_endpoint"]

_PAGING = ("sys_limit", "sys_offset")


def _name(endpoint: object) -> str:
    return str(getattr(endpoint, "__name__", endpoint)).rsplit(".", 1)[-1]


def check_paging_endpoint(endpoint: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse an endpoint that does not page, or paging arguments given by hand; check the others.

    >>> from isogeo_api.api.contact import get_contact
    >>> check_paging_endpoint(get_contact, ("0269803d50c446b09f5060ef7fe3e22b",), {})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: endpoint='get_contact' is not accepted (it does not page); ...
    """
    function = getattr(endpoint, "sync_detailed", None)
    if function is None:
        raise InvalidInputError("endpoint", endpoint, "a generated endpoint module (isogeo_api.api...)")
    parameters = inspect.signature(function).parameters
    if not all(name in parameters for name in _PAGING):
        raise InvalidInputError(
            "endpoint",
            _name(endpoint),
            "an endpoint with _limit and _offset (search_metadata, search_thesaurus_keywords, ...)",
            reason="it does not page",
        )
    for name in _PAGING:
        if name in kwargs:
            raise InvalidInputError(
                name, kwargs[name], "page_size= and offset=", reason="the paginator sets it"
            )
    prepare_arguments(function, args, {**kwargs, "sys_limit": 1, "sys_offset": 0})


def _all(pages: list[Any]) -> list[Any]:
    return [item for page in pages for item in page_content(page)[0]]


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


class AsyncPages:
    """Async generic paginator: ``aisogeo.pages`` (``iter`` is an async iterator, ``all`` is awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client

    def _fetch(
        self, endpoint: AsyncEndpoint[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Callable[[int, int], Awaitable[Any]]:
        call = self._client.call
        return lambda offset, limit: call(endpoint, *args, **kwargs, sys_offset=offset, sys_limit=limit)

    def iter(
        self,
        endpoint: AsyncEndpoint[Any],
        *args: Any,
        page_size: int = PAGE_SIZE_MAX,
        offset: int = 0,
        **kwargs: Any,
    ) -> AsyncIterator[Any]:
        """Every item from ``offset`` on, lazily: ``async for item in aisogeo.pages.iter(endpoint, ...)``."""
        check_paging_endpoint(endpoint, args, kwargs)
        size, start = check_page_size(page_size, maximum=None), check_offset(offset)
        return aiter_items(self._fetch(endpoint, args, kwargs), page_size=size, offset=start)

    async def all(
        self,
        endpoint: AsyncEndpoint[Any],
        *args: Any,
        page_size: int = PAGE_SIZE_MAX,
        offset: int = 0,
        concurrency: int = DEFAULT_CONCURRENCY,
        expected_total: int | None = None,
        **kwargs: Any,
    ) -> list[Any]:
        """Every item from ``offset`` on, in order, each once (tasks, ``concurrency`` at a time)."""
        check_paging_endpoint(endpoint, args, kwargs)
        pages = await afetch_all_pages(
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
