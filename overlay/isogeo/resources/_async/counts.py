"""Async counts namespace (:mod:`isogeo.resources.counts` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncCounts) if not name.startswith("_"))
['contacts', 'metadata']
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Literal, overload

from isogeo.resources._counts import (
    CONCURRENCY,
    _query,
    base_query,
    by_count,
    check_by,
    contact_counts,
    facet_tags,
)
from isogeo_api.api.contact import list_workgroup_contacts
from isogeo_api.api.search import search_metadata
from isogeo_api.models import MetadataSearch

from ._primitives import gather_bounded

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo


class AsyncCounts:
    """Async counts namespace: ``aisogeo.counts``.

    >>> async with AsyncIsogeo(...) as aisogeo:                                      # doctest: +SKIP
    ...     print(await aisogeo.counts.metadata(WORKGROUP_ID, by="type"))
    ...     print(await aisogeo.counts.contacts(WORKGROUP_ID))
    {'vector-dataset': 812, 'raster-dataset': 95, 'service': 41, 'resource': 12}
    {'custom': 130, 'group': 4, 'user': 2}
    """

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client

    async def _total(self, q: str) -> MetadataSearch:
        return await self._client.call(search_metadata, q=q or None, sys_limit=0)

    @overload
    async def metadata(
        self, workgroup_id: str | None = None, *, by: None = None, query: str | None = None
    ) -> int: ...
    @overload
    async def metadata(
        self, workgroup_id: str | None = None, *, by: str, query: str | None = None
    ) -> dict[str, int]: ...
    async def metadata(
        self, workgroup_id: str | None = None, *, by: str | None = None, query: str | None = None
    ) -> int | dict[str, int]:
        """How many metadata match (``by=None``), or how many per value of facet ``by`` (largest first).

        >>> await aisogeo.counts.metadata(  # doctest: +SKIP
        ...     WORKGROUP_ID, by="format", query="type:vector-dataset")
        {'shp': 412, 'postgis': 230, 'geojson': 12}
        """
        facet = check_by(by)
        base = base_query(workgroup_id, query)
        page = await self._total(base)
        if facet is None:
            return page.total
        tags = facet_tags(page, facet)
        # One search per facet value: CONCURRENCY at a time here, one after the other when sync.
        searches = [partial(self._total, _query(base, tag)) for tag in tags]
        pages = await gather_bounded(searches, concurrency=CONCURRENCY)
        prefix = len(facet) + 1
        return by_count({tag[prefix:]: found.total for tag, found in zip(tags, pages, strict=True)})

    @overload
    async def contacts(self, workgroup_id: str, *, by_type: Literal[True] = True) -> dict[str, int]: ...
    @overload
    async def contacts(self, workgroup_id: str, *, by_type: Literal[False]) -> int: ...
    async def contacts(self, workgroup_id: str, *, by_type: bool = True) -> int | dict[str, int]:
        """How many cards a workgroup's address book holds (CTC-1), per type by default.

        >>> counts = await aisogeo.counts.contacts(WORKGROUP_ID)  # doctest: +SKIP
        >>> counts, await aisogeo.counts.contacts(WORKGROUP_ID, by_type=False)  # doctest: +SKIP
        ({'custom': 130, 'group': 4, 'user': 2}, 136)
        """
        contacts = await self._client.call(list_workgroup_contacts, workgroup_id)
        return contact_counts(contacts) if by_type else len(contacts)
