"""The metadata search of the official SDK, rebuilt: arguments, checks and what comes back (facts §6).

:func:`build_search_request` turns the SDK's ``search`` arguments (:class:`SearchOptions`) into a
checked :class:`SearchRequest` **before any request**; the namespaces
(:mod:`isogeo.resources.search`) run it one page at a time, lazily or as whole results, and
:func:`finish` applies ``augment`` and ``tags_as_dicts``. Everything here is pure (no I/O).

Decisions, each where the sources disagree or are silent:

* **No static ``order_by`` default.** Nothing is sent unless you ask, so the API applies its
  documented default: relevance when ``query`` has free terms, the metadata creation date
  otherwise. (The SDK sent ``_created``, which silently disabled relevance.) For whole results over
  free-text terms, sorting on a stable key (``order_by="_created"``) avoids ties moving between
  pages; duplicates are detected either way.
* **``georel="equals"``**, as the API documents; the SDK's ``"equal"`` still works and is
  sent as ``equals`` with a :class:`DeprecationWarning`.
* ``include="all"`` means every :class:`~isogeo_api.models.MetadataInclude` the search accepts:
  all but ``context``, which only ``GET /resources/{id}`` returns (refused here with that reason).
* Malformed ids in ``specific_md`` are refused (the SDK dropped them silently); a single id may be
  given as a string.
* ``page_size`` is 0..100 (``0`` returns the "search context": total, tags, envelope); whole
  results ignore ``page_size`` and ``offset`` (as the SDK does) and fetch pages of 100.
* ``tags_as_dicts=True`` keeps ``tags`` and ``query`` as the API sent them and adds
  ``tags_as_dicts`` / ``query_as_dicts`` (the SDK replaced them, changing their type).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from attrs import define

from isogeo._core.includes import SEARCH_INCLUDES, search_includes
from isogeo._core.validation import coerce_enum, normalize_identifier
from isogeo.errors import InvalidInputError
from isogeo.pagination import (
    DEFAULT_CONCURRENCY,
    PageProgress,
    check_concurrency,
    check_expected_total,
    check_offset,
    check_page_size,
    check_progress,
)
from isogeo.search_query import check_query
from isogeo.tags import DuplicatePolicy, tags_to_dict
from isogeo_api.models import (
    GeoRelation,
    Lang,
    MetadataInclude,
    MetadataSearch,
    SearchOrderBy,
    SearchQuery,
    Share,
    SortDirection,
    Tags,
)
from isogeo_api.types import Unset

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "SEARCH_INCLUDES",
    "SearchOptions",
    "SearchRequest",
    "SearchResults",
    "build_search_request",
    "finish",
    "merge_pages",
    "share_tags",
]

DEFAULT_PAGE_SIZE = 20
"""One page of :meth:`isogeo.Isogeo.search`: the API's default and the SDK's (facts §6.1)."""

_DUPLICATE_POLICIES = ("rename", "merge", "ignore")


class SearchOptions(TypedDict, total=False):
    """The arguments of the SDK's ``search`` (facts §6.1), all optional, all keywords."""

    group: str | None
    """A workgroup id: search inside that workgroup (SRC-2, user apps); default: everything visible."""
    query: str
    """Free terms and ``prefix:value`` filters, combined with AND (the API's ``q``)."""
    share: str | None
    """A share id: only the metadata of that share (the API's ``s``)."""
    specific_md: Iterable[str] | str | None
    """Metadata ids to restrict the search to (``_id``)."""
    include: Iterable[MetadataInclude | str] | str | None
    """Sub-resources to return with each result, or ``"all"``."""
    bbox: Sequence[float] | str | None
    """``(xmin, ymin, xmax, ymax)`` in WGS 84 (or the same comma-joined)."""
    poly: str | None
    """A WKT polygon in WGS 84."""
    georel: GeoRelation | str | None
    """Relation to ``bbox``/``poly``: contains, disjoint, equals, intersects (default), overlaps, within."""
    order_by: SearchOrderBy | str | None
    """_created, _modified, created, modified, title, relevance; none sent by default: the API's order."""
    order_dir: SortDirection | str | None
    """desc (the API's default) or asc."""
    page_size: int
    """Results per page, 0..100 (default 20; the lazy iterator's default is 100)."""
    offset: int
    """Index of the first result."""
    augment: bool
    """Add ``share:{id}`` → share name to ``tags`` and ``_shares`` to ``query`` (facts §6.5)."""
    check: bool
    """Check ``query`` and ``georel`` before sending (default True; see :mod:`isogeo.search_query`)."""
    expected_total: int | None
    """A total already known: whole results then fetch every page at once."""
    tags_as_dicts: bool
    """Also group ``tags`` and ``query`` by category (:func:`isogeo.tags.tags_to_dict`)."""
    tags_duplicates: DuplicatePolicy
    """How ``tags_as_dicts`` handles two entities with the same label: rename (default), merge, ignore."""
    whole_results: bool
    """Every result, not one page (pages of 100 fetched ``concurrency`` at a time)."""
    concurrency: int
    """Pages fetched at once for whole results (default 5)."""
    lang: Lang | str | None
    """Label language of this search (fr, en, es, pt); default: the client's."""
    progress: PageProgress | None
    """``progress(results_received, total)`` after each page received (whole results: a progress bar)."""


