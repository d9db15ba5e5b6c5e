"""Counts: how many metadata (per type, format, owner...) and contacts (per type) — a sibling-API idea.

**Metadata** counts come from searches that return no result (``_limit=0``): such a search still
answers ``total`` (how many match) and ``tags`` (every facet present in the matching metadata,
e.g. ``type:vector-dataset``, ``format:shp``, ``owner:<workgroup id>``). So:

* ``counts.metadata()`` is **one** search: its ``total``;
* ``counts.metadata(by="format")`` is one search for the facets, then one per facet value of that
  kind (``q=... format:shp``, ``_limit=0``) for its ``total``: 1 + N requests (the async twin runs
  the N concurrently, 8 at a time). The search API gives facets without counts, hence the N.

``workgroup_id`` adds ``owner:<id>`` to the query; ``query`` adds anything of the search syntax
(``"keyword:isogeo:eau"``, free text...). What a group application counts is what is shared with it.

**Contact** counts read the address book once (CTC-1) and count its cards per ``type``
(``custom``, ``group``, ``user``).
"""

from __future__ import annotations

import asyncio
import builtins
from collections import Counter
from typing import TYPE_CHECKING, Literal, overload

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of
from isogeo_api.api.contact import list_workgroup_contacts
from isogeo_api.api.search import search_metadata
from isogeo_api.models import Contact, MetadataSearch

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

FACETS = (
    "type", "format", "owner", "coordinate-system", "keyword", "catalog", "contact", "license",
    "data-source", "action", "provider", "conformity",
)  # fmt: skip
"""Search facets ``by`` accepts (the tag prefixes of facts §6)."""
CONCURRENCY = 8


def check_by(by: object) -> str | None:
    """``by`` if it is ``None`` or a facet of :data:`FACETS`.

    >>> check_by("format"), check_by(None)
    ('format', None)
    >>> check_by("colour")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: by='colour' is not accepted; expected one of: type, format, owner, ...
    """
    if by is None or by in FACETS:
        return by
    raise InvalidInputError("by", by, FACETS)


def base_query(workgroup_id: str | None, query: str | None) -> str:
    """The search query of a count: ``query`` and, for a workgroup, ``owner:<id>``.

    >>> base_query("32f7e95ec4e94ca3bc1afda960003882", "type:service")
    'type:service owner:32f7e95ec4e94ca3bc1afda960003882'
    """
    if query is not None and not isinstance(query, str):
        raise InvalidInputError("query", query, "a search query string (q)")
    parts = [query.strip()] if query and query.strip() else []
    if workgroup_id is not None:
        parts.append(f"owner:{id_of(workgroup_id, 'workgroup_id')}")
    return " ".join(parts)


def facet_tags(page: MetadataSearch, by: str) -> builtins.list[str]:
    """The tags of facet ``by`` present in a search answer.

    >>> page = MetadataSearch.from_dict({"limit": 0, "offset": 0, "results": [], "total": 3,
    ...     "tags": {"type:service": "Service", "format:wms": "WMS", "type:vector-dataset": "Vecteur"}})
    >>> facet_tags(page, "type")
    ['type:service', 'type:vector-dataset']
    """
    tags = page.tags.additional_properties if page.tags else {}
    return sorted(tag for tag in tags if tag.startswith(f"{by}:"))


def by_count(counts: dict[str, int]) -> dict[str, int]:
    """Largest first, then by key (stable output).

    >>> by_count({"shp": 2, "wms": 5, "geojson": 2})
    {'wms': 5, 'geojson': 2, 'shp': 2}
    """
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def contact_counts(contacts: builtins.list[Contact]) -> dict[str, int]:
    """Cards per type.

    >>> contact_counts([Contact.from_dict({"_id": "a" * 32, "type": "custom"}),
    ...                 Contact.from_dict({"_id": "b" * 32, "type": "group"}),
    ...                 Contact.from_dict({"_id": "c" * 32, "type": "custom"})])
    {'custom': 2, 'group': 1}
    """
    return by_count(dict(Counter(str(contact.type_) for contact in contacts)))


def _query(base: str, tag: str) -> str:
    return f"{base} {tag}".strip()


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

        >>> isogeo.counts.metadata(WORKGROUP_ID, by="format", query="type:vector-dataset")  # doctest: +SKIP
        {'shp': 412, 'postgis': 230, 'geojson': 12}
        """
        facet = check_by(by)
        base = base_query(workgroup_id, query)
        page = self._total(base)
        if facet is None:
            return page.total
        prefix = len(facet) + 1
        return by_count(
            {tag[prefix:]: self._total(_query(base, tag)).total for tag in facet_tags(page, facet)}
        )

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


class AsyncCounts:
    """Async counts namespace: ``aisogeo.counts`` (the methods of :class:`Counts`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client

    async def _total(self, q: str, limiter: asyncio.Semaphore | None = None) -> MetadataSearch:
        if limiter is None:
            return await self._client.call(search_metadata, q=q or None, sys_limit=0)
        async with limiter:
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
        """How many metadata match, or how many per value of facet ``by`` (N searches, 8 at a time)."""
        facet = check_by(by)
        base = base_query(workgroup_id, query)
        page = await self._total(base)
        if facet is None:
            return page.total
        tags = facet_tags(page, facet)
        limiter = asyncio.Semaphore(CONCURRENCY)
        pages = await asyncio.gather(*(self._total(_query(base, tag), limiter) for tag in tags))
        prefix = len(facet) + 1
        return by_count({tag[prefix:]: found.total for tag, found in zip(tags, pages, strict=True)})

    @overload
    async def contacts(self, workgroup_id: str, *, by_type: Literal[True] = True) -> dict[str, int]: ...
    @overload
    async def contacts(self, workgroup_id: str, *, by_type: Literal[False]) -> int: ...
    async def contacts(self, workgroup_id: str, *, by_type: bool = True) -> int | dict[str, int]:
        """How many cards a workgroup's address book holds (CTC-1), per type by default."""
        contacts = await self._client.call(list_workgroup_contacts, workgroup_id)
        return contact_counts(contacts) if by_type else len(contacts)


__all__ = [
    "FACETS",
    "AsyncCounts",
    "Counts",
    "base_query",
    "by_count",
    "check_by",
    "contact_counts",
    "facet_tags",
]
