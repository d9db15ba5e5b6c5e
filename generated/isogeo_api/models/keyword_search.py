from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.keyword import Keyword


T = TypeVar("T", bound="KeywordSearch")


@_attrs_define
class KeywordSearch:
    """A page of keywords (KWD-2, KWD-3).

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
        from ..models.keyword import Keyword  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Keyword.from_dict(results_item_data)

            results.append(results_item)

        total = d.pop("total")

        keyword_search = cls(
            limit=limit,
            offset=offset,
            results=results,
            total=total,
        )

        keyword_search.additional_properties = d
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
