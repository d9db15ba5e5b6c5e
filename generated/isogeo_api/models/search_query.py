from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="SearchQuery")

_FIELDS = frozenset(
    {
        "_tags",
        "_terms",
    }
)


@_attrs_define
class SearchQuery:
    """The parsed `q`; `_shares` is added by clients that "augment" results with share tags.

    Example:
        {'_tags': ['type:vector-dataset'], '_terms': ['communes']}

    """

    sys_tags: list[str] | Unset = UNSET
    """ Filter tokens recognised in `q`. """
    sys_terms: list[str] | Unset = UNSET
    """ Free-text terms of `q`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_tags: list[str] | Unset = UNSET
        if not isinstance(self.sys_tags, Unset):
            sys_tags = self.sys_tags

        sys_terms: list[str] | Unset = UNSET
        if not isinstance(self.sys_terms, Unset):
            sys_terms = self.sys_terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sys_tags is not UNSET:
            field_dict["_tags"] = sys_tags
        if sys_terms is not UNSET:
            field_dict["_terms"] = sys_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("SearchQuery", None, "an object", d)
        get = d.get
        sys_tags_json = get("_tags", UNSET)
        sys_tags: list[str] | Unset
        if sys_tags_json is UNSET:
            sys_tags = UNSET
        else:
            if not isinstance(sys_tags_json, list):
                raise DecodeError("SearchQuery", "_tags", "an array", sys_tags_json)
            for sys_tags_item in sys_tags_json:
                if not (isinstance(sys_tags_item, str)):
                    raise DecodeError("SearchQuery", "_tags", "an array of a string", sys_tags_item)
            sys_tags = sys_tags_json

        sys_terms_json = get("_terms", UNSET)
        sys_terms: list[str] | Unset
        if sys_terms_json is UNSET:
            sys_terms = UNSET
        else:
            if not isinstance(sys_terms_json, list):
                raise DecodeError("SearchQuery", "_terms", "an array", sys_terms_json)
            for sys_terms_item in sys_terms_json:
                if not (isinstance(sys_terms_item, str)):
                    raise DecodeError("SearchQuery", "_terms", "an array of a string", sys_terms_item)
            sys_terms = sys_terms_json

        search_query = cls(
            sys_tags=sys_tags,
            sys_terms=sys_terms,
        )
        search_query.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return search_query

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
