from __future__ import annotations

import datetime
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
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Invitation")

_FIELDS = frozenset(
    {
        "_id",
        "_created",
        "_modified",
        "email",
        "expiresIn",
        "group",
        "role",
    }
)


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
    """ A `UserRole`, or a value added by the server after this description (e.g. `editor`). """
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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Invitation", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Invitation", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("Invitation", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("Invitation", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("Invitation", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("Invitation", "_modified", "a date-time string", sys_modified) from None

        email = get("email", UNSET)
        if email is not UNSET and email.__class__ is not str and not isinstance(email, str):
            raise DecodeError("Invitation", "email", "a string", email)

        expires_in = get("expiresIn", UNSET)
        if (
            expires_in is not UNSET
            and expires_in.__class__ is not int
            and (not isinstance(expires_in, int) or isinstance(expires_in, bool))
        ):
            raise DecodeError("Invitation", "expiresIn", "an integer", expires_in)

        group = get("group", UNSET)
        if group is not UNSET:
            if group.__class__ is not dict and not isinstance(group, dict):
                raise DecodeError("Invitation", "group", "an object (Workgroup)", group)
            group = _decode_group(group) if _context is EAGER else LazyValue(group, _context)

        role = get("role", UNSET)
        if role is not UNSET:
            if isinstance(role, str):
                role_text: str | UserRole = UserRole._value2member_map_.get(role, role)  # type: ignore[assignment]
                role = role_text
            else:
                raise DecodeError("Invitation", "role", "a UserRole value or a string", role)

        if cls is Invitation:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.email = email
            _model.expires_in = expires_in
            _store_group(_model, group)
            _model.role = role
        else:
            _model = cls(
                sys_id=sys_id,
                sys_created=sys_created,
                sys_modified=sys_modified,
                email=email,
                expires_in=expires_in,
                group=group,
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


def _decode_group(value: Any) -> Workgroup:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Invitation", "group", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


_peek_group: Any = Invitation.__dict__["group"].__get__
_store_group: Any = Invitation.__dict__["group"].__set__
lazy_fields(
    Invitation,
    {
        "group": _decode_group,
    },
)


if not TYPE_CHECKING:
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
