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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("FormatWrite", None, "an object", d)
        get = d.get
        code = get("code", UNSET)
        if code.__class__ is not str and not isinstance(code, str):
            raise DecodeError(
                "FormatWrite", "code", "a string (required)" if code is UNSET else "a string", code
            )

        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "FormatWrite", "name", "a string (required)" if name is UNSET else "a string", name
            )

        aliases = get("aliases", UNSET)
        if aliases is not UNSET:
            if isinstance(aliases, list):
                aliases_1: list[str]
                if aliases.__class__ is not list and not isinstance(aliases, list):
                    raise DecodeError("FormatWrite", "aliases", "an array", aliases)
                for aliases_1_item in aliases:
                    if aliases_1_item.__class__ is not str and not isinstance(aliases_1_item, str):
                        raise DecodeError("FormatWrite", "aliases", "an array of a string", aliases_1_item)
                aliases_1 = aliases

                aliases = aliases_1
            elif aliases is None:
                aliases = None
            else:
                raise DecodeError("FormatWrite", "aliases", "an array or null", aliases)

        type_ = get("type", UNSET)
        if (
            type_ is not UNSET
            and type_.__class__ is not str
            and type_ is not None
            and not isinstance(type_, str)
        ):
            raise DecodeError("FormatWrite", "type", "a string or null", type_)

        versions = get("versions", UNSET)
        if versions is not UNSET:
            if isinstance(versions, list):
                versions_1: list[None | str]
                if versions.__class__ is not list and not isinstance(versions, list):
                    raise DecodeError("FormatWrite", "versions", "an array", versions)
                for versions_1_item in versions:
                    if (
                        versions_1_item.__class__ is not str
                        and versions_1_item is not None
                        and not isinstance(versions_1_item, str)
                    ):
                        raise DecodeError(
                            "FormatWrite", "versions", "an array of a string or null", versions_1_item
                        )
                versions_1 = versions

                versions = versions_1
            elif versions is None:
                versions = None
            else:
                raise DecodeError("FormatWrite", "versions", "an array or null", versions)

        if cls is FormatWrite:
            _model = object.__new__(cls)
            _model.code = code
            _model.name = name
            _model.aliases = aliases
            _model.type_ = type_
            _model.versions = versions
        else:
            _model = cls(
                code=code,
                name=name,
                aliases=aliases,
                type_=type_,
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
