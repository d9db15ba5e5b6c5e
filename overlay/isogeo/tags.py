"""Turn a search's flat ``tags`` into label → tag-key dictionaries per category (facts §6.6).

A search answers with facets such as ``{"owner:32f7...": "Isogeo Test", "format:shp": "ESRI
Shapefile", "provider:manual": null}``. To fill filter drop-downs one wants, per category, the
label shown to the user and the tag to put back into ``q``: :func:`tags_to_dict` gives that, for
the facets and for the filters of the previous query, like the SDK's
``IsogeoUtils.tags_to_dict``.

Thirteen categories, each fed by one tag-key prefix:

===============  ==========================  ===============  ==========================
``actions``      ``action:``                 ``licenses``     ``license:``
``catalogs``     ``catalog:``                ``owners``       ``owner:``
``contacts``     ``contact:``                ``providers``    ``provider:`` (*)
``data-sources`` ``data-source:``            ``shares``       ``share:`` (after augment)
``formats``      ``format:``                 ``srs``          ``coordinate-system:``
``inspires``     ``keyword:inspire-theme:``  ``types``        ``type:``
``keywords``     ``keyword:isogeo:``
===============  ==========================  ===============  ==========================

(*) provider tags have no label (``null``): they are keyed by what follows ``provider:``
(``auto``, ``manual``). Other prefixes (``keyword:group-theme:``, ``conformity:``...) are left out.

Two entities may share a label (two workgroups each with a "Contact SIG"). For catalogs, contacts,
data sources and licenses, ``duplicated`` decides:

* ``"rename"`` (default): the later one becomes ``"{label} ({workgroup name})"``, the workgroup
  being the one whose id is in the tag key (``contact:{workgroup}:{id}``), named from the
  ``owner:`` facets, else the first 5 characters of the id found in the key;
* ``"merge"``: one entry whose value is both tag keys joined by ``||``;
* ``"ignore"``: the last one (in sorted tag-key order) wins.

Differences from the SDK, on purpose: prefixes are matched up to their colon; a tag without a
label is keyed by the part after its prefix instead of ``None``; the duplicate policy applies to
the query's tags too (the SDK reused leftovers of its first loop there); ``prev_query`` is not
modified; missing ``_shares`` / ``_terms`` give empty lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from isogeo.errors import InvalidInputError
from isogeo.ids import is_isogeo_id

__all__ = ["TAG_CATEGORIES", "DuplicatePolicy", "tags_to_dict"]

DuplicatePolicy = Literal["rename", "merge", "ignore"]

# Longest prefixes first so that `keyword:inspire-theme:` is not taken for another keyword.
TAG_CATEGORIES: Mapping[str, str] = {
    "actions": "action:",
    "catalogs": "catalog:",
    "contacts": "contact:",
    "data-sources": "data-source:",
    "formats": "format:",
    "inspires": "keyword:inspire-theme:",
    "keywords": "keyword:isogeo:",
    "licenses": "license:",
    "owners": "owner:",
    "providers": "provider:",
    "shares": "share:",
    "srs": "coordinate-system:",
    "types": "type:",
}
"""The 13 categories and the tag-key prefix that feeds each."""

_CHECK_DUPLICATES = frozenset({"catalogs", "contacts", "data-sources", "licenses"})
_POLICIES = ("rename", "merge", "ignore")


def _as_mapping(obj: object, argument: str) -> Mapping[str, Any]:
    if obj is None:
        return {}
    if isinstance(obj, Mapping):
        return obj
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):  # a generated model (Tags, SearchQuery)
        result = to_dict()
        if isinstance(result, Mapping):
            return result
    raise InvalidInputError(argument, obj, f"a dict (or the generated model) of a search's {argument}")


def _category_of(tag: str) -> tuple[str, str] | None:
    for category, prefix in TAG_CATEGORIES.items():
        if tag.startswith(prefix):
            return category, tag[len(prefix) :]
    return None


class _Categorizer:
    def __init__(self, tags: Mapping[str, Any], duplicated: str) -> None:
        self.tags = tags
        self.duplicated = duplicated
        self.workgroups = {
            key[len("owner:") :]: label
            for key, label in tags.items()
            if isinstance(key, str) and key.startswith("owner:") and label
        }

    def empty(self) -> dict[str, dict[str, str]]:
        return {category: {} for category in TAG_CATEGORIES}

    def add(self, target: dict[str, dict[str, str]], tag: str) -> None:
        found = _category_of(tag)
        if found is None:
            return
        category, rest = found
        entries = target[category]
        label = self.tags.get(tag)
        if category == "providers" or not label:
            label = rest
        label = str(label)
        if label in entries and entries[label] != tag and category in _CHECK_DUPLICATES:
            if self.duplicated == "merge":
                entries[label] = f"{entries[label]}||{tag}"
                return
            if self.duplicated == "rename":
                entries[f"{label} ({self._workgroup_hint(tag)})"] = tag
                return
        entries[label] = tag

    def _workgroup_hint(self, tag: str) -> str:
        segments = tag.split(":")
        candidates = [s for s in segments[1:3] if is_isogeo_id(s)]
        for candidate in candidates:
            if candidate in self.workgroups:
                return str(self.workgroups[candidate])
        return candidates[0][:5] if candidates else segments[-1][:5]


def tags_to_dict(
    tags: Mapping[str, str | None] | Any,
    prev_query: Mapping[str, Any] | Any = None,
    duplicated: DuplicatePolicy = "rename",
) -> tuple[dict[str, dict[str, str]], dict[str, Any]]:
    """Group a search's ``tags`` by category as ``{label: tag_key}``; same for its ``query``.

    Returns ``(tags_as_dicts, query_as_dicts)``; ``query_as_dicts`` is
    ``{"_tags": {same 13 categories}, "_shares": [...], "_terms": [...]}``. ``tags`` and
    ``prev_query`` may be the generated models (``search.tags``, ``search.query``) or dicts.

    >>> tags = {"owner:32f7e95ec4e94ca3bc1afda960003882": "Isogeo Test",
    ...         "type:vector-dataset": "Vector dataset", "provider:manual": None,
    ...         "conformity:inspire": None}
    >>> facets, query = tags_to_dict(tags, {"_tags": ["type:vector-dataset"], "_terms": ["roads"]})
    >>> facets["types"], facets["providers"], facets["owners"]
    ({'Vector dataset': 'type:vector-dataset'}, {'manual': 'provider:manual'}, \
{'Isogeo Test': 'owner:32f7e95ec4e94ca3bc1afda960003882'})
    >>> query["_tags"]["types"], query["_terms"], query["_shares"]
    ({'Vector dataset': 'type:vector-dataset'}, ['roads'], [])
    """
    if duplicated not in _POLICIES:
        raise InvalidInputError("duplicated", duplicated, _POLICIES)
    tags_map = _as_mapping(tags, "tags")
    query_map = _as_mapping(prev_query, "query")
    categorizer = _Categorizer(tags_map, duplicated)

    tags_as_dicts = categorizer.empty()
    for tag in sorted(key for key in tags_map if isinstance(key, str)):
        categorizer.add(tags_as_dicts, tag)

    shares = list(query_map.get("_shares") or [])
    query_tags: list[str] = [t for t in _list(query_map.get("_tags")) if isinstance(t, str)]
    if shares:
        query_tags.append(f"share:{shares[0]}")
    query_as_tags = categorizer.empty()
    for tag in query_tags:
        categorizer.add(query_as_tags, tag)
    query_as_dicts: dict[str, Any] = {
        "_tags": query_as_tags,
        "_shares": shares,
        "_terms": list(_list(query_map.get("_terms"))),
    }
    return tags_as_dicts, query_as_dicts


def _list(value: object) -> Iterable[Any]:
    if value is None or isinstance(value, str | bytes):
        return []
    return value if isinstance(value, Iterable) else []
