from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerTitle", None, "an object", d)
        get = d.get
        lang_json = get("lang", UNSET)
        lang: str | Unset
        if lang_json is UNSET:
            lang = UNSET
        else:
            if not (isinstance(lang_json, str)):
                raise DecodeError("ServiceLayerTitle", "lang", "a string", lang_json)
            lang = lang_json

        value_json = get("value", UNSET)
        value: str | Unset
        if value_json is UNSET:
            value = UNSET
        else:
            if not (isinstance(value_json, str)):
                raise DecodeError("ServiceLayerTitle", "value", "a string", value_json)
            value = value_json

        service_layer_title = cls(
            lang=lang,
            value=value,
        )
        service_layer_title.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return service_layer_title

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
