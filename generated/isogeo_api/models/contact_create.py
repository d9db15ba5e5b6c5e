from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ContactCreate", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("ContactCreate", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("ContactCreate", "name", "a string", name_json)
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
                raise DecodeError("ContactCreate", "email", "a string or null", email_json)

        organization_name_json = get("organizationName", UNSET)
        organization_name: None | str | Unset
        if organization_name_json is UNSET:
            organization_name = UNSET
        else:
            if isinstance(organization_name_json, str):
                organization_name_text: None | str = organization_name_json
                organization_name = organization_name_text
            elif organization_name_json is None:
                organization_name = None
            else:
                raise DecodeError(
                    "ContactCreate", "organizationName", "a string or null", organization_name_json
                )

        phone_number_json = get("phoneNumber", UNSET)
        phone_number: None | str | Unset
        if phone_number_json is UNSET:
            phone_number = UNSET
        else:
            if isinstance(phone_number_json, str):
                phone_number_text: None | str = phone_number_json
                phone_number = phone_number_text
            elif phone_number_json is None:
                phone_number = None
            else:
                raise DecodeError("ContactCreate", "phoneNumber", "a string or null", phone_number_json)

        fax_number_json = get("faxNumber", UNSET)
        fax_number: None | str | Unset
        if fax_number_json is UNSET:
            fax_number = UNSET
        else:
            if isinstance(fax_number_json, str):
                fax_number_text: None | str = fax_number_json
                fax_number = fax_number_text
            elif fax_number_json is None:
                fax_number = None
            else:
                raise DecodeError("ContactCreate", "faxNumber", "a string or null", fax_number_json)

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
                raise DecodeError("ContactCreate", "addressLine1", "a string or null", address_line_1_json)

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
                raise DecodeError("ContactCreate", "addressLine2", "a string or null", address_line_2_json)

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
                raise DecodeError("ContactCreate", "addressLine3", "a string or null", address_line_3_json)

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
                raise DecodeError("ContactCreate", "city", "a string or null", city_json)

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
                raise DecodeError("ContactCreate", "zipCode", "a string or null", zip_code_json)

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
                raise DecodeError("ContactCreate", "countryCode", "a string or null", country_code_json)

        contact_create = cls(
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
        contact_create.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return contact_create

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
