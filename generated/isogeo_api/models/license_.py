from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="License")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_abilities",
        "content",
        "count",
        "link",
        "name",
        "owner",
    }
)


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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("License", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("License", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("License", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("License", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("License", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("License", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

        content_json = get("content", UNSET)
        content: None | str | Unset
        if content_json is UNSET:
            content = UNSET
        else:
            if isinstance(content_json, str):
                content_text: None | str = content_json
                content = content_text
            elif content_json is None:
                content = None
            else:
                raise DecodeError("License", "content", "a string or null", content_json)

        count_json = get("count", UNSET)
        count: int | Unset
        if count_json is UNSET:
            count = UNSET
        else:
            if not (isinstance(count_json, int) and not isinstance(count_json, bool)):
                raise DecodeError("License", "count", "an integer", count_json)
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
                raise DecodeError("License", "link", "a string or null", link_json)

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("License", "name", "a string", name_json)
            name = name_json

        owner_json = get("owner", UNSET)
        owner: Workgroup | Unset
        if owner_json is UNSET:
            owner = UNSET
        else:
            if not isinstance(owner_json, dict):
                raise DecodeError("License", "owner", "an object (Workgroup)", owner_json)
            owner = Workgroup.from_dict(owner_json)

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
        license_.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.workgroup import Workgroup  # noqa: E402
