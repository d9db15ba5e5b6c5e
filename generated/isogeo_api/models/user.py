from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.mailchimp import Mailchimp
    from ..models.membership import Membership


T = TypeVar("T", bound="User")

_FIELDS = frozenset(
    {
        "_id",
        "_created",
        "_modified",
        "_abilities",
        "contact",
        "language",
        "mailchimp",
        "memberships",
        "staff",
        "timezone",
    }
)


@_attrs_define
class User:
    """An Isogeo user; name and e-mail are on its `contact` card (`type=user`). `memberships`
    comes with `_include=memberships`.

        Example:
            {'_id': '7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2', '_created': '2017-03-09T10:21:05.4519443+00:00', '_modified':
                '2024-01-15T08:00:01.5+00:00', '_abilities': ['user:update'], 'contact': {'_id':
                '7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2', '_tag': 'contact:user:7c6b5a4f3e2d41c0b9a8f7e6d5c4b3a2', 'name': 'Camille
                Martin', 'email': 'camille.martin@example.org', 'type': 'user'}, 'language': 'fr', 'mailchimp':
                {'subscriptions': [{'name': 'NewReleases', 'isInterested': True}, {'name': 'TipsAndTricks', 'isInterested':
                False}]}, 'staff': False, 'timezone': 'Romance Standard Time'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    sys_created: datetime.datetime | Unset = UNSET
    sys_modified: datetime.datetime | Unset = UNSET
    sys_abilities: list[str] | Unset = UNSET
    """ Permissions of the caller on the entity (`_include=_abilities`), e.g. `group:manage`. """
    contact: Contact | Unset = UNSET
    """ A contact card: a custom contact of a workgroup address book, a workgroup's own card
    (`type=group`) or a user's card (`type=user`). `available` is a boolean.
    The API returns contacts without `_created`/`_modified` (the API documentation and its 2019
    OpenAPI file list them, but the official SDK's `Contact` model refuses both keys for every
    contact body it reads, and real answers carry neither).
     """
    language: None | str | Unset = UNSET
    """ Interface language; may be empty. """
    mailchimp: Mailchimp | Unset = UNSET
    """ Newsletter preferences of a user. """
    memberships: list[Membership] | Unset = UNSET
    staff: bool | Unset = UNSET
    """ Isogeo staff flag. """
    timezone: None | str | Unset = UNSET
    """ Windows time-zone name, e.g. `Romance Standard Time`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        sys_created: str | Unset = UNSET
        if not isinstance(self.sys_created, Unset):
            sys_created = self.sys_created.isoformat()

        sys_modified: str | Unset = UNSET
        if not isinstance(self.sys_modified, Unset):
            sys_modified = self.sys_modified.isoformat()

        sys_abilities: list[str] | Unset = UNSET
        if not isinstance(self.sys_abilities, Unset):
            sys_abilities = self.sys_abilities

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        mailchimp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailchimp, Unset):
            mailchimp = self.mailchimp.to_dict()

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        staff = self.staff

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if sys_created is not UNSET:
            field_dict["_created"] = sys_created
        if sys_modified is not UNSET:
            field_dict["_modified"] = sys_modified
        if sys_abilities is not UNSET:
            field_dict["_abilities"] = sys_abilities
        if contact is not UNSET:
            field_dict["contact"] = contact
        if language is not UNSET:
            field_dict["language"] = language
        if mailchimp is not UNSET:
            field_dict["mailchimp"] = mailchimp
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if staff is not UNSET:
            field_dict["staff"] = staff
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("User", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("User", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("User", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        sys_created_json = get("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if sys_created_json is UNSET:
            sys_created = UNSET
        else:
            if not isinstance(sys_created_json, str):
                raise DecodeError("User", "_created", "a date-time string", sys_created_json)
            try:
                sys_created = parse_datetime(sys_created_json)
            except ValueError:
                raise DecodeError("User", "_created", "a date-time string", sys_created_json) from None

        sys_modified_json = get("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if sys_modified_json is UNSET:
            sys_modified = UNSET
        else:
            if not isinstance(sys_modified_json, str):
                raise DecodeError("User", "_modified", "a date-time string", sys_modified_json)
            try:
                sys_modified = parse_datetime(sys_modified_json)
            except ValueError:
                raise DecodeError("User", "_modified", "a date-time string", sys_modified_json) from None

        sys_abilities_json = get("_abilities", UNSET)
        sys_abilities: list[str] | Unset
        if sys_abilities_json is UNSET:
            sys_abilities = UNSET
        else:
            if not isinstance(sys_abilities_json, list):
                raise DecodeError("User", "_abilities", "an array", sys_abilities_json)
            for sys_abilities_item in sys_abilities_json:
                if not (isinstance(sys_abilities_item, str)):
                    raise DecodeError("User", "_abilities", "an array of a string", sys_abilities_item)
            sys_abilities = sys_abilities_json

        contact_json = get("contact", UNSET)
        contact: Contact | Unset
        if contact_json is UNSET:
            contact = UNSET
        else:
            if not isinstance(contact_json, dict):
                raise DecodeError("User", "contact", "an object (Contact)", contact_json)
            contact = Contact.from_dict(contact_json)

        language_json = get("language", UNSET)
        language: None | str | Unset
        if language_json is UNSET:
            language = UNSET
        else:
            if isinstance(language_json, str):
                language_text: None | str = language_json
                language = language_text
            elif language_json is None:
                language = None
            else:
                raise DecodeError("User", "language", "a string or null", language_json)

        mailchimp_json = get("mailchimp", UNSET)
        mailchimp: Mailchimp | Unset
        if mailchimp_json is UNSET:
            mailchimp = UNSET
        else:
            if not isinstance(mailchimp_json, dict):
                raise DecodeError("User", "mailchimp", "an object (Mailchimp)", mailchimp_json)
            mailchimp = Mailchimp.from_dict(mailchimp_json)

        memberships_json = get("memberships", UNSET)
        memberships: list[Membership] | Unset
        if memberships_json is UNSET:
            memberships = UNSET
        else:
            if not isinstance(memberships_json, list):
                raise DecodeError("User", "memberships", "an array", memberships_json)
            memberships = []
            for memberships_item in memberships_json:
                memberships_value: Membership
                if not isinstance(memberships_item, dict):
                    raise DecodeError("User", "memberships", "an object (Membership)", memberships_item)
                memberships_value = Membership.from_dict(memberships_item)

                memberships.append(memberships_value)

        staff_json = get("staff", UNSET)
        staff: bool | Unset
        if staff_json is UNSET:
            staff = UNSET
        else:
            if not (isinstance(staff_json, bool)):
                raise DecodeError("User", "staff", "a boolean", staff_json)
            staff = staff_json

        timezone_json = get("timezone", UNSET)
        timezone: None | str | Unset
        if timezone_json is UNSET:
            timezone = UNSET
        else:
            if isinstance(timezone_json, str):
                timezone_text: None | str = timezone_json
                timezone = timezone_text
            elif timezone_json is None:
                timezone = None
            else:
                raise DecodeError("User", "timezone", "a string or null", timezone_json)

        user = cls(
            sys_id=sys_id,
            sys_created=sys_created,
            sys_modified=sys_modified,
            sys_abilities=sys_abilities,
            contact=contact,
            language=language,
            mailchimp=mailchimp,
            memberships=memberships,
            staff=staff,
            timezone=timezone,
        )
        user.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return user

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


from ..models.contact import Contact  # noqa: E402
from ..models.mailchimp import Mailchimp  # noqa: E402
from ..models.membership import Membership  # noqa: E402
