from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecodeError,
)

T = TypeVar("T", bound="ApiErrorErrors")


@_attrs_define
class ApiErrorErrors:
    """Field-level validation messages of a 400, field name → message."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ApiErrorErrors", None, "an object", d)
        get = d.get
        if cls is ApiErrorErrors:
            _model = object.__new__(cls)
        else:
            _model = cls()
        additional_properties: dict[str, str] = {}
        for prop_name, prop_json in d.items():
            prop_value: str
            if not (isinstance(prop_json, str)):
                raise DecodeError("ApiErrorErrors", prop_name, "a string", prop_json)
            prop_value = prop_json

            additional_properties[prop_name] = prop_value
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
