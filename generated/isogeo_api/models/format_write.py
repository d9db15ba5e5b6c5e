from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="FormatWrite")

_FIELDS = frozenset(
    {
        "code",
        "name",
        "aliases",
        "type",
        "versions",
    }
)


@_attrs_define
class FormatWrite:
    """Body of `createFormat` and `updateFormat`. Isogeo staff only. A create with an existing
    `code` answers **500**, not 409. `null` means no value (the server default; the official
    SDK sends every key, `null` when unset).

        Example:
            {'code': 'geopackage', 'name': 'OGC GeoPackage', 'aliases': ['gpkg'], 'type': 'dataset', 'versions': ['1.3',
                '1.2']}

    """

    code: str
    name: str
    aliases: list[str] | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    versions: list[None | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        versions: list[None | str] | None | Unset
        if isinstance(self.versions, Unset):
            versions = UNSET
        elif isinstance(self.versions, list):
            versions = []
            for versions_type_0_item_data in self.versions:
                versions_type_0_item: None | str
                versions_type_0_item = versions_type_0_item_data
                versions.append(versions_type_0_item)

        else:
            versions = self.versions

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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("FormatWrite", None, "an object", d)
        get = d.get
        code_json = get("code", UNSET)
        code: str
        if code_json is UNSET:
            raise DecodeError("FormatWrite", "code", "a string (required)", UNSET)
        else:
            if not (isinstance(code_json, str)):
                raise DecodeError("FormatWrite", "code", "a string", code_json)
            code = code_json

        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("FormatWrite", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("FormatWrite", "name", "a string", name_json)
            name = name_json

        aliases_json = get("aliases", UNSET)
        aliases: list[str] | None | Unset
        if aliases_json is UNSET:
            aliases = UNSET
        else:
            if isinstance(aliases_json, list):
                aliases_1: list[str]
                if not isinstance(aliases_json, list):
                    raise DecodeError("FormatWrite", "aliases", "an array", aliases_json)
                for aliases_1_item in aliases_json:
                    if not (isinstance(aliases_1_item, str)):
                        raise DecodeError("FormatWrite", "aliases", "an array of a string", aliases_1_item)
                aliases_1 = aliases_json

                aliases = aliases_1
            elif aliases_json is None:
                aliases = None
            else:
                raise DecodeError("FormatWrite", "aliases", "an array or null", aliases_json)

        type__json = get("type", UNSET)
        type_: None | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: None | str = type__json
                type_ = type__text
            elif type__json is None:
                type_ = None
            else:
                raise DecodeError("FormatWrite", "type", "a string or null", type__json)

        versions_json = get("versions", UNSET)
        versions: list[None | str] | None | Unset
        if versions_json is UNSET:
            versions = UNSET
        else:
            if isinstance(versions_json, list):
                versions_1: list[None | str]
                if not isinstance(versions_json, list):
                    raise DecodeError("FormatWrite", "versions", "an array", versions_json)
                versions_1 = []
                for versions_1_item in versions_json:
                    versions_1_value: None | str
                    if isinstance(versions_1_item, str):
                        versions_1_value_text: None | str = versions_1_item
                        versions_1_value = versions_1_value_text
                    elif versions_1_item is None:
                        versions_1_value = None
                    else:
                        raise DecodeError("FormatWrite", "versions", "a string or null", versions_1_item)

                    versions_1.append(versions_1_value)

                versions = versions_1
            elif versions_json is None:
                versions = None
            else:
                raise DecodeError("FormatWrite", "versions", "an array or null", versions_json)

        format_write = cls(
            code=code,
            name=name,
            aliases=aliases,
            type_=type_,
            versions=versions,
        )
        format_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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
