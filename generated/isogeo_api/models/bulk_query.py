from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
)

T = TypeVar("T", bound="BulkQuery")

_FIELDS = frozenset(
    {
        "ids",
    }
)


@_attrs_define
class BulkQuery:
    """The metadata a bulk request acts on.

    Example:
        {'ids': ['0269803d50c446b09f5060ef7fe3e22b', '1369803d50c446b09f5060ef7fe3e22c']}

    """

    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkQuery", None, "an object", d)
        get = d.get
        ids = get("ids", UNSET)
        if ids is UNSET:
            raise DecodeError("BulkQuery", "ids", "an array (required)", UNSET)
        if ids.__class__ is not list and not isinstance(ids, list):
            raise DecodeError("BulkQuery", "ids", "an array", ids)
        for ids_item in ids:
            if ids_item.__class__ is not str and not isinstance(ids_item, str):
                raise DecodeError("BulkQuery", "ids", "an array of a string", ids_item)

        if cls is BulkQuery:
            _model = object.__new__(cls)
            _model.ids = ids
        else:
            _model = cls(
                ids=ids,
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
