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

T = TypeVar("T", bound="ServiceLayerTargetDataset")

_FIELDS = frozenset(
    {
        "format",
        "name",
    }
)


@_attrs_define
class ServiceLayerTargetDataset:
    """The dataset a new layer publishes (write-only).

    Example:
        {'name': 'COMMUNE.shp', 'format': 'shp'}

    """

    format_: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerTargetDataset", None, "an object", d)
        get = d.get
        format_ = get("format", UNSET)
        if format_ is not UNSET and format_.__class__ is not str and not isinstance(format_, str):
            raise DecodeError("ServiceLayerTargetDataset", "format", "a string", format_)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("ServiceLayerTargetDataset", "name", "a string", name)

        if cls is ServiceLayerTargetDataset:
            _model = object.__new__(cls)
            _model.format_ = format_
            _model.name = name
        else:
            _model = cls(
                format_=format_,
                name=name,
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