ACCEPTED_OPTIONS: tuple[str, ...] = tuple(SearchOptions.__annotations__)


@define
class SearchResults(MetadataSearch):
    """What :meth:`isogeo.Isogeo.search` returns: a :class:`~isogeo_api.models.MetadataSearch`
    (one page, or every result), plus the label dictionaries of ``tags_as_dicts=True``.

    Unknown fields of the API's answer stay in ``additional_properties``.
    """

    tags_as_dicts: dict[str, dict[str, str]] | None = None
    """``{category: {label: tag key}}`` (``tags_as_dicts=True``): ``{"formats": {"SHP": "format:shp"}}``."""
    query_as_dicts: dict[str, Any] | None = None
    """``{"_tags": {category: {label: tag}}, "_shares": [...], "_terms": [...]}`` (``tags_as_dicts=True``)."""


@dataclass(frozen=True)
class SearchRequest:
    """A checked search: the generated endpoint's arguments and how to page and finish it."""

    params: dict[str, Any]
    """Keyword arguments of ``search_metadata`` / ``search_workgroup_metadata`` (no limit/offset)."""
    group: str | None = None
    share: str | None = None
    page_size: int = DEFAULT_PAGE_SIZE
    offset: int = 0
    whole_results: bool = False
    concurrency: int = DEFAULT_CONCURRENCY
    expected_total: int | None = None
    augment: bool = False
    tags_as_dicts: bool = False
    tags_duplicates: DuplicatePolicy = "rename"
    progress: PageProgress | None = None

    def page_arguments(self, offset: int, limit: int) -> dict[str, Any]:
        """The endpoint's keyword arguments for one page."""
        return {**self.params, "sys_offset": offset, "sys_limit": limit}


def flag_option(options: Mapping[str, Any], name: str, default: bool) -> bool:
    value = options.get(name, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):  # the SDK's documentation writes whole_results=1
        return bool(value)
    raise InvalidInputError(name, value, "True or False")


def _identifier(options: Mapping[str, Any], name: str) -> str | None:
    value = options.get(name)
    return None if value is None else normalize_identifier(value, name)


def _ids(value: object) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Iterable):
        raise InvalidInputError("specific_md", value, "metadata ids: a list, a tuple or one id as a str")
    ids = [normalize_identifier(item, f"specific_md[{index}]") for index, item in enumerate(items)]
    return ids or None


def _bbox(value: object) -> list[float] | None:
    if value is None:
        return None
    raw = value.split(",") if isinstance(value, str) else value
    expected = "(xmin, ymin, xmax, ymax) in WGS 84, as 4 numbers or one comma-joined str"
    if not isinstance(raw, Sequence) or len(raw) != 4:
        raise InvalidInputError("bbox", value, expected)
    try:
        xmin, ymin, xmax, ymax = (float(v) for v in raw)
    except (TypeError, ValueError):
        raise InvalidInputError("bbox", value, expected, reason="not numbers") from None
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
        raise InvalidInputError("bbox", value, expected, reason="not finite numbers")
    if not (-180 <= xmin <= xmax <= 180 and -90 <= ymin <= ymax <= 90):
        raise InvalidInputError(
            "bbox",
            value,
            expected,
            reason="needs -180 <= xmin <= xmax <= 180 and -90 <= ymin <= ymax <= 90 (longitude first)",
        )
    return [xmin, ymin, xmax, ymax]


