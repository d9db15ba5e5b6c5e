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

T = TypeVar("T", bound="ContactCreate")

_FIELDS = frozenset(
    {
        "name",
        "email",
        "organizationName",
        "phoneNumber",
        "faxNumber",
        "addressLine1",
        "addressLine2",
        "addressLine3",
        "city",
        "zipCode",
        "countryCode",
    }
)


@_attrs_define
class ContactCreate:
    """Body of `createWorkgroupContact`. Note the creation names `faxNumber`, `organizationName` and `phoneNumber`
    (responses say `fax`, `organization`, `phone`). `type` cannot be chosen: created contacts are `custom`.

        Example:
            {'name': "Direction de l'eau", 'email': 'eau@example.org', 'organizationName': 'Ville de Lyon', 'phoneNumber':
                '+33 4 72 10 30 30', 'addressLine1': '1 place de la Comédie', 'city': 'Lyon', 'zipCode': '69001', 'countryCode':
                'FR'}

    """

    name: str
    email: None | str | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

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
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if fax_number is not UNSET:
            field_dict["faxNumber"] = fax_number
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
            raise DecodeError("ContactCreate", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "ContactCreate", "name", "a string (required)" if name is UNSET else "a string", name
            )

        email = get("email", UNSET)
        if (
            email is not UNSET
            and email.__class__ is not str
            and email is not None
            and not isinstance(email, str)
        ):
            raise DecodeError("ContactCreate", "email", "a string or null", email)

        organization_name = get("organizationName", UNSET)
        if (
            organization_name is not UNSET
            and organization_name.__class__ is not str
            and organization_name is not None
            and not isinstance(organization_name, str)
        ):
            raise DecodeError("ContactCreate", "organizationName", "a string or null", organization_name)

        phone_number = get("phoneNumber", UNSET)
        if (
            phone_number is not UNSET
            and phone_number.__class__ is not str
            and phone_number is not None
            and not isinstance(phone_number, str)
        ):
            raise DecodeError("ContactCreate", "phoneNumber", "a string or null", phone_number)

        fax_number = get("faxNumber", UNSET)
        if (
            fax_number is not UNSET
            and fax_number.__class__ is not str
            and fax_number is not None
            and not isinstance(fax_number, str)
        ):
            raise DecodeError("ContactCreate", "faxNumber", "a string or null", fax_number)

        address_line_1 = get("addressLine1", UNSET)
        if (
            address_line_1 is not UNSET
            and address_line_1.__class__ is not str
            and address_line_1 is not None
            and not isinstance(address_line_1, str)
        ):
            raise DecodeError("ContactCreate", "addressLine1", "a string or null", address_line_1)

        address_line_2 = get("addressLine2", UNSET)
        if (
            address_line_2 is not UNSET
            and address_line_2.__class__ is not str
            and address_line_2 is not None
            and not isinstance(address_line_2, str)
        ):
            raise DecodeError("ContactCreate", "addressLine2", "a string or null", address_line_2)

        address_line_3 = get("addressLine3", UNSET)
        if (
            address_line_3 is not UNSET
            and address_line_3.__class__ is not str
            and address_line_3 is not None
            and not isinstance(address_line_3, str)
        ):
            raise DecodeError("ContactCreate", "addressLine3", "a string or null", address_line_3)

        city = get("city", UNSET)
        if city is not UNSET and city.__class__ is not str and city is not None and not isinstance(city, str):
            raise DecodeError("ContactCreate", "city", "a string or null", city)

        zip_code = get("zipCode", UNSET)
        if (
            zip_code is not UNSET
            and zip_code.__class__ is not str
            and zip_code is not None
            and not isinstance(zip_code, str)
        ):
            raise DecodeError("ContactCreate", "zipCode", "a string or null", zip_code)

        country_code = get("countryCode", UNSET)
        if (
            country_code is not UNSET
            and country_code.__class__ is not str
            and country_code is not None
            and not isinstance(country_code, str)
        ):
            raise DecodeError("ContactCreate", "countryCode", "a string or null", country_code)

        if cls is ContactCreate:
            _model = object.__new__(cls)
            _model.name = name
            _model.email = email
            _model.organization_name = organization_name
            _model.phone_number = phone_number
            _model.fax_number = fax_number
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
                organization_name=organization_name,
                phone_number=phone_number,
                fax_number=fax_number,
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
