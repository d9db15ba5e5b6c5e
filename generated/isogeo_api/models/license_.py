from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    lazy_fields,
)

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

        owner_raw: Any = _peek_owner(self)
        owner_json: Any
        if owner_raw.__class__ is LazyValue:
            owner_json = owner_raw.value
        else:
            owner: dict[str, Any] | Unset = UNSET
            if not isinstance(owner_raw, Unset):
                owner = owner_raw.to_dict()
            owner_json = owner
        owner = owner_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("License", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "License", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("License", "_tag", "a string", sys_tag)

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("License", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("License", "_abilities", "an array of a string", sys_abilities_item)

        content = get("content", UNSET)
        if (
            content is not UNSET
            and content.__class__ is not str
            and content is not None
            and not isinstance(content, str)
        ):
            raise DecodeError("License", "content", "a string or null", content)

        count = get("count", UNSET)
        if (
            count is not UNSET
            and count.__class__ is not int
            and (not isinstance(count, int) or isinstance(count, bool))
        ):
            raise DecodeError("License", "count", "an integer", count)

        link = get("link", UNSET)
        if link is not UNSET and link.__class__ is not str and link is not None and not isinstance(link, str):
            raise DecodeError("License", "link", "a string or null", link)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("License", "name", "a string", name)

        owner = get("owner", UNSET)
        if owner is not UNSET:
            if owner.__class__ is not dict and not isinstance(owner, dict):
                raise DecodeError("License", "owner", "an object (Workgroup)", owner)
            owner = _decode_owner(owner) if _context is EAGER else LazyValue(owner, _context)

        if cls is License:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_abilities = sys_abilities
            _model.content = content
            _model.count = count
            _model.link = link
            _model.name = name
            _store_owner(_model, owner)
        else:
            _model = cls(
                sys_id=sys_id,
                sys_tag=sys_tag,
                sys_abilities=sys_abilities,
                content=content,
                count=count,
                link=link,
                name=name,
                owner=owner,
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


def _decode_owner(value: Any) -> Workgroup:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("License", "owner", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


_peek_owner: Any = License.__dict__["owner"].__get__
_store_owner: Any = License.__dict__["owner"].__set__
lazy_fields(
    License,
    {
        "owner": _decode_owner,
    },
)


if not TYPE_CHECKING:
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
