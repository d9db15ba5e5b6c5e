from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError

if TYPE_CHECKING:
    from ..models.keyword import Keyword


T = TypeVar("T", bound="KeywordSearch")

_FIELDS = frozenset(
    {
        "limit",
        "offset",
        "results",
        "total",
    }
)


@_attrs_define
class KeywordSearch:
    """A page of keywords (`searchThesaurusKeywords`, `searchWorkgroupKeywords`).

    Example:
        {'limit': 20, 'offset': 0, 'results': [{'_id': '9d7ff05bfd4f4f2c9c5c5e6a7a0b1c2d', '_tag': 'keyword:inspire-
            theme:hydrography', 'code': 'hydrography', 'text': 'Hydrographie'}], 'total': 1}

    """

    limit: int
    offset: int
    results: list[Keyword]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("KeywordSearch", None, "an object", d)
        get = d.get
        limit_json = get("limit", UNSET)
        limit: int
        if limit_json is UNSET:
            raise DecodeError("KeywordSearch", "limit", "an integer (required)", UNSET)
        else:
            if not (isinstance(limit_json, int) and not isinstance(limit_json, bool)):
                raise DecodeError("KeywordSearch", "limit", "an integer", limit_json)
            limit = limit_json

        offset_json = get("offset", UNSET)
        offset: int
        if offset_json is UNSET:
            raise DecodeError("KeywordSearch", "offset", "an integer (required)", UNSET)
        else:
            if not (isinstance(offset_json, int) and not isinstance(offset_json, bool)):
                raise DecodeError("KeywordSearch", "offset", "an integer", offset_json)
            offset = offset_json

        results_json = get("results", UNSET)
        results: list[Keyword]
        if results_json is UNSET:
            raise DecodeError("KeywordSearch", "results", "an array (required)", UNSET)
        else:
            if not isinstance(results_json, list):
                raise DecodeError("KeywordSearch", "results", "an array", results_json)
            results = []
            for results_item in results_json:
                results_value: Keyword
                if not isinstance(results_item, dict):
                    raise DecodeError("KeywordSearch", "results", "an object (Keyword)", results_item)
                results_value = Keyword.from_dict(results_item)

                results.append(results_value)

        total_json = get("total", UNSET)
        total: int
        if total_json is UNSET:
            raise DecodeError("KeywordSearch", "total", "an integer (required)", UNSET)
        else:
            if not (isinstance(total_json, int) and not isinstance(total_json, bool)):
                raise DecodeError("KeywordSearch", "total", "an integer", total_json)
            total = total_json

        keyword_search = cls(
            limit=limit,
            offset=offset,
            results=results,
            total=total,
        )
        keyword_search.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return keyword_search

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


from ..models.keyword import Keyword  # noqa: E402
