from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    decode_failed,
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.geo_json_geometry import GeoJsonGeometry
    from ..models.metadata import Metadata
    from ..models.search_query import SearchQuery
    from ..models.tags import Tags


T = TypeVar("T", bound="MetadataSearch")

_FIELDS = frozenset(
    {
        "limit",
        "offset",
        "results",
        "total",
        "envelope",
        "query",
        "tags",
    }
)


@_attrs_define
class MetadataSearch:
    """A page of search results with facets over the whole result set.

    Example:
        {'envelope': None, 'limit': 1, 'offset': 0, 'query': {'_tags': ['type:vector-dataset'], '_terms': ['communes']},
            'results': [{'_id': '0269803d50c446b09f5060ef7fe3e22b', 'title': 'Communes de France 2024', 'type':
            'vectorDataset'}], 'tags': {'type:vector-dataset': 'Dataset (vector)'}, 'total': 1}

    """

    limit: int
    offset: int
    results: list[Metadata]
    total: int
    envelope: GeoJsonGeometry | None | Unset = UNSET
    """ Hull of all results; `null` when unbounded (e.g. worldwide) or without geometry. """
    query: SearchQuery | Unset = UNSET
    """ The parsed `q`; `_shares` is added by clients that "augment" results with share tags. """
    tags: Tags | Unset = UNSET
    """ Flat dictionary of tag key → human label in the `_lang` language, or `null` for
    `provider:*` and `conformity:*` keys. Tag keys are prefixed by their kind (`owner:`,
    `keyword:inspire-theme:`, `format:`, `type:`, `action:`, `contact:`, `catalog:`...).
    An object (the API's 2019 OpenAPI file declared an array, which the API does not send).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: PLC0415

        limit = self.limit

        offset = self.offset

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        envelope: dict[str, Any] | None | Unset
        if isinstance(self.envelope, Unset):
            envelope = UNSET
        elif isinstance(self.envelope, GeoJsonGeometry):
            envelope = self.envelope.to_dict()
        else:
            envelope = self.envelope

        query_raw: Any = _peek_query(self)
        query_json: Any
        if query_raw.__class__ is LazyValue:
            query_json = query_raw.value
        else:
            query: dict[str, Any] | Unset = UNSET
            if not isinstance(query_raw, Unset):
                query = query_raw.to_dict()
            query_json = query
        query = query_json

        tags_raw: Any = _peek_tags(self)
        tags_json: Any
        if tags_raw.__class__ is LazyValue:
            tags_json = tags_raw.value
        else:
            tags: dict[str, Any] | Unset = UNSET
            if not isinstance(tags_raw, Unset):
                tags = tags_raw.to_dict()
            tags_json = tags
        tags = tags_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "results": results,
                "total": total,
            }
        )
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if query is not UNSET:
            field_dict["query"] = query
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataSearch", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        limit = get("limit", UNSET)
        if limit.__class__ is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise DecodeError(
                "MetadataSearch", "limit", "an integer (required)" if limit is UNSET else "an integer", limit
            )

        offset = get("offset", UNSET)
        if offset.__class__ is not int and (not isinstance(offset, int) or isinstance(offset, bool)):
            raise DecodeError(
                "MetadataSearch",
                "offset",
                "an integer (required)" if offset is UNSET else "an integer",
                offset,
            )

        results = get("results", UNSET)
        if results is UNSET:
            raise DecodeError("MetadataSearch", "results", "an array (required)", UNSET)
        if results.__class__ is not list and not isinstance(results, list):
            raise DecodeError("MetadataSearch", "results", "an array", results)
        results = [
            Metadata.from_dict(results_item)
            if results_item.__class__ is dict or isinstance(results_item, dict)
            else decode_failed("MetadataSearch", "results", "an object (Metadata)", results_item)
            for results_item in results
        ]

        total = get("total", UNSET)
        if total.__class__ is not int and (not isinstance(total, int) or isinstance(total, bool)):
            raise DecodeError(
                "MetadataSearch", "total", "an integer (required)" if total is UNSET else "an integer", total
            )

        envelope = get("envelope", UNSET)
        if envelope is not UNSET:
            if envelope.__class__ is dict or isinstance(envelope, dict):
                envelope = GeoJsonGeometry.from_dict(envelope)
            elif envelope is None:
                envelope = None
            else:
                raise DecodeError(
                    "MetadataSearch", "envelope", "an object (GeoJsonGeometry) or null", envelope
                )

        query = get("query", UNSET)
        if query is not UNSET:
            if query.__class__ is not dict and not isinstance(query, dict):
                raise DecodeError("MetadataSearch", "query", "an object (SearchQuery)", query)
            query = _decode_query(query) if _context is EAGER else LazyValue(query, _context)

        tags = get("tags", UNSET)
        if tags is not UNSET:
            if tags.__class__ is not dict and not isinstance(tags, dict):
                raise DecodeError("MetadataSearch", "tags", "an object (Tags)", tags)
            tags = _decode_tags(tags) if _context is EAGER else LazyValue(tags, _context)

        if cls is MetadataSearch:
            _model = object.__new__(cls)
            _model.limit = limit
            _model.offset = offset
            _model.results = results
            _model.total = total
            _model.envelope = envelope
            _store_query(_model, query)
            _store_tags(_model, tags)
        else:
            _model = cls(
                limit=limit,
                offset=offset,
                results=results,
                total=total,
                envelope=envelope,
                query=query,
                tags=tags,
            )
        _model.additional_properties = (
            {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}
        )
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_query(value: Any) -> SearchQuery:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("MetadataSearch", "query", "an object (SearchQuery)", value)
    decoded = SearchQuery.from_dict(value)

    return decoded


def _decode_tags(value: Any) -> Tags:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("MetadataSearch", "tags", "an object (Tags)", value)
    decoded = Tags.from_dict(value)

    return decoded


_peek_query: Any = MetadataSearch.__dict__["query"].__get__
_store_query: Any = MetadataSearch.__dict__["query"].__set__
_peek_tags: Any = MetadataSearch.__dict__["tags"].__get__
_store_tags: Any = MetadataSearch.__dict__["tags"].__set__
lazy_fields(
    MetadataSearch,
    {
        "query": _decode_query,
        "tags": _decode_tags,
    },
)


if not TYPE_CHECKING:
    GeoJsonGeometry = LazyModel(globals(), "GeoJsonGeometry", "..models.geo_json_geometry")
    Metadata = LazyModel(globals(), "Metadata", "..models.metadata")
    SearchQuery = LazyModel(globals(), "SearchQuery", "..models.search_query")
    Tags = LazyModel(globals(), "Tags", "..models.tags")
