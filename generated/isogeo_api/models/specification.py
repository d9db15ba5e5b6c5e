from __future__ import annotations

import datetime
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
    parse_datetime,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Specification", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Specification", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Specification", "_tag", "a string", sys_tag)

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Specification", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError(
                        "Specification", "_abilities", "an array of a string", sys_abilities_item
                    )

        count = get("count", UNSET)
        if (
            count is not UNSET
            and count.__class__ is not int
            and (not isinstance(count, int) or isinstance(count, bool))
        ):
            raise DecodeError("Specification", "count", "an integer", count)

        link = get("link", UNSET)
        if link is not UNSET and link.__class__ is not str and link is not None and not isinstance(link, str):
            raise DecodeError("Specification", "link", "a string or null", link)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Specification", "name", "a string", name)

        owner = get("owner", UNSET)
        if owner is not UNSET:
            if owner.__class__ is not dict and not isinstance(owner, dict):
                raise DecodeError("Specification", "owner", "an object (Workgroup)", owner)
            owner = _decode_owner(owner) if _context is EAGER else LazyValue(owner, _context)

        published = get("published", UNSET)
        if published is not UNSET:
            if isinstance(published, str):
                published_text: datetime.datetime | None | str = published
                if published_text is published:
                    try:
                        published_text = parse_datetime(published)
                    except ValueError:
                        pass
                published = published_text
            elif published is None:
                published = None
            else:
                raise DecodeError(
                    "Specification", "published", "a string or a date-time string or null", published
                )

        if cls is Specification:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_abilities = sys_abilities
            _model.count = count
            _model.link = link
            _model.name = name
            _store_owner(_model, owner)
            _model.published = published
        else:
            _model = cls(
                sys_id=sys_id,
                sys_tag=sys_tag,
                sys_abilities=sys_abilities,
                count=count,
                link=link,
                name=name,
                owner=owner,
                published=published,
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
        raise DecodeError("Specification", "owner", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


_peek_owner: Any = Specification.__dict__["owner"].__get__
_store_owner: Any = Specification.__dict__["owner"].__set__
lazy_fields(
    Specification,
    {
        "owner": _decode_owner,
    },
)


if not TYPE_CHECKING:
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
