"""Async search namespace (:mod:`isogeo.resources.search` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncSearch) if not name.startswith("_"))
['all', 'iter', 'share_tags']
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Unpack

from isogeo.pagination import (
    PAGE_SIZE_MAX,
    afetch_all_pages,
    aiter_items,
    areport_progress,
)
from isogeo.resources._search import _iteration_request
from isogeo.search import (
    SearchOptions,
    SearchRequest,
    SearchResults,
    as_results,
    build_search_request,
    finish,
    merge_pages,
    share_tags,
)
from isogeo_api.api.search import search_metadata, search_workgroup_metadata
from isogeo_api.api.share import list_shares
from isogeo_api.models import Metadata, MetadataSearch
from isogeo_api.namespaces import search as _generated

from ._primitives import Lock, PageFetch

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo


class AsyncSearch(_generated.AsyncSearch):
    """Async search: ``await aisogeo.search(...)`` (callable), ``.iter``, ``.all``, ``.share_tags()``.

    >>> from isogeo import AsyncIsogeo
    >>> async with AsyncIsogeo.from_env() as aisogeo:          # doctest: +SKIP
    ...     context = await aisogeo.search(page_size=0, augment=True)  # total and facets, no result
    ...     page = await aisogeo.search(
    ...         query="type:vector-dataset", order_by="title", order_dir="asc", page_size=10)
    ...     every = await aisogeo.search(query="type:vector-dataset", include="all", whole_results=True)
    ...     async for md in aisogeo.search.iter(query="action:download"):
    ...         print(md.title)
    """

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)
        self._share_tags: dict[str, str] | None = None
        self._lock = Lock()

    def _fetch(self, request: SearchRequest) -> PageFetch[MetadataSearch]:
        call = self._client.call
        group = request.group

        async def fetch(offset: int, limit: int) -> MetadataSearch:
            arguments = request.page_arguments(offset, limit)
            if group is None:
                return await call(search_metadata, **arguments)
            return await call(search_workgroup_metadata, group, **arguments)

        return areport_progress(fetch, request.progress)

    async def __call__(self, **options: Unpack[SearchOptions]) -> SearchResults:
        """SRC-1 (or SRC-2 with ``group=``): one page, or every result with ``whole_results=True``.

        Arguments: :class:`isogeo.search.SearchOptions` (the SDK's, plus ``concurrency``,
        ``tags_duplicates``, ``lang`` and ``progress``). Bad values raise
        :class:`~isogeo.errors.InvalidInputError` before any request.

        >>> (await aisogeo.search(query="type:service", page_size=5)).total  # doctest: +SKIP
        237
        """
        request = build_search_request(options)
        fetch = self._fetch(request)
        if request.whole_results:
            pages = await afetch_all_pages(
                fetch,
                page_size=PAGE_SIZE_MAX,
                concurrency=request.concurrency,
                expected_total=request.expected_total,
            )
            results = merge_pages(pages)
        else:
            results = as_results(await fetch(request.offset, request.page_size))
        return finish(results, request, await self.share_tags() if request.augment else None)

    async def all(self, **options: Unpack[SearchOptions]) -> SearchResults:
        """Every result (``whole_results=True``), each exactly once, in the server's order.

        Pages of 100 are fetched ``concurrency`` at a time (default 5). A page that fails after
        the transport's retries raises :class:`~isogeo.errors.PageFetchError` (its ``offset``);
        pages that do not add up (the catalogue changed meanwhile) raise
        :class:`~isogeo.errors.InconsistentPagesError`.

        ``progress(results_received, total)`` is called after each page (a progress bar):

        >>> def show(done, total):
        ...     print(f"{done}/{total}")
        >>> everything = await aisogeo.search.all(query="type:dataset", progress=show)  # doctest: +SKIP
        100/2000
        ...
        >>> len(everything.results) == everything.total                          # doctest: +SKIP
        True
        """
        options["whole_results"] = True
        return await self(**options)

    def iter(self, **options: Unpack[SearchOptions]) -> AsyncIterator[Metadata]:
        """Every result from ``offset`` on, one page (``page_size``, default 100) at a time, lazily.

        Arguments are checked now; a page is requested when the loop reaches it, and none after
        the loop stops.

        >>> async for md in aisogeo.search.iter(  # doctest: +SKIP
        ...         query="keyword:isogeo:2018", include=["links"]):
        ...     if md.title.startswith("Communes"):
        ...         break                                  # no further page is fetched
        """
        request = _iteration_request(options)
        return aiter_items(self._fetch(request), page_size=request.page_size, offset=request.offset)

    async def share_tags(self, *, refresh: bool = False) -> dict[str, str]:
        """``{"share:{id}": name}`` of the caller's shares (SHR-1), fetched once and cached (``augment``).

        >>> await aisogeo.search.share_tags()           # doctest: +SKIP
        {'share:79ea9b3d3ddc3134f89e5b9bf4b0ce6a': 'Partage portail public'}
        """
        async with self._lock:
            if self._share_tags is None or refresh:
                shares = await self._client.call(list_shares)
                self._share_tags = share_tags(shares)
            return dict(self._share_tags)
