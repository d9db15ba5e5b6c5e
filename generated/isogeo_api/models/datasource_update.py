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

T = TypeVar("T", bound="DatasourceUpdate")

_FIELDS = frozenset(
    {
        "enabled",
        "location",
        "name",
    }
)


@_attrs_define
class DatasourceUpdate:
    """Body of `updateWorkgroupDatasource`. The body may be the datasource as read; the API ignores server-managed fields.

    Example:
        {'enabled': False, 'location': 'https://www.geo-ide.example.gouv.fr/csw/service', 'name': 'Catalogue régional
            CSW (suspendu)'}

    """

    enabled: bool | Unset = UNSET
    location: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        location = self.location

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("DatasourceUpdate", None, "an object", d)
        get = d.get
        enabled = get("enabled", UNSET)
        if enabled is not UNSET and enabled is not True and enabled is not False:
            raise DecodeError("DatasourceUpdate", "enabled", "a boolean", enabled)

        location = get("location", UNSET)
        if location is not UNSET and location.__class__ is not str and not isinstance(location, str):
            raise DecodeError("DatasourceUpdate", "location", "a string", location)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("DatasourceUpdate", "name", "a string", name)

        if cls is DatasourceUpdate:
            _model = object.__new__(cls)
            _model.enabled = enabled
            _model.location = location
            _model.name = name
        else:
            _model = cls(
                enabled=enabled,
                location=location,
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
