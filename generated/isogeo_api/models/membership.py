from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    lazy_fields,
)

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

        user_raw: Any = _peek_user(self)
        user_json: Any
        if user_raw.__class__ is LazyValue:
            user_json = user_raw.value
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(user_raw, Unset):
                user = user_raw.to_dict()
            user_json = user
        user = user_json

        group_raw: Any = _peek_group(self)
        group_json: Any
        if group_raw.__class__ is LazyValue:
            group_json = group_raw.value
        else:
            group: dict[str, Any] | Unset = UNSET
            if not isinstance(group_raw, Unset):
                group = group_raw.to_dict()
            group_json = group
        group = group_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Membership", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Membership", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        role = get("role", UNSET)
        if role is not UNSET:
            if isinstance(role, str):
                role_text: str | UserRole = UserRole._value2member_map_.get(role, role)  # type: ignore[assignment]
                role = role_text
            else:
                raise DecodeError("Membership", "role", "a UserRole value or a string", role)

        user = get("user", UNSET)
        if user is not UNSET:
            if user.__class__ is not dict and not isinstance(user, dict):
                raise DecodeError("Membership", "user", "an object (User)", user)
            user = _decode_user(user) if _context is EAGER else LazyValue(user, _context)

        group = get("group", UNSET)
        if group is not UNSET:
            if group.__class__ is not dict and not isinstance(group, dict):
                raise DecodeError("Membership", "group", "an object (Workgroup)", group)
            group = _decode_group(group) if _context is EAGER else LazyValue(group, _context)

        if cls is Membership:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.role = role
            _store_user(_model, user)
            _store_group(_model, group)
        else:
            _model = cls(
                sys_id=sys_id,
                role=role,
                user=user,
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


def _decode_user(value: Any) -> User:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Membership", "user", "an object (User)", value)
    decoded = User.from_dict(value)

    return decoded


def _decode_group(value: Any) -> Workgroup:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Membership", "group", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


_peek_user: Any = Membership.__dict__["user"].__get__
_store_user: Any = Membership.__dict__["user"].__set__
_peek_group: Any = Membership.__dict__["group"].__get__
_store_group: Any = Membership.__dict__["group"].__set__
lazy_fields(
    Membership,
    {
        "user": _decode_user,
        "group": _decode_group,
    },
)


if not TYPE_CHECKING:
    User = LazyModel(globals(), "User", "..models.user")
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
