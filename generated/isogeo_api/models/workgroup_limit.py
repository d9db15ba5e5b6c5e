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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupLimit", None, "an object", d)
        get = d.get
        current = get("current", UNSET)
        if (
            current is not UNSET
            and current.__class__ is not int
            and (not isinstance(current, int) or isinstance(current, bool))
        ):
            raise DecodeError("WorkgroupLimit", "current", "an integer", current)

        max_ = get("max", UNSET)
        if (
            max_ is not UNSET
            and max_.__class__ is not int
            and (not isinstance(max_, int) or isinstance(max_, bool))
        ):
            raise DecodeError("WorkgroupLimit", "max", "an integer", max_)

        if cls is WorkgroupLimit:
            _model = object.__new__(cls)
            _model.current = current
            _model.max_ = max_
        else:
            _model = cls(
                current=current,
                max_=max_,
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
