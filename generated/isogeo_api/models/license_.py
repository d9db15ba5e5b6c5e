from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """A license, Isogeo-owned (`license:isogeo:{id}`) or workgroup-owned.

    Example:
        {'_id': '63f121e14eda4f47b748595e0bcccc31', '_tag': 'license:isogeo:63f121e14eda4f47b748595e0bcccc31', 'name':
            'Licence Ouverte Version 2.0', 'link': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence', 'content':
            'Réutilisation libre, sous réserve de mentionner la source.'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    content: None | str | Unset = UNSET
    """ Markdown text. """
    count: int | Unset = UNSET
    link: None | str | Unset = UNSET
    name: str | Unset = UNSET
    owner: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        count = self.count

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if content is not UNSET:
            field_dict["content"] = content
        if count is not UNSET:
            field_dict["count"] = count
        if link is not UNSET:
            field_dict["link"] = link
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        count = d.pop("count", UNSET)

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        name = d.pop("name", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: Workgroup | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Workgroup.from_dict(_owner)

        license_ = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_abilities=sys_abilities,
            content=content,
            count=count,
            link=link,
            name=name,
            owner=owner,
        )

        license_.additional_properties = d
        return license_

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
