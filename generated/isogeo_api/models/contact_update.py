from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ContactUpdate", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "ContactUpdate", "name", "a string (required)" if name is UNSET else "a string", name
            )

        email = get("email", UNSET)
        if (
            email is not UNSET
            and email.__class__ is not str
            and email is not None
            and not isinstance(email, str)
        ):
            raise DecodeError("ContactUpdate", "email", "a string or null", email)

        organization = get("organization", UNSET)
        if (
            organization is not UNSET
            and organization.__class__ is not str
            and organization is not None
            and not isinstance(organization, str)
        ):
            raise DecodeError("ContactUpdate", "organization", "a string or null", organization)

        phone = get("phone", UNSET)
        if (
            phone is not UNSET
            and phone.__class__ is not str
            and phone is not None
            and not isinstance(phone, str)
        ):
            raise DecodeError("ContactUpdate", "phone", "a string or null", phone)

        fax = get("fax", UNSET)
        if fax is not UNSET and fax.__class__ is not str and fax is not None and not isinstance(fax, str):
            raise DecodeError("ContactUpdate", "fax", "a string or null", fax)

        address_line_1 = get("addressLine1", UNSET)
        if (
            address_line_1 is not UNSET
            and address_line_1.__class__ is not str
            and address_line_1 is not None
            and not isinstance(address_line_1, str)
        ):
            raise DecodeError("ContactUpdate", "addressLine1", "a string or null", address_line_1)

        address_line_2 = get("addressLine2", UNSET)
        if (
            address_line_2 is not UNSET
            and address_line_2.__class__ is not str
            and address_line_2 is not None
            and not isinstance(address_line_2, str)
        ):
            raise DecodeError("ContactUpdate", "addressLine2", "a string or null", address_line_2)

        address_line_3 = get("addressLine3", UNSET)
        if (
            address_line_3 is not UNSET
            and address_line_3.__class__ is not str
            and address_line_3 is not None
            and not isinstance(address_line_3, str)
        ):
            raise DecodeError("ContactUpdate", "addressLine3", "a string or null", address_line_3)

        city = get("city", UNSET)
        if city is not UNSET and city.__class__ is not str and city is not None and not isinstance(city, str):
            raise DecodeError("ContactUpdate", "city", "a string or null", city)

        zip_code = get("zipCode", UNSET)
        if (
            zip_code is not UNSET
            and zip_code.__class__ is not str
            and zip_code is not None
            and not isinstance(zip_code, str)
        ):
            raise DecodeError("ContactUpdate", "zipCode", "a string or null", zip_code)

        country_code = get("countryCode", UNSET)
        if (
            country_code is not UNSET
            and country_code.__class__ is not str
            and country_code is not None
            and not isinstance(country_code, str)
        ):
            raise DecodeError("ContactUpdate", "countryCode", "a string or null", country_code)

        if cls is ContactUpdate:
            _model = object.__new__(cls)
            _model.name = name
            _model.email = email
            _model.organization = organization
            _model.phone = phone
            _model.fax = fax
            _model.address_line_1 = address_line_1
            _model.address_line_2 = address_line_2
            _model.address_line_3 = address_line_3
            _model.city = city
            _model.zip_code = zip_code
            _model.country_code = country_code
        else:
            _model = cls(
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