def _poly(value: object, check: bool) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError("poly", value, "a WKT POLYGON or MULTIPOLYGON in WGS 84")
    if check and not value.lstrip().upper().startswith(("POLYGON", "MULTIPOLYGON")):
        raise InvalidInputError(
            "poly", value, "a WKT POLYGON or MULTIPOLYGON in WGS 84", reason="not a WKT polygon"
        )
    return value


def _georel(value: object, has_geometry: bool, check: bool) -> GeoRelation | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() == "equal":
        warnings.warn(
            "georel='equal' is the SDK's spelling; the API documents 'equals' (sent instead)",
            DeprecationWarning,
            stacklevel=5,
        )
        value = GeoRelation.EQUALS
    relation = coerce_enum(value, GeoRelation, "georel")
    if check and not has_geometry:
        raise InvalidInputError(
            "georel", value, "bbox= or poly= as well", reason="a relation needs a geometry"
        )
    return relation


def _tags_duplicates(value: object) -> DuplicatePolicy:
    if value == "rename" or value == "merge" or value == "ignore":  # narrows to the Literal for mypy
        return value
    raise InvalidInputError("tags_duplicates", value, _DUPLICATE_POLICIES)


def build_search_request(
    options: Mapping[str, Any], *, default_page_size: int = DEFAULT_PAGE_SIZE
) -> SearchRequest:
    """Check the SDK's ``search`` arguments and turn them into a :class:`SearchRequest`.

    Every refusal is an :class:`~isogeo.errors.InvalidInputError` naming the argument, the value
    and what is accepted, raised before any request.

    >>> request = build_search_request({"query": "type:service", "include": ["links"], "page_size": 5})
    >>> request.params["q"], request.params["sys_include"], request.page_size
    ('type:service', [<MetadataInclude.LINKS: 'links'>], 5)
    >>> build_search_request({"query": "type:vectorDataset"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: query='type:vectorDataset' is not accepted (unknown 'type' value; ...
    """
    unknown = sorted(set(options) - set(ACCEPTED_OPTIONS))
    if unknown:
        raise InvalidInputError(
            unknown[0], options[unknown[0]], ACCEPTED_OPTIONS, reason="not a search option"
        )
    check = flag_option(options, "check", True)
    query = options.get("query") or ""
    if not isinstance(query, str):
        raise InvalidInputError("query", query, "a str of terms and filters")
    if check:
        check_query(query)
    bbox = _bbox(options.get("bbox"))
    poly = _poly(options.get("poly"), check)
    georel = _georel(options.get("georel"), bbox is not None or poly is not None, check)
    params: dict[str, Any] = {}
    if query:
        params["q"] = query
    share = _identifier(options, "share")
    if share is not None:
        params["s"] = share
    ids = _ids(options.get("specific_md"))
    if ids is not None:
        params["sys_id"] = ids
    includes = search_includes(options.get("include"))
    if includes:
        params["sys_include"] = includes
    if bbox is not None:
        params["box"] = bbox
    if poly is not None:
        params["geo"] = poly
    if georel is not None:
        params["rel"] = georel
    if options.get("order_by") is not None:
        params["ob"] = coerce_enum(options["order_by"], SearchOrderBy, "order_by")
    if options.get("order_dir") is not None:
        params["od"] = coerce_enum(options["order_dir"], SortDirection, "order_dir")
    if options.get("lang") is not None:
        params["sys_lang"] = coerce_enum(options["lang"], Lang, "lang")
    page_size = check_page_size(options.get("page_size", default_page_size), minimum=0)
    return SearchRequest(
        params=params,
        group=_identifier(options, "group"),
        share=share,
        page_size=page_size,
        offset=check_offset(options.get("offset", 0)),
        whole_results=flag_option(options, "whole_results", False),
        concurrency=check_concurrency(options.get("concurrency", DEFAULT_CONCURRENCY)),
        expected_total=check_expected_total(options.get("expected_total")),
        augment=flag_option(options, "augment", False),
        tags_as_dicts=flag_option(options, "tags_as_dicts", False),
        tags_duplicates=_tags_duplicates(options.get("tags_duplicates", "rename")),
        progress=check_progress(options.get("progress")),
    )


def _tags_of(page: MetadataSearch) -> dict[str, str | None]:
    return dict(page.tags.additional_properties) if isinstance(page.tags, Tags) else {}


