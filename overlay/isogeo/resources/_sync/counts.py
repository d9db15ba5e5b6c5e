# Derived from _async/counts.py by tools/derive_sync.py: do not edit.
"""Sync counts namespace (:mod:`isogeo.resources.counts` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Counts) if not name.startswith("_"))
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
    from isogeo.client import Isogeo


class Counts:
    """Sync counts namespace: ``isogeo.counts``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     print(isogeo.counts.metadata(WORKGROUP_ID, by="type"))
    ...     print(isogeo.counts.contacts(WORKGROUP_ID))
    {'vector-dataset': 812, 'raster-dataset': 95, 'service': 41, 'resource': 12}
    {'custom': 130, 'group': 4, 'user': 2}
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client

    def _total(self, q: str) -> MetadataSearch:
        return self._client.call(search_metadata, q=q or None, sys_limit=0)

    @overload
    def metadata(
        self, workgroup_id: str | None = None, *, by: None = None, query: str | None = None
    ) -> int: ...
    @overload
    def metadata(
        self, workgroup_id: str | None = None, *, by: str, query: str | None = None
    ) -> dict[str, int]: ...
    def metadata(
        self, workgroup_id: str | None = None, *, by: str | None = None, query: str | None = None
    ) -> int | dict[str, int]:
        """How many metadata match (``by=None``), or how many per value of facet ``by`` (largest first).

        >>> isogeo.counts.metadata(  # doctest: +SKIP
        ...     WORKGROUP_ID, by="format", query="type:vector-dataset")
        {'shp': 412, 'postgis': 230, 'geojson': 12}
        """
        facet = check_by(by)
        base = base_query(workgroup_id, query)
        page = self._total(base)
        if facet is None:
            return page.total
        tags = facet_tags(page, facet)
        # One search per facet value: CONCURRENCY at a time here, one after the other when sync.
        searches = [partial(self._total, _query(base, tag)) for tag in tags]
        pages = gather_bounded(searches, concurrency=CONCURRENCY)
        prefix = len(facet) + 1
        return by_count({tag[prefix:]: found.total for tag, found in zip(tags, pages, strict=True)})

    @overload
    def contacts(self, workgroup_id: str, *, by_type: Literal[True] = True) -> dict[str, int]: ...
    @overload
    def contacts(self, workgroup_id: str, *, by_type: Literal[False]) -> int: ...
    def contacts(self, workgroup_id: str, *, by_type: bool = True) -> int | dict[str, int]:
        """How many cards a workgroup's address book holds (CTC-1), per type by default.

        >>> counts = isogeo.counts.contacts(WORKGROUP_ID)  # doctest: +SKIP
        >>> counts, isogeo.counts.contacts(WORKGROUP_ID, by_type=False)  # doctest: +SKIP
        ({'custom': 130, 'group': 4, 'user': 2}, 136)
        """
        contacts = self._client.call(list_workgroup_contacts, workgroup_id)
        return contact_counts(contacts) if by_type else len(contacts)
