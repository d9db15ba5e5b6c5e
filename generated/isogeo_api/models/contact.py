from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="Contact")

_FIELDS = frozenset(
    {
        "_id",
        "_tag",
        "_deleted",
        "_abilities",
        "addressLine1",
        "addressLine2",
        "addressLine3",
        "available",
        "city",
        "count",
        "countryCode",
        "email",
        "fax",
        "hash",
        "name",
        "organization",
        "owner",
        "phone",
        "type",
        "zipCode",
    }
)


@_attrs_define
class Contact:
    """A contact card: a custom contact of a workgroup address book, a workgroup's own card
    (`type=group`) or a user's card (`type=user`). `available` is a boolean.
    The API returns contacts without `_created`/`_modified` (the API documentation and its 2019
    OpenAPI file list them, but the official SDK's `Contact` model refuses both keys for every
    contact body it reads, and real answers carry neither).

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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("Contact", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("Contact", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("Contact", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("Contact", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        sys_deleted_json = get("_deleted", UNSET)
        sys_deleted: bool | Unset
        if sys_deleted_json is UNSET:
            sys_deleted = UNSET
        else:
            if not (isinstance(sys_deleted_json, bool)):
                raise DecodeError("Contact", "_deleted", "a boolean", sys_deleted_json)
            sys_deleted = sys_deleted_json

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("Contact", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("Contact", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

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
                raise DecodeError("Contact", "addressLine1", "a string or null", address_line_1_json)

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
                raise DecodeError("Contact", "addressLine2", "a string or null", address_line_2_json)

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
                raise DecodeError("Contact", "addressLine3", "a string or null", address_line_3_json)

        available_json = get("available", UNSET)
        available: bool | Unset
        if available_json is UNSET:
            available = UNSET
        else:
            if not (isinstance(available_json, bool)):
                raise DecodeError("Contact", "available", "a boolean", available_json)
            available = available_json

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
                raise DecodeError("Contact", "city", "a string or null", city_json)

        count_json = get("count", UNSET)
        count: int | Unset
        if count_json is UNSET:
            count = UNSET
        else:
            if not (isinstance(count_json, int) and not isinstance(count_json, bool)):
                raise DecodeError("Contact", "count", "an integer", count_json)
            count = count_json

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
                raise DecodeError("Contact", "countryCode", "a string or null", country_code_json)

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
                raise DecodeError("Contact", "email", "a string or null", email_json)

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
                raise DecodeError("Contact", "fax", "a string or null", fax_json)

        hash__json = get("hash", UNSET)
        hash_: str | Unset
        if hash__json is UNSET:
            hash_ = UNSET
        else:
            if not (isinstance(hash__json, str)):
                raise DecodeError("Contact", "hash", "a string", hash__json)
            hash_ = hash__json

        name_json = get("name", UNSET)
        name: None | str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if isinstance(name_json, str):
                name_text: None | str = name_json
                name = name_text
            elif name_json is None:
                name = None
            else:
                raise DecodeError("Contact", "name", "a string or null", name_json)

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
                raise DecodeError("Contact", "organization", "a string or null", organization_json)

        owner_json = get("owner", UNSET)
        owner: Workgroup | Unset
        if owner_json is UNSET:
            owner = UNSET
        else:
            if not isinstance(owner_json, dict):
                raise DecodeError("Contact", "owner", "an object (Workgroup)", owner_json)
            owner = Workgroup.from_dict(owner_json)

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
                raise DecodeError("Contact", "phone", "a string or null", phone_json)

        type__json = get("type", UNSET)
        type_: ContactType | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: ContactType | str = cast(
                    ContactType | str, ContactType._value2member_map_.get(type__json, type__json)
                )
                type_ = type__text
            else:
                raise DecodeError("Contact", "type", "a ContactType value or a string", type__json)

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
                raise DecodeError("Contact", "zipCode", "a string or null", zip_code_json)

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
        contact.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.workgroup import Workgroup  # noqa: E402
