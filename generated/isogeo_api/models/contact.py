from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact card: a custom contact of a workgroup address book, a workgroup's own card
    (`type=group`) or a user's card (`type=user`). Decision (C9): `available` is a boolean.
    Decision (F1): no `_created`/`_modified`, unlike what the facts sheet (§4.7) and the 2019
    OpenAPI file say: the official SDK's `Contact` model (isogeo-pysdk 3.10.0) refuses both keys
    while it builds a contact from every contact body it reads (`GET /account`, the address
    books, `GET /contacts/{id}`), and the real responses in Isogeo's public fixtures carry
    neither (docs/reference/fidelity-decisions.md).

        Example:
            {'_id': '2a3aefc4f80347f590afe58127f6cb0f', '_tag':
                'contact:32f7e95ec4e94ca3bc1afda960003882:2a3aefc4f80347f590afe58127f6cb0f', '_deleted': False, 'addressLine1':
                '26 rue du Faubourg Saint-Antoine', 'addressLine2': None, 'addressLine3': None, 'city': 'Paris', 'count': 12,
                'countryCode': 'FR', 'email': 'contact@isogeo.fr', 'fax': None, 'name': 'Isogeo Test', 'organization': 'Isogeo',
                'phone': '+33 1 23 45 67 89', 'type': 'custom', 'zipCode': '75012'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_tag: str | Unset = UNSET
    """ `contact:{group|user|<workgroup_id>}:{id}`. """
    sys_deleted: bool | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    available: bool | Unset = UNSET
    """ For group contacts, whether the workgroup shares its card (only available cards may be associated with
    metadata). """
    city: None | str | Unset = UNSET
    count: int | Unset = UNSET
    """ Number of metadata using this contact (`_include=count`). """
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 code. """
    email: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    hash_: str | Unset = UNSET
    """ Avatar hash (32 hex) of user cards. """
    name: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    owner: Workgroup | Unset = UNSET
    """ A workgroup ("group"); its name is `contact.name`. """
    phone: None | str | Unset = UNSET
    type_: ContactType | str | Unset = UNSET
    """ A `ContactType`, or a value added by the server after this description. """
    zip_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_tag = self.sys_tag

        sys_deleted = self.sys_deleted

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_line_3: None | str | Unset
        if isinstance(self.address_line_3, Unset):
            address_line_3 = UNSET
        else:
            address_line_3 = self.address_line_3

        available = self.available

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        count = self.count

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        hash_ = self.hash_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContactType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if sys_deleted is not UNSET:
            field_dict["_deleted"] = sys_deleted
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if available is not UNSET:
            field_dict["available"] = available
        if city is not UNSET:
            field_dict["city"] = city
        if count is not UNSET:
            field_dict["count"] = count
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if email is not UNSET:
            field_dict["email"] = email
        if fax is not UNSET:
            field_dict["fax"] = fax
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if name is not UNSET:
            field_dict["name"] = name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if owner is not UNSET:
            field_dict["owner"] = owner
        if phone is not UNSET:
            field_dict["phone"] = phone
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        sys_tag = d.pop("_tag", UNSET)

        sys_deleted = d.pop("_deleted", UNSET)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        def _parse_address_line_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_1 = _parse_address_line_1(d.pop("addressLine1", UNSET))

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("addressLine2", UNSET))

        def _parse_address_line_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_3 = _parse_address_line_3(d.pop("addressLine3", UNSET))

        available = d.pop("available", UNSET)

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        count = d.pop("count", UNSET)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        hash_ = d.pop("hash", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: Workgroup | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Workgroup.from_dict(_owner)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_type_(data: object) -> ContactType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_type_value_type_0 = ContactType(data)

                return componentsschemas_contact_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zipCode", UNSET))

        contact = cls(
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_deleted=sys_deleted,
            sys_abilities=sys_abilities,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            available=available,
            city=city,
            count=count,
            country_code=country_code,
            email=email,
            fax=fax,
            hash_=hash_,
            name=name,
            organization=organization,
            owner=owner,
            phone=phone,
            type_=type_,
            zip_code=zip_code,
        )

        contact.additional_properties = d
        return contact

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
