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

T = TypeVar("T", bound="InvitationCreate")

_FIELDS = frozenset(
    {
        "email",
        "role",
        "group",
    }
)


@_attrs_define
class InvitationCreate:
    """Body of `createWorkgroupInvitation`, a **form**. `group` is the workgroup id (the path
    already names it; the official SDK sends it too).

        Example:
            {'email': 'dominique.bernard@example.org', 'role': 'reader', 'group': '32f7e95ec4e94ca3bc1afda960003882'}

    """

    email: str
    role: UserRole
    """ Role of a user in a workgroup (memberships, invitations): `admin`, `writer`, `reader`, the
    values the official SDK validates and sends. The API documentation names the second one
    "editor"; responses accept any string (`UserRoleValue`), so an `editor` answer still parses.
     """
    group: str | Unset = UNSET
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("InvitationCreate", None, "an object", d)
        get = d.get
        email = get("email", UNSET)
        if email.__class__ is not str and not isinstance(email, str):
            raise DecodeError(
                "InvitationCreate", "email", "a string (required)" if email is UNSET else "a string", email
            )

        role = get("role", UNSET)
        if role is UNSET:
            raise DecodeError("InvitationCreate", "role", "a UserRole value (required)", UNSET)
        role_member: UserRole | None = (
            UserRole._value2member_map_.get(role) if isinstance(role, str) else None
        )  # type: ignore[assignment]
        if role_member is None:
            raise DecodeError("InvitationCreate", "role", "a UserRole value", role)
        role = role_member

        group = get("group", UNSET)
        if group is not UNSET and group.__class__ is not str and not isinstance(group, str):
            raise DecodeError("InvitationCreate", "group", "a string", group)

        if cls is InvitationCreate:
            _model = object.__new__(cls)
            _model.email = email
            _model.role = role
            _model.group = group
        else:
            _model = cls(
                email=email,
                role=role,
                group=group,
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