def _results_from(page: MetadataSearch, **changes: Any) -> SearchResults:
    values: dict[str, Any] = {
        "limit": page.limit,
        "offset": page.offset,
        "results": page.results,
        "total": page.total,
        "envelope": page.envelope,
        "query": page.query,
        "tags": page.tags,
        **changes,
    }
    results = SearchResults(**values)
    results.additional_properties = dict(page.additional_properties)
    return results


def merge_pages(pages: Sequence[MetadataSearch]) -> SearchResults:
    """Whole results from pages in offset order: results concatenated, ``tags`` merged, ``query``,
    ``envelope`` and unknown fields from the first page, ``limit`` = the number of results,
    ``offset`` = the first page's (facts §6.4).

    >>> def page(offset, md_id, tag):
    ...     return MetadataSearch.from_dict({"limit": 1, "offset": offset, "total": 2, "tags": {tag: "label"},
    ...                                      "results": [{"_id": md_id}]})
    >>> first = page(0, "0269803d50c446b09f5060ef7fe3e22b", "type:service")
    >>> second = page(1, "1369803d50c446b09f5060ef7fe3e22c", "format:shp")
    >>> whole = merge_pages([first, second])
    >>> whole.limit, whole.offset, whole.total, len(whole.results), sorted(whole.tags.additional_properties)
    (2, 0, 2, 2, ['format:shp', 'type:service'])
    """
    if not pages:
        raise InvalidInputError("pages", pages, "at least one page")
    first = pages[0]
    results = [item for page in pages for item in page.results]
    tags: dict[str, str | None] = {}
    for page in pages:
        tags.update(_tags_of(page))
    merged_tags = Tags()
    merged_tags.additional_properties = tags
    return _results_from(
        first,
        results=results,
        limit=len(results),
        tags=merged_tags if isinstance(first.tags, Tags) or tags else first.tags,
    )


def as_results(page: MetadataSearch) -> SearchResults:
    """One page as :class:`SearchResults` (same objects, no copy of the results)."""
    return page if isinstance(page, SearchResults) else _results_from(page)


def share_tags(shares: Iterable[Share]) -> dict[str, str]:
    """``{"share:{id}": name}`` for ``augment`` (facts §6.5).

    >>> share_tags([Share.from_dict({"_id": "1e2f3a4b5c6d47e8f9a0b1c2d3e4f5a6", "name": "Portail"})])
    {'share:1e2f3a4b5c6d47e8f9a0b1c2d3e4f5a6': 'Portail'}
    """
    return {
        f"share:{share.sys_id}": (share.name if isinstance(share.name, str) else share.sys_id)
        for share in shares
    }


def finish(
    results: SearchResults, request: SearchRequest, shares: Mapping[str, str] | None = None
) -> SearchResults:
    """Apply ``augment`` (with the caller's ``shares`` from :func:`share_tags`) and ``tags_as_dicts``.

    >>> page = as_results(MetadataSearch.from_dict({"limit": 0, "offset": 0, "total": 3, "results": [],
    ...                                             "tags": {"format:shp": "ESRI Shapefile"}}))
    >>> request = build_search_request({"augment": True, "tags_as_dicts": True})
    >>> done = finish(page, request, {"share:1e2f3a4b5c6d47e8f9a0b1c2d3e4f5a6": "Portail"})
    >>> done.tags_as_dicts["shares"], done.tags_as_dicts["formats"], done.query_as_dicts["_shares"]
    ({'Portail': 'share:1e2f3a4b5c6d47e8f9a0b1c2d3e4f5a6'}, {'ESRI Shapefile': 'format:shp'}, [])
    """
    if request.augment:
        tags = results.tags if isinstance(results.tags, Tags) else Tags()
        tags.additional_properties.update(shares or {})
        results.tags = tags
        query = results.query if isinstance(results.query, SearchQuery) else SearchQuery()
        query.additional_properties["_shares"] = [request.share] if request.share else []
        results.query = query
    if request.tags_as_dicts:
        query_arg: Any = None if isinstance(results.query, Unset) else results.query
        tags_arg: Any = None if isinstance(results.tags, Unset) else results.tags
        results.tags_as_dicts, results.query_as_dicts = tags_to_dict(
            tags_arg, query_arg, duplicated=request.tags_duplicates
        )
    return results
