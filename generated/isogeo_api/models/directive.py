from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="Directive")

_FIELDS = frozenset(
    {
        "_id",
        "name",
        "description",
    }
)


@_attrs_define
class Directive:
    """A European directive (INSPIRE restriction code) used by legal limitations.

    Example:
        {'_id': '6bd4d5b5e4b04bc7b2c4a57f1c1d0a4b', 'name': 'Directive 2007/2/EC, Article 13(1)(a)', 'description':
            'Confidentiality of the proceedings of public authorities.'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Directive", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Directive", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("Directive", "name", "a string", name)

        description = get("description", UNSET)
        if description is not UNSET and description.__class__ is not str and not isinstance(description, str):
            raise DecodeError("Directive", "description", "a string", description)

        if cls is Directive:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.name = name
            _model.description = description
        else:
            _model = cls(
                sys_id=sys_id,
                name=name,
                description=description,
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
