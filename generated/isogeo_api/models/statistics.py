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

T = TypeVar("T", bound="Statistics")

_FIELDS = frozenset(
    {
        "resources",
    }
)


@_attrs_define
class Statistics:
    """Dashboard figures of a workgroup (`getWorkgroupStatistics`) or a catalog
    (`getCatalogStatistics`). The shape is not documented; this open object documents the
    figures seen on the dashboard and keeps whatever the server sends.

        Example:
            {'resources': 2064, 'catalogs': 12, 'contacts': 87, 'keywords': 412}

    """

    resources: int | Unset = UNSET
    """ Number of metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Statistics", None, "an object", d)
        get = d.get
        resources = get("resources", UNSET)
        if (
            resources is not UNSET
            and resources.__class__ is not int
            and (not isinstance(resources, int) or isinstance(resources, bool))
        ):
            raise DecodeError("Statistics", "resources", "an integer", resources)

        if cls is Statistics:
            _model = object.__new__(cls)
            _model.resources = resources
        else:
            _model = cls(
                resources=resources,
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
