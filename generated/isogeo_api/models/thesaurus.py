from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Thesaurus")


@_attrs_define
class Thesaurus:
    """A keyword thesaurus (`isogeo`, `inspire-theme`, `group-theme`, `iso19115-topic`...).

    Example:
        {'_id': '926c676c380046d7af99bcae343ac813', 'code': 'inspire-theme', 'name': 'GEMET - INSPIRE themes'}

    """

    sys_id: str | Unset = UNSET
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sys_id is not UNSET:
            field_dict["_id"] = sys_id
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
        sys_id = d.pop("_id", UNSET)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        code = d.pop("code", UNSET)

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
