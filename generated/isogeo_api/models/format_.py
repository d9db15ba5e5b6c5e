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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Format", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Format", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Format", "_tag", "a string", sys_tag)

        aliases = get("aliases", UNSET)
        if aliases is not UNSET:
            if aliases.__class__ is not list and not isinstance(aliases, list):
                raise DecodeError("Format", "aliases", "an array", aliases)
            for aliases_item in aliases:
                if aliases_item.__class__ is not str and not isinstance(aliases_item, str):
                    raise DecodeError("Format", "aliases", "an array of a string", aliases_item)

        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and not isinstance(code, str):
            raise DecodeError("Format", "code", "a string", code)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Format", "name", "a string", name)

        type_ = get("type", UNSET)
        if type_ is not UNSET and type_.__class__ is not str and not isinstance(type_, str):
            raise DecodeError("Format", "type", "a string", type_)

        versions = get("versions", UNSET)
        if versions is not UNSET:
            if versions.__class__ is not list and not isinstance(versions, list):
                raise DecodeError("Format", "versions", "an array", versions)
            for versions_item in versions:
                if (
                    versions_item.__class__ is not str
                    and versions_item is not None
                    and not isinstance(versions_item, str)
                ):
                    raise DecodeError("Format", "versions", "an array of a string or null", versions_item)

        if cls is Format:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.aliases = aliases
            _model.code = code
            _model.name = name
            _model.type_ = type_
            _model.versions = versions
        else:
            _model = cls(
                sys_id=sys_id,
                sys_tag=sys_tag,
                aliases=aliases,
                code=code,
                name=name,
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
