from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    LazyModel,
    decode_failed,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("KeywordSearch", None, "an object", d)
        get = d.get
        limit = get("limit", UNSET)
        if limit.__class__ is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise DecodeError(
                "KeywordSearch", "limit", "an integer (required)" if limit is UNSET else "an integer", limit
            )

        offset = get("offset", UNSET)
        if offset.__class__ is not int and (not isinstance(offset, int) or isinstance(offset, bool)):
            raise DecodeError(
                "KeywordSearch",
                "offset",
                "an integer (required)" if offset is UNSET else "an integer",
                offset,
            )

        results = get("results", UNSET)
        if results is UNSET:
            raise DecodeError("KeywordSearch", "results", "an array (required)", UNSET)
        if results.__class__ is not list and not isinstance(results, list):
            raise DecodeError("KeywordSearch", "results", "an array", results)
        results = [
            Keyword.from_dict(results_item)
            if results_item.__class__ is dict or isinstance(results_item, dict)
            else decode_failed("KeywordSearch", "results", "an object (Keyword)", results_item)
            for results_item in results
        ]

        total = get("total", UNSET)
        if total.__class__ is not int and (not isinstance(total, int) or isinstance(total, bool)):
            raise DecodeError(
                "KeywordSearch", "total", "an integer (required)" if total is UNSET else "an integer", total
            )

        if cls is KeywordSearch:
            _model = object.__new__(cls)
            _model.limit = limit
            _model.offset = offset
            _model.results = results
            _model.total = total
        else:
            _model = cls(
                limit=limit,
                offset=offset,
                results=results,
                total=total,
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


if not TYPE_CHECKING:
    Keyword = LazyModel(globals(), "Keyword", "..models.keyword")
