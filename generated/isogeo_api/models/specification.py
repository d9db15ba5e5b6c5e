from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Specification")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_abilities",
        "count",
        "link",
        "name",
        "owner",
        "published",
    }
)


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
    """ Publication date, sent **without** a UTC offset (`2014-04-17T00:00:00`): a
    `LocalDateTime` (what the API sends) or an RFC 3339 `date-time` (what a client may send
    back). Read a missing offset as UTC.
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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Specification", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Specification", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Specification", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("Specification", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("Specification", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError(
                        "Specification", "_abilities", "an array of a string", sys_abilities_item
                    )
            sys_abilities = sys_abilities_json

        count_json = get("count", UNSET)
        count: int | Unset
        if count_json is UNSET:
            count = UNSET
        else:
            if not (isinstance(count_json, int) and not isinstance(count_json, bool)):
                raise DecodeError("Specification", "count", "an integer", count_json)
            count = count_json

        link_json = get("link", UNSET)
        link: None | str | Unset
        if link_json is UNSET:
            link = UNSET
        else:
            if isinstance(link_json, str):
                link_text: None | str = link_json
                link = link_text
            elif link_json is None:
                link = None
            else:
                raise DecodeError("Specification", "link", "a string or null", link_json)

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("Specification", "name", "a string", name_json)
            name = name_json

        owner_json = get("owner", UNSET)
        owner: Workgroup | Unset
        if owner_json is UNSET:
            owner = UNSET
        else:
            if not isinstance(owner_json, dict):
                raise DecodeError("Specification", "owner", "an object (Workgroup)", owner_json)
            owner = Workgroup.from_dict(owner_json)

        published_json = get("published", UNSET)
        published: datetime.datetime | None | str | Unset
        if published_json is UNSET:
            published = UNSET
        else:
            if isinstance(published_json, str):
                published_text: datetime.datetime | None | str = published_json
                if published_text is published_json:
                    try:
                        published_text = parse_datetime(published_json)
                    except ValueError:
                        pass
                published = published_text
            elif published_json is None:
                published = None
            else:
                raise DecodeError(
                    "Specification", "published", "a string or a date-time string or null", published_json
                )

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
        specification.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.workgroup import Workgroup  # noqa: E402
