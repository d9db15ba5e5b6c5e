from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Specification")


@_attrs_define
class Specification:
    """A specification (standard). `specification:isogeo:{id}` tags mark platform-owned (locked)
    specifications. `published` has **no** UTC offset.

        Example:
            {'_id': '6f8c1c5de13f4de4b2d3a1d2a3b4c5d6', '_tag': 'specification:isogeo:6f8c1c5de13f4de4b2d3a1d2a3b4c5d6',
                'name': 'INSPIRE - Data Specification on Hydrography', 'link': 'https://inspire.ec.europa.eu/id/document/tg/hy',
                'published': '2014-04-17T00:00:00'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    count: int | Unset = UNSET
    link: None | str | Unset = UNSET
    name: str | Unset = UNSET
    owner: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    published: datetime.datetime | None | str | Unset = UNSET
    """ Publication date, sent **without** a UTC offset (`2014-04-17T00:00:00`, §10-12).
    Decision: declared as a `LocalDateTime` (what the API sends) or an RFC 3339 `date-time`
    (what a client may send back), so that strict validators accept real answers; read a
    missing offset as UTC.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

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

        published: None | str | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        elif isinstance(self.published, datetime.datetime):
            published = self.published.isoformat()
        else:
            published = self.published

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
        if count is not UNSET:
            field_dict["count"] = count
        if link is not UNSET:
            field_dict["link"] = link
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

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

        def _parse_published(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_type_1 = datetime.datetime.fromisoformat(data)

                return published_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        published = _parse_published(d.pop("published", UNSET))

        specification = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_abilities=sys_abilities,
            count=count,
            link=link,
            name=name,
            owner=owner,
            published=published,
        )

        specification.additional_properties = d
        return specification

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
