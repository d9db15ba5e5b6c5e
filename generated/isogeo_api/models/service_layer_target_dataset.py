from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerTargetDataset", None, "an object", d)
        get = d.get
        format__json = get("format", UNSET)
        format_: str | Unset
        if format__json is UNSET:
            format_ = UNSET
        else:
            if not (isinstance(format__json, str)):
                raise DecodeError("ServiceLayerTargetDataset", "format", "a string", format__json)
            format_ = format__json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("ServiceLayerTargetDataset", "name", "a string", name_json)
            name = name_json

        service_layer_target_dataset = cls(
            format_=format_,
            name=name,
        )
        service_layer_target_dataset.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return service_layer_target_dataset

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
