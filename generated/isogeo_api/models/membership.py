from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.user import User
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Membership")

_FIELDS = frozenset(
    {
        "_id",
        "role",
        "user",
        "group",
    }
)


@_attrs_define
class Membership:
    """A user's role in a workgroup (`listAccountMemberships`, `listUserMemberships`, `listWorkgroupMemberships`).

    Example:
        {'_id': '1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6', 'role': 'admin', 'user': {'_id': '7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2',
            'contact': {'_id': '7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2', 'name': 'Camille Martin', 'email':
            'camille.martin@example.org', 'type': 'user'}}, 'group': {'_id': '32f7e95ec4e94ca3bc1afda960003882', 'contact':
            {'_id': '5e4d3c2b1a0f4e9d8c7b6a5f4e3d2c1b', 'name': 'Isogeo Test', 'type': 'group'}}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    role: str | Unset | UserRole = UNSET
    """ A `UserRole`, or a value added by the server after this description (e.g. `editor`). """
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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Membership", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Membership", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Membership", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        role_json = get("role", UNSET)
        role: str | Unset | UserRole
        if role_json is UNSET:
            role = UNSET
        else:
            if isinstance(role_json, str):
                role_text: str | UserRole = cast(
                    str | UserRole, UserRole._value2member_map_.get(role_json, role_json)
                )
                role = role_text
            else:
                raise DecodeError("Membership", "role", "a UserRole value or a string", role_json)

        user_json = get("user", UNSET)
        user: User | Unset
        if user_json is UNSET:
            user = UNSET
        else:
            if not isinstance(user_json, dict):
                raise DecodeError("Membership", "user", "an object (User)", user_json)
            user = User.from_dict(user_json)

        group_json = get("group", UNSET)
        group: Workgroup | Unset
        if group_json is UNSET:
            group = UNSET
        else:
            if not isinstance(group_json, dict):
                raise DecodeError("Membership", "group", "an object (Workgroup)", group_json)
            group = Workgroup.from_dict(group_json)

        membership = cls(
            sys_id=sys_id,
            role=role,
            user=user,
            group=group,
        )
        membership.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.user import User  # noqa: E402
from ..models.workgroup import Workgroup  # noqa: E402
