from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thesaurus_code import ThesaurusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thesaurus")


@_attrs_define
class Thesaurus:
    """A keyword thesaurus (`isogeo`, `inspire-theme`, `group-theme`, `iso19115-topic`...).

    Example:
        {'_id': '926c676c380046d7af99bcae343ac813', 'code': 'inspire-theme', 'name': 'GEMET - INSPIRE themes'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    code: str | ThesaurusCode | Unset = UNSET
    """ A well-known `ThesaurusCode`, or any other thesaurus code. """
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        code: str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ThesaurusCode):
            code = self.code.value
        else:
            code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        def _parse_code(data: object) -> str | ThesaurusCode | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_thesaurus_code_value_type_0 = ThesaurusCode(data)

                return componentsschemas_thesaurus_code_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ThesaurusCode | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        name = d.pop("name", UNSET)

        thesaurus = cls(
            sys_id=sys_id,
            sys_abilities=sys_abilities,
            code=code,
            name=name,
        )

        thesaurus.additional_properties = d
        return thesaurus

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
