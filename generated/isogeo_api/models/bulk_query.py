from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkQuery", None, "an object", d)
        get = d.get
        ids_json = get("ids", UNSET)
        ids: list[str]
        if ids_json is UNSET:
            raise DecodeError("BulkQuery", "ids", "an array (required)", UNSET)
        else:
            if not isinstance(ids_json, list):
                raise DecodeError("BulkQuery", "ids", "an array", ids_json)
            for ids_item in ids_json:
                if not (isinstance(ids_item, str)):
                    raise DecodeError("BulkQuery", "ids", "an array of a string", ids_item)
            ids = ids_json

        bulk_query = cls(
            ids=ids,
        )
        bulk_query.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return bulk_query

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
