from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Format")


@_attrs_define
class Format:
    """A data or service format; `code` is unique and is the path key.

    Example:
        {'_id': '0f1e2d3c4b5a46978867f5e4d3c2b1a0', '_tag': 'format:postgis', 'aliases': ['postgresql', 'pgsql'],
            'code': 'postgis', 'name': 'PostGIS', 'type': 'dataset', 'versions': ['3.4', '3.3', None]}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    """ `format:{code}`. """
    aliases: list[str] | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Kind of data the format carries, e.g. `dataset`, `vectorDataset`, `service`. """
    versions: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        code = self.code

        name = self.name

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
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

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

        format_ = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            aliases=aliases,
            code=code,
            name=name,
            type_=type_,
            versions=versions,
        )

        format_.additional_properties = d
        return format_

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
