from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("FormatSummary", None, "an object", d)
        get = d.get
        aliases_json = get("aliases", UNSET)
        aliases: list[str] | Unset
        if aliases_json is UNSET:
            aliases = UNSET
        else:
            if not isinstance(aliases_json, list):
                raise DecodeError("FormatSummary", "aliases", "an array", aliases_json)
            for aliases_item in aliases_json:
                if not (isinstance(aliases_item, str)):
                    raise DecodeError("FormatSummary", "aliases", "an array of a string", aliases_item)
            aliases = aliases_json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("FormatSummary", "name", "a string", name_json)
            name = name_json

        versions_json = get("versions", UNSET)
        versions: list[None | str] | Unset
        if versions_json is UNSET:
            versions = UNSET
        else:
            if not isinstance(versions_json, list):
                raise DecodeError("FormatSummary", "versions", "an array", versions_json)
            versions = []
            for versions_item in versions_json:
                versions_value: None | str
                if isinstance(versions_item, str):
                    versions_value_text: None | str = versions_item
                    versions_value = versions_value_text
                elif versions_item is None:
                    versions_value = None
                else:
                    raise DecodeError("FormatSummary", "versions", "a string or null", versions_item)

                versions.append(versions_value)

        format_summary = cls(
            aliases=aliases,
            name=name,
            versions=versions,
        )
        format_summary.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return format_summary

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
