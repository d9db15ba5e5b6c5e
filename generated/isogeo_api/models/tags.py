from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecodeError,
)

T = TypeVar("T", bound="Tags")


@_attrs_define
class Tags:
    """Flat dictionary of tag key → human label in the `_lang` language, or `null` for
    `provider:*` and `conformity:*` keys. Tag keys are prefixed by their kind (`owner:`,
    `keyword:inspire-theme:`, `format:`, `type:`, `action:`, `contact:`, `catalog:`...).
    An object (the API's 2019 OpenAPI file declared an array, which the API does not send).

        Example:
            {'owner:32f7e95ec4e94ca3bc1afda960003882': 'Isogeo Test', 'type:vector-dataset': 'Dataset (vector)',
                'action:download': 'Download', 'keyword:inspire-theme:hydrography': 'Hydrography', 'format:shp': 'ESRI
                Shapefile', 'provider:manual': None}

    """

    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Tags", None, "an object", d)
        get = d.get
        if cls is Tags:
            _model = object.__new__(cls)
        else:
            _model = cls()
        additional_properties: dict[str, None | str] = {}
        for prop_name, prop_json in d.items():
            prop_value: None | str
            if isinstance(prop_json, str):
                prop_value_text: None | str = prop_json
                prop_value = prop_value_text
            elif prop_json is None:
                prop_value = None
            else:
                raise DecodeError("Tags", prop_name, "a string or null", prop_json)

            additional_properties[prop_name] = prop_value
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
