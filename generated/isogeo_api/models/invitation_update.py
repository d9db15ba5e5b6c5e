from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("InvitationUpdate", None, "an object", d)
        get = d.get
        email_json = get("email", UNSET)
        email: str | Unset
        if email_json is UNSET:
            email = UNSET
        else:
            if not (isinstance(email_json, str)):
                raise DecodeError("InvitationUpdate", "email", "a string", email_json)
            email = email_json

        role_json = get("role", UNSET)
        role: UserRole | Unset
        if role_json is UNSET:
            role = UNSET
        else:
            role_member = UserRole._value2member_map_.get(role_json) if isinstance(role_json, str) else None
            if role_member is None:
                raise DecodeError("InvitationUpdate", "role", "a UserRole value", role_json)
            role = cast(UserRole, role_member)

        invitation_update = cls(
            email=email,
            role=role,
        )
        invitation_update.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return invitation_update

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
