from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="InvitationUpdate")

_FIELDS = frozenset(
    {
        "email",
        "role",
    }
)


@_attrs_define
class InvitationUpdate:
    """Body of `updateInvitation` (JSON). The body may be the invitation as read; the API ignores server-managed fields.

    Example:
        {'role': 'writer'}

    """

    email: str | Unset = UNSET
    role: UserRole | Unset = UNSET
    """ Role of a user in a workgroup (memberships, invitations): `admin`, `writer`, `reader`, the
    values the official SDK validates and sends. The API documentation names the second one
    "editor"; responses accept any string (`UserRoleValue`), so an `editor` answer still parses.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("InvitationUpdate", None, "an object", d)
        get = d.get
        email = get("email", UNSET)
        if email is not UNSET and email.__class__ is not str and not isinstance(email, str):
            raise DecodeError("InvitationUpdate", "email", "a string", email)

        role = get("role", UNSET)
        if role is not UNSET:
            role_member: UserRole | None = (
                UserRole._value2member_map_.get(role) if isinstance(role, str) else None
            )  # type: ignore[assignment]
            if role_member is None:
                raise DecodeError("InvitationUpdate", "role", "a UserRole value", role)
            role = role_member

        if cls is InvitationUpdate:
            _model = object.__new__(cls)
            _model.email = email
            _model.role = role
        else:
            _model = cls(
                email=email,
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
