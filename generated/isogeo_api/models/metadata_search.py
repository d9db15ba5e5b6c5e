from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataSearch", None, "an object", d)
        get = d.get
        limit_json = get("limit", UNSET)
        limit: int
        if limit_json is UNSET:
            raise DecodeError("MetadataSearch", "limit", "an integer (required)", UNSET)
        else:
            if not (isinstance(limit_json, int) and not isinstance(limit_json, bool)):
                raise DecodeError("MetadataSearch", "limit", "an integer", limit_json)
            limit = limit_json

        offset_json = get("offset", UNSET)
        offset: int
        if offset_json is UNSET:
            raise DecodeError("MetadataSearch", "offset", "an integer (required)", UNSET)
        else:
            if not (isinstance(offset_json, int) and not isinstance(offset_json, bool)):
                raise DecodeError("MetadataSearch", "offset", "an integer", offset_json)
            offset = offset_json

        results_json = get("results", UNSET)
        results: list[Metadata]
        if results_json is UNSET:
            raise DecodeError("MetadataSearch", "results", "an array (required)", UNSET)
        else:
            if not isinstance(results_json, list):
                raise DecodeError("MetadataSearch", "results", "an array", results_json)
            results = []
            for results_item in results_json:
                results_value: Metadata
                if not isinstance(results_item, dict):
                    raise DecodeError("MetadataSearch", "results", "an object (Metadata)", results_item)
                results_value = Metadata.from_dict(results_item)

                results.append(results_value)

        total_json = get("total", UNSET)
        total: int
        if total_json is UNSET:
            raise DecodeError("MetadataSearch", "total", "an integer (required)", UNSET)
        else:
            if not (isinstance(total_json, int) and not isinstance(total_json, bool)):
                raise DecodeError("MetadataSearch", "total", "an integer", total_json)
            total = total_json

        envelope_json = get("envelope", UNSET)
        envelope: GeoJsonGeometry | None | Unset
        if envelope_json is UNSET:
            envelope = UNSET
        else:
            if isinstance(envelope_json, dict):
                envelope_1: GeoJsonGeometry
                if not isinstance(envelope_json, dict):
                    raise DecodeError(
                        "MetadataSearch", "envelope", "an object (GeoJsonGeometry)", envelope_json
                    )
                envelope_1 = GeoJsonGeometry.from_dict(envelope_json)

                envelope = envelope_1
            elif envelope_json is None:
                envelope = None
            else:
                raise DecodeError(
                    "MetadataSearch", "envelope", "an object (GeoJsonGeometry) or null", envelope_json
                )

        query_json = get("query", UNSET)
        query: SearchQuery | Unset
        if query_json is UNSET:
            query = UNSET
        else:
            if not isinstance(query_json, dict):
                raise DecodeError("MetadataSearch", "query", "an object (SearchQuery)", query_json)
            query = SearchQuery.from_dict(query_json)

        tags_json = get("tags", UNSET)
        tags: Tags | Unset
        if tags_json is UNSET:
            tags = UNSET
        else:
            if not isinstance(tags_json, dict):
                raise DecodeError("MetadataSearch", "tags", "an object (Tags)", tags_json)
            tags = Tags.from_dict(tags_json)

        metadata_search = cls(
            limit=limit,
            offset=offset,
            results=results,
            total=total,
            envelope=envelope,
            query=query,
            tags=tags,
        )
        metadata_search.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return metadata_search

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


from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.search_query import SearchQuery  # noqa: E402
from ..models.tags import Tags  # noqa: E402
