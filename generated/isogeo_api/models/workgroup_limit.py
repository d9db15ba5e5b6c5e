from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="WorkgroupLimit")

_FIELDS = frozenset(
    {
        "current",
        "max",
    }
)


@_attrs_define
class WorkgroupLimit:
    """Current use and maximum of a quota; `max = -1` means unlimited.

    Example:
        {'current': 152, 'max': -1}

    """

    current: int | Unset = UNSET
    max_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupLimit", None, "an object", d)
        get = d.get
        current_json = get("current", UNSET)
        current: int | Unset
        if current_json is UNSET:
            current = UNSET
        else:
            if not (isinstance(current_json, int) and not isinstance(current_json, bool)):
                raise DecodeError("WorkgroupLimit", "current", "an integer", current_json)
            current = current_json

        max__json = get("max", UNSET)
        max_: int | Unset
        if max__json is UNSET:
            max_ = UNSET
        else:
            if not (isinstance(max__json, int) and not isinstance(max__json, bool)):
                raise DecodeError("WorkgroupLimit", "max", "an integer", max__json)
            max_ = max__json

        workgroup_limit = cls(
            current=current,
            max_=max_,
        )
        workgroup_limit.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return workgroup_limit

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
