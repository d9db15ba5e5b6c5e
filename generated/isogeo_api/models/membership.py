from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership:
    """A user's role in a workgroup (ACC-3, USR-6, WG-7).

    Example:
        {'_id': '1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6', 'role': 'admin', 'user': {'_id': '7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2',
            'contact': {'_id': '7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2', 'name': 'Camille Martin', 'email':
            'camille.martin@example.org', 'type': 'user'}}, 'group': {'_id': '32f7e95ec4e94ca3bc1afda960003882', 'contact':
            {'_id': '5e4d3c2b1a0f4e9d8c7b6a5f4e3d2c1b', 'name': 'Isogeo Test', 'type': 'group'}}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    role: str | Unset | UserRole = UNSET
    """ A `UserRole`, or a value added by the server after this description (e.g. `editor`, C14). """
    user: User | Unset = UNSET
    """ An Isogeo user; name and e-mail are on its `contact` card (`type=user`). `memberships`
    comes with `_include=memberships`.
     """
    group: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if user is not UNSET:
            field_dict["user"] = user
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

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

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        _group = d.pop("group", UNSET)
        group: Workgroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = Workgroup.from_dict(_group)

        membership = cls(
            sys_id=sys_id,
            role=role,
            user=user,
            group=group,
        )

        membership.additional_properties = d
        return membership

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
