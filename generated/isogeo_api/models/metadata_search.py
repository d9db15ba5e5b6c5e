from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_json_geometry import GeoJsonGeometry
    from ..models.metadata import Metadata
    from ..models.search_query import SearchQuery
    from ..models.tags import Tags


T = TypeVar("T", bound="MetadataSearch")


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
    Decision (C6): an object, not the array the 2019 OpenAPI file declared.
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
        from ..models.geo_json_geometry import GeoJsonGeometry  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.search_query import SearchQuery  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Metadata.from_dict(results_item_data)

            results.append(results_item)

        total = d.pop("total")

        def _parse_envelope(data: object) -> GeoJsonGeometry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                envelope_type_0 = GeoJsonGeometry.from_dict(data)

                return envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoJsonGeometry | None | Unset, data)

        envelope = _parse_envelope(d.pop("envelope", UNSET))

        _query = d.pop("query", UNSET)
        query: SearchQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = SearchQuery.from_dict(_query)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        metadata_search = cls(
            limit=limit,
            offset=offset,
            results=results,
            total=total,
            envelope=envelope,
            query=query,
            tags=tags,
        )

        metadata_search.additional_properties = d
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
