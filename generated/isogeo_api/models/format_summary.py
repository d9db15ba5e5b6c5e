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

T = TypeVar("T", bound="FormatSummary")

_FIELDS = frozenset(
    {
        "aliases",
        "name",
        "versions",
    }
)


@_attrs_define
class FormatSummary:
    """A format for non-geographic data (`searchNoGeoFormats`).

    Example:
        {'aliases': ['xlsx', 'xls'], 'name': 'Microsoft Excel', 'versions': ['2016', None]}

    """

    aliases: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    versions: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        name = self.name

        versions: list[None | str] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item: None | str
                versions_item = versions_item_data
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if name is not UNSET:
            field_dict["name"] = name
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("FormatSummary", None, "an object", d)
        get = d.get
        aliases = get("aliases", UNSET)
        if aliases is not UNSET:
            if aliases.__class__ is not list and not isinstance(aliases, list):
                raise DecodeError("FormatSummary", "aliases", "an array", aliases)
            for aliases_item in aliases:
                if aliases_item.__class__ is not str and not isinstance(aliases_item, str):
                    raise DecodeError("FormatSummary", "aliases", "an array of a string", aliases_item)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("FormatSummary", "name", "a string", name)

        versions = get("versions", UNSET)
        if versions is not UNSET:
            if versions.__class__ is not list and not isinstance(versions, list):
                raise DecodeError("FormatSummary", "versions", "an array", versions)
            for versions_item in versions:
                if (
                    versions_item.__class__ is not str
                    and versions_item is not None
                    and not isinstance(versions_item, str)
                ):
                    raise DecodeError(
                        "FormatSummary", "versions", "an array of a string or null", versions_item
                    )

        if cls is FormatSummary:
            _model = object.__new__(cls)
            _model.aliases = aliases
            _model.name = name
            _model.versions = versions
        else:
            _model = cls(
                aliases=aliases,
                name=name,
                versions=versions,
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
