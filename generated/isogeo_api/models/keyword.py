from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyword_count import KeywordCount
    from ..models.thesaurus import Thesaurus


T = TypeVar("T", bound="Keyword")


@_attrs_define
class Keyword:
    """A keyword of a thesaurus; `_tag` is `keyword:{thesaurus_code}:{code}`.

    Example:
        {'_id': '9d7ff05bfd4f4f2c9c5c5e6a7a0b1c2d', '_tag': 'keyword:inspire-theme:hydrography', 'code': 'hydrography',
            'text': 'Hydrographie', 'description': "Éléments hydrographiques, y compris les zones maritimes ainsi que toutes
            les autres masses d'eau.", 'thesaurus': {'_id': '926c676c380046d7af99bcae343ac813', 'code': 'inspire-theme',
            'name': 'GEMET - INSPIRE themes'}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    sys_created: datetime.datetime | None | Unset = UNSET
    sys_modified: datetime.datetime | None | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    code: str | Unset = UNSET
    """ Slug of the text. """
    count: KeywordCount | Unset = UNSET
    """ Usage counts of a keyword (`_include=count`). """
    description: None | str | Unset = UNSET
    text: str | Unset = UNSET
    thesaurus: Thesaurus | Unset = UNSET
    """ A keyword thesaurus (`isogeo`, `inspire-theme`, `group-theme`, `iso19115-topic`...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_created: None | str | Unset
        if isinstance(self.sys_created, Unset):
            sys_created = UNSET
        elif isinstance(self.sys_created, datetime.datetime):
            sys_created = self.sys_created.isoformat()
        else:
            sys_created = self.sys_created

        sys_modified: None | str | Unset
        if isinstance(self.sys_modified, Unset):
            sys_modified = UNSET
        elif isinstance(self.sys_modified, datetime.datetime):
            sys_modified = self.sys_modified.isoformat()
        else:
            sys_modified = self.sys_modified

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        code = self.code

        count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        text = self.text

        thesaurus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thesaurus, Unset):
            thesaurus = self.thesaurus.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if code is not UNSET:
            field_dict["code"] = code
        if count is not UNSET:
            field_dict["count"] = count
        if description is not UNSET:
            field_dict["description"] = description
        if text is not UNSET:
            field_dict["text"] = text
        if thesaurus is not UNSET:
            field_dict["thesaurus"] = thesaurus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyword_count import KeywordCount  # noqa: PLC0415
        from ..models.thesaurus import Thesaurus  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

        def _parse_sys_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sys_created_type_0 = datetime.datetime.fromisoformat(data)

                return sys_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sys_created = _parse_sys_created(d.pop("_created", UNSET))

        def _parse_sys_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sys_modified_type_0 = datetime.datetime.fromisoformat(data)

                return sys_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sys_modified = _parse_sys_modified(d.pop("_modified", UNSET))

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        code = d.pop("code", UNSET)

        _count = d.pop("count", UNSET)
        count: KeywordCount | Unset
        if isinstance(_count, Unset):
            count = UNSET
        else:
            count = KeywordCount.from_dict(_count)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        text = d.pop("text", UNSET)

        _thesaurus = d.pop("thesaurus", UNSET)
        thesaurus: Thesaurus | Unset
        if isinstance(_thesaurus, Unset):
            thesaurus = UNSET
        else:
            thesaurus = Thesaurus.from_dict(_thesaurus)

        keyword = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_created=sys_created,
            sys_modified=sys_modified,
            sys_abilities=sys_abilities,
            code=code,
            count=count,
            description=description,
            text=text,
            thesaurus=thesaurus,
        )

        keyword.additional_properties = d
        return keyword

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
