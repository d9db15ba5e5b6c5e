from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thesaurus_code import ThesaurusCode
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="Thesaurus")

_FIELDS = frozenset(
    {
        "_id",
        "_abilities",
        "code",
        "name",
    }
)


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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Thesaurus", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Thesaurus", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Thesaurus", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Thesaurus", "_abilities", "an array of a string", sys_abilities_item)

        code = get("code", UNSET)
        if code is not UNSET:
            if isinstance(code, str):
                code_text: str | ThesaurusCode = ThesaurusCode._value2member_map_.get(code, code)  # type: ignore[assignment]
                code = code_text
            else:
                raise DecodeError("Thesaurus", "code", "a ThesaurusCode value or a string", code)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Thesaurus", "name", "a string", name)

        if cls is Thesaurus:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_abilities = sys_abilities
            _model.code = code
            _model.name = name
        else:
            _model = cls(
                sys_id=sys_id,
                sys_abilities=sys_abilities,
                code=code,
                name=name,
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
