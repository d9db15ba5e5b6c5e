"""What the sync and async counts namespaces share (:mod:`isogeo.resources.counts`)."""

from __future__ import annotations

import builtins
from collections import Counter

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of
from isogeo_api.models import Contact, MetadataSearch

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
