from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
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

        owner_raw: Any = _peek_owner(self)
        owner_json: Any
        if owner_raw.__class__ is LazyValue:
            owner_json = owner_raw.value
        else:
            owner: dict[str, Any] | Unset = UNSET
            if not isinstance(owner_raw, Unset):
                owner = owner_raw.to_dict()
            owner_json = owner
        owner = owner_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Contact", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Contact", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("Contact", "_tag", "a string", sys_tag)

        sys_deleted = get("_deleted", UNSET)
        if sys_deleted is not UNSET and sys_deleted is not True and sys_deleted is not False:
            raise DecodeError("Contact", "_deleted", "a boolean", sys_deleted)

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("Contact", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("Contact", "_abilities", "an array of a string", sys_abilities_item)

        address_line_1 = get("addressLine1", UNSET)
        if (
            address_line_1 is not UNSET
            and address_line_1.__class__ is not str
            and address_line_1 is not None
            and not isinstance(address_line_1, str)
        ):
            raise DecodeError("Contact", "addressLine1", "a string or null", address_line_1)

        address_line_2 = get("addressLine2", UNSET)
        if (
            address_line_2 is not UNSET
            and address_line_2.__class__ is not str
            and address_line_2 is not None
            and not isinstance(address_line_2, str)
        ):
            raise DecodeError("Contact", "addressLine2", "a string or null", address_line_2)

        address_line_3 = get("addressLine3", UNSET)
        if (
            address_line_3 is not UNSET
            and address_line_3.__class__ is not str
            and address_line_3 is not None
            and not isinstance(address_line_3, str)
        ):
            raise DecodeError("Contact", "addressLine3", "a string or null", address_line_3)

        available = get("available", UNSET)
        if available is not UNSET and available is not True and available is not False:
            raise DecodeError("Contact", "available", "a boolean", available)

        city = get("city", UNSET)
        if city is not UNSET and city.__class__ is not str and city is not None and not isinstance(city, str):
            raise DecodeError("Contact", "city", "a string or null", city)

        count = get("count", UNSET)
        if (
            count is not UNSET
            and count.__class__ is not int
            and (not isinstance(count, int) or isinstance(count, bool))
        ):
            raise DecodeError("Contact", "count", "an integer", count)

        country_code = get("countryCode", UNSET)
        if (
            country_code is not UNSET
            and country_code.__class__ is not str
            and country_code is not None
            and not isinstance(country_code, str)
        ):
            raise DecodeError("Contact", "countryCode", "a string or null", country_code)

        email = get("email", UNSET)
        if (
            email is not UNSET
            and email.__class__ is not str
            and email is not None
            and not isinstance(email, str)
        ):
            raise DecodeError("Contact", "email", "a string or null", email)

        fax = get("fax", UNSET)
        if fax is not UNSET and fax.__class__ is not str and fax is not None and not isinstance(fax, str):
            raise DecodeError("Contact", "fax", "a string or null", fax)

        hash_ = get("hash", UNSET)
        if hash_ is not UNSET and hash_.__class__ is not str and not isinstance(hash_, str):
            raise DecodeError("Contact", "hash", "a string", hash_)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and name is not None and not isinstance(name, str):
            raise DecodeError("Contact", "name", "a string or null", name)

        organization = get("organization", UNSET)
        if (
            organization is not UNSET
            and organization.__class__ is not str
            and organization is not None
            and not isinstance(organization, str)
        ):
            raise DecodeError("Contact", "organization", "a string or null", organization)

        owner = get("owner", UNSET)
        if owner is not UNSET:
            if owner.__class__ is not dict and not isinstance(owner, dict):
                raise DecodeError("Contact", "owner", "an object (Workgroup)", owner)
            owner = _decode_owner(owner) if _context is EAGER else LazyValue(owner, _context)

        phone = get("phone", UNSET)
        if (
            phone is not UNSET
            and phone.__class__ is not str
            and phone is not None
            and not isinstance(phone, str)
        ):
            raise DecodeError("Contact", "phone", "a string or null", phone)

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: ContactType | str = ContactType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("Contact", "type", "a ContactType value or a string", type_)

        zip_code = get("zipCode", UNSET)
        if (
            zip_code is not UNSET
            and zip_code.__class__ is not str
            and zip_code is not None
            and not isinstance(zip_code, str)
        ):
            raise DecodeError("Contact", "zipCode", "a string or null", zip_code)

        if cls is Contact:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_tag = sys_tag
            _model.sys_deleted = sys_deleted
            _model.sys_abilities = sys_abilities
            _model.address_line_1 = address_line_1
            _model.address_line_2 = address_line_2
            _model.address_line_3 = address_line_3
            _model.available = available
            _model.city = city
            _model.count = count
            _model.country_code = country_code
            _model.email = email
            _model.fax = fax
            _model.hash_ = hash_
            _model.name = name
            _model.organization = organization
            _store_owner(_model, owner)
            _model.phone = phone
            _model.type_ = type_
            _model.zip_code = zip_code
        else:
            _model = cls(
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


def _decode_owner(value: Any) -> Workgroup:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("Contact", "owner", "an object (Workgroup)", value)
    decoded = Workgroup.from_dict(value)

    return decoded


_peek_owner: Any = Contact.__dict__["owner"].__get__
_store_owner: Any = Contact.__dict__["owner"].__set__
lazy_fields(
    Contact,
    {
        "owner": _decode_owner,
    },
)


if not TYPE_CHECKING:
    Workgroup = LazyModel(globals(), "Workgroup", "..models.workgroup")
