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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("LicenseWrite", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "LicenseWrite", "name", "a string (required)" if name is UNSET else "a string", name
            )

        link = get("link", UNSET)
        if link is not UNSET and link.__class__ is not str and not isinstance(link, str):
            raise DecodeError("LicenseWrite", "link", "a string", link)

        content = get("content", UNSET)
        if content is not UNSET and content.__class__ is not str and not isinstance(content, str):
            raise DecodeError("LicenseWrite", "content", "a string", content)

        if cls is LicenseWrite:
            _model = object.__new__(cls)
            _model.name = name
            _model.link = link
            _model.content = content
        else:
            _model = cls(
                name=name,
                link=link,
                content=content,
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
