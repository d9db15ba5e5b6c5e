from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupCreate", None, "an object", d)
        get = d.get
        contact_name_json = get("contact.name", UNSET)
        contact_name: str
        if contact_name_json is UNSET:
            raise DecodeError("WorkgroupCreate", "contact.name", "a string (required)", UNSET)
        else:
            if not (isinstance(contact_name_json, str)):
                raise DecodeError("WorkgroupCreate", "contact.name", "a string", contact_name_json)
            contact_name = contact_name_json

        contact_email_json = get("contact.email", UNSET)
        contact_email: str | Unset
        if contact_email_json is UNSET:
            contact_email = UNSET
        else:
            if not (isinstance(contact_email_json, str)):
                raise DecodeError("WorkgroupCreate", "contact.email", "a string", contact_email_json)
            contact_email = contact_email_json

        contact_phone_json = get("contact.phone", UNSET)
        contact_phone: str | Unset
        if contact_phone_json is UNSET:
            contact_phone = UNSET
        else:
            if not (isinstance(contact_phone_json, str)):
                raise DecodeError("WorkgroupCreate", "contact.phone", "a string", contact_phone_json)
            contact_phone = contact_phone_json

        contact_fax_json = get("contact.fax", UNSET)
        contact_fax: str | Unset
        if contact_fax_json is UNSET:
            contact_fax = UNSET
        else:
            if not (isinstance(contact_fax_json, str)):
                raise DecodeError("WorkgroupCreate", "contact.fax", "a string", contact_fax_json)
            contact_fax = contact_fax_json

        contact_address_line_1_json = get("contact.addressLine1", UNSET)
        contact_address_line_1: str | Unset
        if contact_address_line_1_json is UNSET:
            contact_address_line_1 = UNSET
        else:
            if not (isinstance(contact_address_line_1_json, str)):
                raise DecodeError(
                    "WorkgroupCreate", "contact.addressLine1", "a string", contact_address_line_1_json
                )
            contact_address_line_1 = contact_address_line_1_json

        contact_address_line_2_json = get("contact.addressLine2", UNSET)
        contact_address_line_2: str | Unset
        if contact_address_line_2_json is UNSET:
            contact_address_line_2 = UNSET
        else:
            if not (isinstance(contact_address_line_2_json, str)):
                raise DecodeError(
                    "WorkgroupCreate", "contact.addressLine2", "a string", contact_address_line_2_json
                )
            contact_address_line_2 = contact_address_line_2_json

        contact_address_line_3_json = get("contact.addressLine3", UNSET)
        contact_address_line_3: str | Unset
        if contact_address_line_3_json is UNSET:
            contact_address_line_3 = UNSET
        else:
            if not (isinstance(contact_address_line_3_json, str)):
                raise DecodeError(
                    "WorkgroupCreate", "contact.addressLine3", "a string", contact_address_line_3_json
                )
            contact_address_line_3 = contact_address_line_3_json

        contact_city_json = get("contact.city", UNSET)
        contact_city: str | Unset
        if contact_city_json is UNSET:
            contact_city = UNSET
        else:
            if not (isinstance(contact_city_json, str)):
                raise DecodeError("WorkgroupCreate", "contact.city", "a string", contact_city_json)
            contact_city = contact_city_json

        contact_zip_code_json = get("contact.zipCode", UNSET)
        contact_zip_code: str | Unset
        if contact_zip_code_json is UNSET:
            contact_zip_code = UNSET
        else:
            if not (isinstance(contact_zip_code_json, str)):
                raise DecodeError("WorkgroupCreate", "contact.zipCode", "a string", contact_zip_code_json)
            contact_zip_code = contact_zip_code_json

        contact_country_code_json = get("contact.countryCode", UNSET)
        contact_country_code: str | Unset
        if contact_country_code_json is UNSET:
            contact_country_code = UNSET
        else:
            if not (isinstance(contact_country_code_json, str)):
                raise DecodeError(
                    "WorkgroupCreate", "contact.countryCode", "a string", contact_country_code_json
                )
            contact_country_code = contact_country_code_json

        metadata_language_json = get("metadataLanguage", UNSET)
        metadata_language: str | Unset
        if metadata_language_json is UNSET:
            metadata_language = UNSET
        else:
            if not (isinstance(metadata_language_json, str)):
                raise DecodeError("WorkgroupCreate", "metadataLanguage", "a string", metadata_language_json)
            metadata_language = metadata_language_json

        can_create_legacy_service_links_json = get("canCreateLegacyServiceLinks", UNSET)
        can_create_legacy_service_links: bool | Unset
        if can_create_legacy_service_links_json is UNSET:
            can_create_legacy_service_links = UNSET
        else:
            if not (isinstance(can_create_legacy_service_links_json, bool)):
                raise DecodeError(
                    "WorkgroupCreate",
                    "canCreateLegacyServiceLinks",
                    "a boolean",
                    can_create_legacy_service_links_json,
                )
            can_create_legacy_service_links = can_create_legacy_service_links_json

        can_create_metadata_json = get("canCreateMetadata", UNSET)
        can_create_metadata: bool | Unset
        if can_create_metadata_json is UNSET:
            can_create_metadata = UNSET
        else:
            if not (isinstance(can_create_metadata_json, bool)):
                raise DecodeError(
                    "WorkgroupCreate", "canCreateMetadata", "a boolean", can_create_metadata_json
                )
            can_create_metadata = can_create_metadata_json

        workgroup_create = cls(
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
        workgroup_create.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return workgroup_create

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
