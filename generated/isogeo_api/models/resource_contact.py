from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_role import ContactRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ResourceContact")


@_attrs_define
class ResourceContact:
    """A contact with its role on a metadata (`_include=contacts`). Real responses carry only `role` and `contact` (no
    `_id` of the association: tests/fixtures/real, every metadata contact of isogeo-api-py-minsdk's and
    isogeo-2-office's saved responses); the official SDK's swagger-derived sample lists an `_id`, kept here as optional.

        Example:
            {'role': 'pointOfContact', 'contact': {'_id': '2a3aefc4f80347f590afe58127f6cb0f', 'name': 'Isogeo Test',
                'email': 'contact@isogeo.fr', 'type': 'custom'}}

    """

    sys_id: str | Unset = UNSET
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    contact: Contact | Unset = UNSET
    """ A contact card: a custom contact of a workgroup address book, a workgroup's own card
    (`type=group`) or a user's card (`type=user`). Decision (C9): `available` is a boolean.
     """
    role: ContactRole | str | Unset = UNSET
    """ A `ContactRole`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

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
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        def _parse_role(data: object) -> ContactRole | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_role_value_type_0 = ContactRole(data)

                return componentsschemas_contact_role_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactRole | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        resource_contact = cls(
            sys_id=sys_id,
            contact=contact,
            role=role,
        )

        resource_contact.additional_properties = d
        return resource_contact

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
