from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("DatasourceUpdate", None, "an object", d)
        get = d.get
        enabled_json = get("enabled", UNSET)
        enabled: bool | Unset
        if enabled_json is UNSET:
            enabled = UNSET
        else:
            if not (isinstance(enabled_json, bool)):
                raise DecodeError("DatasourceUpdate", "enabled", "a boolean", enabled_json)
            enabled = enabled_json

        location_json = get("location", UNSET)
        location: str | Unset
        if location_json is UNSET:
            location = UNSET
        else:
            if not (isinstance(location_json, str)):
                raise DecodeError("DatasourceUpdate", "location", "a string", location_json)
            location = location_json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("DatasourceUpdate", "name", "a string", name_json)
            name = name_json

        datasource_update = cls(
            enabled=enabled,
            location=location,
            name=name,
        )
        datasource_update.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return datasource_update

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
