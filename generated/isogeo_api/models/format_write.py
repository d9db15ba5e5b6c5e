from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormatWrite")


@_attrs_define
class FormatWrite:
    """Body of FMT-3 (create) and FMT-4 (update). Isogeo staff only. A create with an existing
    `code` answers **500**, not 409 (§10-1).

        Example:
            {'code': 'geopackage', 'name': 'OGC GeoPackage', 'aliases': ['gpkg'], 'type': 'dataset', 'versions': ['1.3',
                '1.2']}

    """

    code: str
    name: str
    aliases: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    versions: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        type_ = self.type_

        versions: list[None | str] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item: None | str
                versions_item = versions_item_data
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if type_ is not UNSET:
            field_dict["type"] = type_
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        aliases = cast(list[str], d.pop("aliases", UNSET))

        type_ = d.pop("type", UNSET)

        _versions = d.pop("versions", UNSET)
        versions: list[None | str] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:

                def _parse_versions_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                versions_item = _parse_versions_item(versions_item_data)

                versions.append(versions_item)

        format_write = cls(
            code=code,
            name=name,
            aliases=aliases,
            type_=type_,
            versions=versions,
        )

        format_write.additional_properties = d
        return format_write

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
