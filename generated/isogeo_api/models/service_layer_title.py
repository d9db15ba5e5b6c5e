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

T = TypeVar("T", bound="ServiceLayerTitle")

_FIELDS = frozenset(
    {
        "lang",
        "value",
    }
)


@_attrs_define
class ServiceLayerTitle:
    """
    Example:
        {'lang': 'fr', 'value': 'Départements 2014'}

    """

    lang: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lang = self.lang

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lang is not UNSET:
            field_dict["lang"] = lang
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerTitle", None, "an object", d)
        get = d.get
        lang = get("lang", UNSET)
        if lang is not UNSET and lang.__class__ is not str and not isinstance(lang, str):
            raise DecodeError("ServiceLayerTitle", "lang", "a string", lang)

        value = get("value", UNSET)
        if value is not UNSET and value.__class__ is not str and not isinstance(value, str):
            raise DecodeError("ServiceLayerTitle", "value", "a string", value)

        if cls is ServiceLayerTitle:
            _model = object.__new__(cls)
            _model.lang = lang
            _model.value = value
        else:
            _model = cls(
                lang=lang,
                value=value,
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
