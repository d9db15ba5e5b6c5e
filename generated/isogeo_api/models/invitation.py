from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """An invitation to join a workgroup; `expiresIn` is in seconds.

    Example:
        {'_id': '2d3e4f5a6b7c48d9e0f1a2b3c4d5e6f7', '_created': '2024-03-04T09:00:00.5+00:00', 'email':
            'dominique.bernard@example.org', 'expiresIn': 604800, 'group': {'_id': '32f7e95ec4e94ca3bc1afda960003882'},
            'role': 'reader'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    group: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    role: str | Unset | UserRole = UNSET
    """ A `UserRole`, or a value added by the server after this description (e.g. `editor`, C14). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        email = self.email

        expires_in = self.expires_in

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if email is not UNSET:
            field_dict["email"] = email
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if group is not UNSET:
            field_dict["group"] = group
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        _sys_created = d.pop("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if isinstance(_sys_created, Unset):
            sys_created = UNSET
        else:
            sys_created = datetime.datetime.fromisoformat(_sys_created)

        _sys_modified = d.pop("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if isinstance(_sys_modified, Unset):
            sys_modified = UNSET
        else:
            sys_modified = datetime.datetime.fromisoformat(_sys_modified)

        email = d.pop("email", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        _group = d.pop("group", UNSET)
        group: Workgroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = Workgroup.from_dict(_group)

        def _parse_role(data: object) -> str | Unset | UserRole:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_user_role_value_type_0 = UserRole(data)

                return componentsschemas_user_role_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UserRole, data)

        role = _parse_role(d.pop("role", UNSET))

        invitation = cls(
            sys_id=sys_id,
            sys_created=sys_created,
            sys_modified=sys_modified,
            email=email,
            expires_in=expires_in,
            group=group,
            role=role,
        )

        invitation.additional_properties = d
        return invitation

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
