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

T = TypeVar("T", bound="WorkgroupCreate")

_FIELDS = frozenset(
    {
        "contact.name",
        "contact.email",
        "contact.phone",
        "contact.fax",
        "contact.addressLine1",
        "contact.addressLine2",
        "contact.addressLine3",
        "contact.city",
        "contact.zipCode",
        "contact.countryCode",
        "metadataLanguage",
        "canCreateLegacyServiceLinks",
        "canCreateMetadata",
    }
)


@_attrs_define
class WorkgroupCreate:
    """Body of `createWorkgroup`, a **form** with dotted keys for the workgroup's contact card
    (`contact.name` is the workgroup name). `contact.fax` and `contact.phone` carry their real
    values (the official SDK always sends them empty).

        Example:
            {'contact.name': 'Métropole de Lyon - Service SIG', 'contact.email': 'sig@example.org', 'contact.phone': '+33 4
                78 63 40 40', 'contact.addressLine1': '20 rue du Lac', 'contact.city': 'Lyon', 'contact.zipCode': '69003',
                'contact.countryCode': 'FR', 'metadataLanguage': 'fr', 'canCreateLegacyServiceLinks': False,
                'canCreateMetadata': True}

    """

    contact_name: str
    contact_email: str | Unset = UNSET
    contact_phone: str | Unset = UNSET
    contact_fax: str | Unset = UNSET
    contact_address_line_1: str | Unset = UNSET
    contact_address_line_2: str | Unset = UNSET
    contact_address_line_3: str | Unset = UNSET
    contact_city: str | Unset = UNSET
    contact_zip_code: str | Unset = UNSET
    contact_country_code: str | Unset = UNSET
    metadata_language: str | Unset = UNSET
    """ Default language code of the workgroup's metadata. """
    can_create_legacy_service_links: bool | Unset = UNSET
    can_create_metadata: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_name = self.contact_name

        contact_email = self.contact_email

        contact_phone = self.contact_phone

        contact_fax = self.contact_fax

        contact_address_line_1 = self.contact_address_line_1

        contact_address_line_2 = self.contact_address_line_2

        contact_address_line_3 = self.contact_address_line_3

        contact_city = self.contact_city

        contact_zip_code = self.contact_zip_code

        contact_country_code = self.contact_country_code

        metadata_language = self.metadata_language

        can_create_legacy_service_links = self.can_create_legacy_service_links

        can_create_metadata = self.can_create_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact.name": contact_name,
            }
        )
        if contact_email is not UNSET:
            field_dict["contact.email"] = contact_email
        if contact_phone is not UNSET:
            field_dict["contact.phone"] = contact_phone
        if contact_fax is not UNSET:
            field_dict["contact.fax"] = contact_fax
        if contact_address_line_1 is not UNSET:
            field_dict["contact.addressLine1"] = contact_address_line_1
        if contact_address_line_2 is not UNSET:
            field_dict["contact.addressLine2"] = contact_address_line_2
        if contact_address_line_3 is not UNSET:
            field_dict["contact.addressLine3"] = contact_address_line_3
        if contact_city is not UNSET:
            field_dict["contact.city"] = contact_city
        if contact_zip_code is not UNSET:
            field_dict["contact.zipCode"] = contact_zip_code
        if contact_country_code is not UNSET:
            field_dict["contact.countryCode"] = contact_country_code
        if metadata_language is not UNSET:
            field_dict["metadataLanguage"] = metadata_language
        if can_create_legacy_service_links is not UNSET:
            field_dict["canCreateLegacyServiceLinks"] = can_create_legacy_service_links
        if can_create_metadata is not UNSET:
            field_dict["canCreateMetadata"] = can_create_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupCreate", None, "an object", d)
        get = d.get
        contact_name = get("contact.name", UNSET)
        if contact_name.__class__ is not str and not isinstance(contact_name, str):
            raise DecodeError(
                "WorkgroupCreate",
                "contact.name",
                "a string (required)" if contact_name is UNSET else "a string",
                contact_name,
            )

        contact_email = get("contact.email", UNSET)
        if (
            contact_email is not UNSET
            and contact_email.__class__ is not str
            and not isinstance(contact_email, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.email", "a string", contact_email)

        contact_phone = get("contact.phone", UNSET)
        if (
            contact_phone is not UNSET
            and contact_phone.__class__ is not str
            and not isinstance(contact_phone, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.phone", "a string", contact_phone)

        contact_fax = get("contact.fax", UNSET)
        if contact_fax is not UNSET and contact_fax.__class__ is not str and not isinstance(contact_fax, str):
            raise DecodeError("WorkgroupCreate", "contact.fax", "a string", contact_fax)

        contact_address_line_1 = get("contact.addressLine1", UNSET)
        if (
            contact_address_line_1 is not UNSET
            and contact_address_line_1.__class__ is not str
            and not isinstance(contact_address_line_1, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.addressLine1", "a string", contact_address_line_1)

        contact_address_line_2 = get("contact.addressLine2", UNSET)
        if (
            contact_address_line_2 is not UNSET
            and contact_address_line_2.__class__ is not str
            and not isinstance(contact_address_line_2, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.addressLine2", "a string", contact_address_line_2)

        contact_address_line_3 = get("contact.addressLine3", UNSET)
        if (
            contact_address_line_3 is not UNSET
            and contact_address_line_3.__class__ is not str
            and not isinstance(contact_address_line_3, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.addressLine3", "a string", contact_address_line_3)

        contact_city = get("contact.city", UNSET)
        if (
            contact_city is not UNSET
            and contact_city.__class__ is not str
            and not isinstance(contact_city, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.city", "a string", contact_city)

        contact_zip_code = get("contact.zipCode", UNSET)
        if (
            contact_zip_code is not UNSET
            and contact_zip_code.__class__ is not str
            and not isinstance(contact_zip_code, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.zipCode", "a string", contact_zip_code)

        contact_country_code = get("contact.countryCode", UNSET)
        if (
            contact_country_code is not UNSET
            and contact_country_code.__class__ is not str
            and not isinstance(contact_country_code, str)
        ):
            raise DecodeError("WorkgroupCreate", "contact.countryCode", "a string", contact_country_code)

        metadata_language = get("metadataLanguage", UNSET)
        if (
            metadata_language is not UNSET
            and metadata_language.__class__ is not str
            and not isinstance(metadata_language, str)
        ):
            raise DecodeError("WorkgroupCreate", "metadataLanguage", "a string", metadata_language)

        can_create_legacy_service_links = get("canCreateLegacyServiceLinks", UNSET)
        if (
            can_create_legacy_service_links is not UNSET
            and can_create_legacy_service_links is not True
            and can_create_legacy_service_links is not False
        ):
            raise DecodeError(
                "WorkgroupCreate", "canCreateLegacyServiceLinks", "a boolean", can_create_legacy_service_links
            )

        can_create_metadata = get("canCreateMetadata", UNSET)
        if (
            can_create_metadata is not UNSET
            and can_create_metadata is not True
            and can_create_metadata is not False
        ):
            raise DecodeError("WorkgroupCreate", "canCreateMetadata", "a boolean", can_create_metadata)

        if cls is WorkgroupCreate:
            _model = object.__new__(cls)
            _model.contact_name = contact_name
            _model.contact_email = contact_email
            _model.contact_phone = contact_phone
            _model.contact_fax = contact_fax
            _model.contact_address_line_1 = contact_address_line_1
            _model.contact_address_line_2 = contact_address_line_2
            _model.contact_address_line_3 = contact_address_line_3
            _model.contact_city = contact_city
            _model.contact_zip_code = contact_zip_code
            _model.contact_country_code = contact_country_code
            _model.metadata_language = metadata_language
            _model.can_create_legacy_service_links = can_create_legacy_service_links
            _model.can_create_metadata = can_create_metadata
        else:
            _model = cls(
                contact_name=contact_name,
                contact_email=contact_email,
                contact_phone=contact_phone,
                contact_fax=contact_fax,
                contact_address_line_1=contact_address_line_1,
                contact_address_line_2=contact_address_line_2,
                contact_address_line_3=contact_address_line_3,
                contact_city=contact_city,
                contact_zip_code=contact_zip_code,
                contact_country_code=contact_country_code,
                metadata_language=metadata_language,
                can_create_legacy_service_links=can_create_legacy_service_links,
                can_create_metadata=can_create_metadata,
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
