from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="LicenseWrite")

_FIELDS = frozenset(
    {
        "name",
        "link",
        "content",
    }
)


@_attrs_define
class LicenseWrite:
    """Body of `createWorkgroupLicense` and `updateWorkgroupLicense`, both **forms**. Read-only fields sent
    along (the official SDK's update form carries them, and a degraded `owner`) are ignored.

        Example:
            {'name': 'Licence Ouverte Version 2.0', 'link': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
                'content': "Réutilisation libre, sous réserve de mentionner la source de l'information."}

    """

    name: str
    link: str | Unset = UNSET
    content: str | Unset = UNSET
    """ Markdown text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        link = self.link

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if link is not UNSET:
            field_dict["link"] = link
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("LicenseWrite", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("LicenseWrite", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("LicenseWrite", "name", "a string", name_json)
            name = name_json

        link_json = get("link", UNSET)
        link: str | Unset
        if link_json is UNSET:
            link = UNSET
        else:
            if not (isinstance(link_json, str)):
                raise DecodeError("LicenseWrite", "link", "a string", link_json)
            link = link_json

        content_json = get("content", UNSET)
        content: str | Unset
        if content_json is UNSET:
            content = UNSET
        else:
            if not (isinstance(content_json, str)):
                raise DecodeError("LicenseWrite", "content", "a string", content_json)
            content = content_json

        license_write = cls(
            name=name,
            link=link,
            content=content,
        )
        license_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return license_write

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
