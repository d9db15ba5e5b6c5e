from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_role import ContactRole
from ..types import (
    UNSET,
    DecodeError,
)

T = TypeVar("T", bound="ContactAssociation")

_FIELDS = frozenset(
    {
        "role",
    }
)


@_attrs_define
class ContactAssociation:
    """Body of `associateContactToMetadata`: the role of the contact on the metadata.

    Example:
        {'role': 'pointOfContact'}

    """

    role: ContactRole
    """ Role of a contact on a metadata (ISO 19115 CI_RoleCode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ContactAssociation", None, "an object", d)
        get = d.get
        role = get("role", UNSET)
        if role is UNSET:
            raise DecodeError("ContactAssociation", "role", "a ContactRole value (required)", UNSET)
        role_member: ContactRole | None = (
            ContactRole._value2member_map_.get(role) if isinstance(role, str) else None
        )  # type: ignore[assignment]
        if role_member is None:
            raise DecodeError("ContactAssociation", "role", "a ContactRole value", role)
        role = role_member

        if cls is ContactAssociation:
            _model = object.__new__(cls)
            _model.role = role
        else:
            _model = cls(
                role=role,
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
