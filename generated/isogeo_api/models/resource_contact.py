from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_role import ContactRole
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
    from ..models.contact import Contact


T = TypeVar("T", bound="ResourceContact")

_FIELDS = frozenset(
    {
        "_id",
        "contact",
        "role",
    }
)


@_attrs_define
class ResourceContact:
    """A contact with its role on a metadata (`_include=contacts`). Real responses carry only `role` and `contact` (no
    `_id` of the association, in every metadata contact of the answers saved in Isogeo's public repositories); the
    official SDK's sample lists an `_id`, optional here.

        Example:
            {'role': 'pointOfContact', 'contact': {'_id': '2a3aefc4f80347f590afe58127f6cb0f', 'name': 'Isogeo Test',
                'email': 'contact@isogeo.fr', 'type': 'custom'}}

    """

    sys_id: str | Unset = UNSET
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    contact: Contact | Unset = UNSET
    """ A contact card: a custom contact of a workgroup address book, a workgroup's own card
    (`type=group`) or a user's card (`type=user`). `available` is a boolean.
    The API returns contacts without `_created`/`_modified` (the API documentation and its 2019
    OpenAPI file list them, but the official SDK's `Contact` model refuses both keys for every
    contact body it reads, and real answers carry neither).
     """
    role: ContactRole | str | Unset = UNSET
    """ A `ContactRole`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        contact_raw: Any = _peek_contact(self)
        contact_json: Any
        if contact_raw.__class__ is LazyValue:
            contact_json = contact_raw.value
        else:
            contact: dict[str, Any] | Unset = UNSET
            if not isinstance(contact_raw, Unset):
                contact = contact_raw.to_dict()
            contact_json = contact
        contact = contact_json

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, ContactRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sys_id is not UNSET:
            field_dict["_id"] = sys_id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ResourceContact", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id is not UNSET and sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError("ResourceContact", "_id", "a string", sys_id)

        contact = get("contact", UNSET)
        if contact is not UNSET:
            if contact.__class__ is not dict and not isinstance(contact, dict):
                raise DecodeError("ResourceContact", "contact", "an object (Contact)", contact)
            contact = _decode_contact(contact) if _context is EAGER else LazyValue(contact, _context)

        role = get("role", UNSET)
        if role is not UNSET:
            if isinstance(role, str):
                role_text: ContactRole | str = ContactRole._value2member_map_.get(role, role)  # type: ignore[assignment]
                role = role_text
            else:
                raise DecodeError("ResourceContact", "role", "a ContactRole value or a string", role)

        if cls is ResourceContact:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _store_contact(_model, contact)
            _model.role = role
        else:
            _model = cls(
                sys_id=sys_id,
                contact=contact,
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


def _decode_contact(value: Any) -> Contact:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("ResourceContact", "contact", "an object (Contact)", value)
    decoded = Contact.from_dict(value)

    return decoded


_peek_contact: Any = ResourceContact.__dict__["contact"].__get__
_store_contact: Any = ResourceContact.__dict__["contact"].__set__
lazy_fields(
    ResourceContact,
    {
        "contact": _decode_contact,
    },
)


if not TYPE_CHECKING:
    Contact = LazyModel(globals(), "Contact", "..models.contact")
