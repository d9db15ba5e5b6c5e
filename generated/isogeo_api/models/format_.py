from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="Format")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "aliases",
        "code",
        "name",
        "type",
        "versions",
    }
)


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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Format", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Format", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Format", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("Format", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        aliases_json = get("aliases", UNSET)
        aliases: list[str] | Unset
        if aliases_json is UNSET:
            aliases = UNSET
        else:
            if not isinstance(aliases_json, list):
                raise DecodeError("Format", "aliases", "an array", aliases_json)
            for aliases_item in aliases_json:
                if not (isinstance(aliases_item, str)):
                    raise DecodeError("Format", "aliases", "an array of a string", aliases_item)
            aliases = aliases_json

        code_json = get("code", UNSET)
        code: str | Unset
        if code_json is UNSET:
            code = UNSET
        else:
            if not (isinstance(code_json, str)):
                raise DecodeError("Format", "code", "a string", code_json)
            code = code_json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("Format", "name", "a string", name_json)
            name = name_json

        type__json = get("type", UNSET)
        type_: str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if not (isinstance(type__json, str)):
                raise DecodeError("Format", "type", "a string", type__json)
            type_ = type__json

        versions_json = get("versions", UNSET)
        versions: list[None | str] | Unset
        if versions_json is UNSET:
            versions = UNSET
        else:
            if not isinstance(versions_json, list):
                raise DecodeError("Format", "versions", "an array", versions_json)
            versions = []
            for versions_item in versions_json:
                versions_value: None | str
                if isinstance(versions_item, str):
                    versions_value_text: None | str = versions_item
                    versions_value = versions_value_text
                elif versions_item is None:
                    versions_value = None
                else:
                    raise DecodeError("Format", "versions", "a string or null", versions_item)

                versions.append(versions_value)

        format_ = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            aliases=aliases,
            code=code,
            name=name,
            type_=type_,
            versions=versions,
        )
        format_.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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
