from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
)

T = TypeVar("T", bound="DatasourceCreate")

_FIELDS = frozenset(
    {
        "location",
        "name",
    }
)


@_attrs_define
class DatasourceCreate:
    """Body of `createWorkgroupDatasource`.

    Example:
        {'location': 'https://www.geo-ide.example.gouv.fr/csw/service', 'name': 'Catalogue régional CSW'}

    """

    location: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("DatasourceCreate", None, "an object", d)
        get = d.get
        location = get("location", UNSET)
        if location.__class__ is not str and not isinstance(location, str):
            raise DecodeError(
                "DatasourceCreate",
                "location",
                "a string (required)" if location is UNSET else "a string",
                location,
            )

        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "DatasourceCreate", "name", "a string (required)" if name is UNSET else "a string", name
            )

        if cls is DatasourceCreate:
            _model = object.__new__(cls)
            _model.location = location
            _model.name = name
        else:
            _model = cls(
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
