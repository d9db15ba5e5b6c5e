from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("SearchQuery", None, "an object", d)
        get = d.get
        sys_tags = get("_tags", UNSET)
        if sys_tags is not UNSET:
            if sys_tags.__class__ is not list and not isinstance(sys_tags, list):
                raise DecodeError("SearchQuery", "_tags", "an array", sys_tags)
            for sys_tags_item in sys_tags:
                if sys_tags_item.__class__ is not str and not isinstance(sys_tags_item, str):
                    raise DecodeError("SearchQuery", "_tags", "an array of a string", sys_tags_item)

        sys_terms = get("_terms", UNSET)
        if sys_terms is not UNSET:
            if sys_terms.__class__ is not list and not isinstance(sys_terms, list):
                raise DecodeError("SearchQuery", "_terms", "an array", sys_terms)
            for sys_terms_item in sys_terms:
                if sys_terms_item.__class__ is not str and not isinstance(sys_terms_item, str):
                    raise DecodeError("SearchQuery", "_terms", "an array of a string", sys_terms_item)

        if cls is SearchQuery:
            _model = object.__new__(cls)
            _model.sys_tags = sys_tags
            _model.sys_terms = sys_terms
        else:
            _model = cls(
                sys_tags=sys_tags,
                sys_terms=sys_terms,
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
