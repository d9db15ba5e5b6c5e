from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="ContactUpdate")

_FIELDS = frozenset(
    {
        "name",
        "email",
        "organization",
        "phone",
        "fax",
        "addressLine1",
        "addressLine2",
        "addressLine3",
        "city",
        "zipCode",
        "countryCode",
    }
)


@_attrs_define
class ContactUpdate:
    """Body of `updateWorkgroupContact`, with the **read** names. Server-managed fields sent along
    (as when a contact is sent back as read) are ignored.

        Example:
            {'name': "Direction de l'eau et des rivières", 'email': 'eau@example.org', 'organization': 'Ville de Lyon',
                'phone': '+33 4 72 10 30 30', 'city': 'Lyon', 'zipCode': '69001', 'countryCode': 'FR'}

    """

    name: str
    email: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

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

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if organization is not UNSET:
            field_dict["organization"] = organization
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ContactUpdate", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("ContactUpdate", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("ContactUpdate", "name", "a string", name_json)
            name = name_json

        email_json = get("email", UNSET)
        email: None | str | Unset
        if email_json is UNSET:
            email = UNSET
        else:
            if isinstance(email_json, str):
                email_text: None | str = email_json
                email = email_text
            elif email_json is None:
                email = None
            else:
                raise DecodeError("ContactUpdate", "email", "a string or null", email_json)

        organization_json = get("organization", UNSET)
        organization: None | str | Unset
        if organization_json is UNSET:
            organization = UNSET
        else:
            if isinstance(organization_json, str):
                organization_text: None | str = organization_json
                organization = organization_text
            elif organization_json is None:
                organization = None
            else:
                raise DecodeError("ContactUpdate", "organization", "a string or null", organization_json)

        phone_json = get("phone", UNSET)
        phone: None | str | Unset
        if phone_json is UNSET:
            phone = UNSET
        else:
            if isinstance(phone_json, str):
                phone_text: None | str = phone_json
                phone = phone_text
            elif phone_json is None:
                phone = None
            else:
                raise DecodeError("ContactUpdate", "phone", "a string or null", phone_json)

        fax_json = get("fax", UNSET)
        fax: None | str | Unset
        if fax_json is UNSET:
            fax = UNSET
        else:
            if isinstance(fax_json, str):
                fax_text: None | str = fax_json
                fax = fax_text
            elif fax_json is None:
                fax = None
            else:
                raise DecodeError("ContactUpdate", "fax", "a string or null", fax_json)

        address_line_1_json = get("addressLine1", UNSET)
        address_line_1: None | str | Unset
        if address_line_1_json is UNSET:
            address_line_1 = UNSET
        else:
            if isinstance(address_line_1_json, str):
                address_line_1_text: None | str = address_line_1_json
                address_line_1 = address_line_1_text
            elif address_line_1_json is None:
                address_line_1 = None
            else:
                raise DecodeError("ContactUpdate", "addressLine1", "a string or null", address_line_1_json)

        address_line_2_json = get("addressLine2", UNSET)
        address_line_2: None | str | Unset
        if address_line_2_json is UNSET:
            address_line_2 = UNSET
        else:
            if isinstance(address_line_2_json, str):
                address_line_2_text: None | str = address_line_2_json
                address_line_2 = address_line_2_text
            elif address_line_2_json is None:
                address_line_2 = None
            else:
                raise DecodeError("ContactUpdate", "addressLine2", "a string or null", address_line_2_json)

        address_line_3_json = get("addressLine3", UNSET)
        address_line_3: None | str | Unset
        if address_line_3_json is UNSET:
            address_line_3 = UNSET
        else:
            if isinstance(address_line_3_json, str):
                address_line_3_text: None | str = address_line_3_json
                address_line_3 = address_line_3_text
            elif address_line_3_json is None:
                address_line_3 = None
            else:
                raise DecodeError("ContactUpdate", "addressLine3", "a string or null", address_line_3_json)

        city_json = get("city", UNSET)
        city: None | str | Unset
        if city_json is UNSET:
            city = UNSET
        else:
            if isinstance(city_json, str):
                city_text: None | str = city_json
                city = city_text
            elif city_json is None:
                city = None
            else:
                raise DecodeError("ContactUpdate", "city", "a string or null", city_json)

        zip_code_json = get("zipCode", UNSET)
        zip_code: None | str | Unset
        if zip_code_json is UNSET:
            zip_code = UNSET
        else:
            if isinstance(zip_code_json, str):
                zip_code_text: None | str = zip_code_json
                zip_code = zip_code_text
            elif zip_code_json is None:
                zip_code = None
            else:
                raise DecodeError("ContactUpdate", "zipCode", "a string or null", zip_code_json)

        country_code_json = get("countryCode", UNSET)
        country_code: None | str | Unset
        if country_code_json is UNSET:
            country_code = UNSET
        else:
            if isinstance(country_code_json, str):
                country_code_text: None | str = country_code_json
                country_code = country_code_text
            elif country_code_json is None:
                country_code = None
            else:
                raise DecodeError("ContactUpdate", "countryCode", "a string or null", country_code_json)

        contact_update = cls(
            name=name,
            email=email,
            organization=organization,
            phone=phone,
            fax=fax,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            city=city,
            zip_code=zip_code,
            country_code=country_code,
        )
        contact_update.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return contact_update

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
