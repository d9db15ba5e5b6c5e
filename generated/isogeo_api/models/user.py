from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    decode_failed,
    lazy_fields,
    parse_datetime,
)

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

        contact_raw: Any = _peek_contact(self)
        contact_json: Any
        if contact_raw.__class__ is LazyValue:
            contact_json = contact_raw.value
        else:
            contact: dict[str, Any] | Unset = UNSET
            if not isinstance(contact_raw, Unset):
                contact = contact_raw.to_dict()
            contact_json = contact
        contact = contact_json

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        mailchimp_raw: Any = _peek_mailchimp(self)
        mailchimp_json: Any
        if mailchimp_raw.__class__ is LazyValue:
            mailchimp_json = mailchimp_raw.value
        else:
            mailchimp: dict[str, Any] | Unset = UNSET
            if not isinstance(mailchimp_raw, Unset):
                mailchimp = mailchimp_raw.to_dict()
            mailchimp_json = mailchimp
        mailchimp = mailchimp_json

        memberships_raw: Any = _peek_memberships(self)
        memberships_json: Any
        if memberships_raw.__class__ is LazyValue:
            memberships_json = memberships_raw.value
        else:
            memberships: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(memberships_raw, Unset):
                memberships = []
                for memberships_item_data in memberships_raw:
                    memberships_item = memberships_item_data.to_dict()
                    memberships.append(memberships_item)

            memberships_json = memberships
        memberships = memberships_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("User", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError("User", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id)

        sys_created = get("_created", UNSET)
        if sys_created is not UNSET:
            if not isinstance(sys_created, str):
                raise DecodeError("User", "_created", "a date-time string", sys_created)
            try:
                sys_created = parse_datetime(sys_created)
            except ValueError:
                raise DecodeError("User", "_created", "a date-time string", sys_created) from None

        sys_modified = get("_modified", UNSET)
        if sys_modified is not UNSET:
            if not isinstance(sys_modified, str):
                raise DecodeError("User", "_modified", "a date-time string", sys_modified)
            try:
                sys_modified = parse_datetime(sys_modified)
            except ValueError:
                raise DecodeError("User", "_modified", "a date-time string", sys_modified) from None

        sys_abilities = get("_abilities", UNSET)
        if sys_abilities is not UNSET:
            if sys_abilities.__class__ is not list and not isinstance(sys_abilities, list):
                raise DecodeError("User", "_abilities", "an array", sys_abilities)
            for sys_abilities_item in sys_abilities:
                if sys_abilities_item.__class__ is not str and not isinstance(sys_abilities_item, str):
                    raise DecodeError("User", "_abilities", "an array of a string", sys_abilities_item)

        contact = get("contact", UNSET)
        if contact is not UNSET:
            if contact.__class__ is not dict and not isinstance(contact, dict):
                raise DecodeError("User", "contact", "an object (Contact)", contact)
            contact = _decode_contact(contact) if _context is EAGER else LazyValue(contact, _context)

        language = get("language", UNSET)
        if (
            language is not UNSET
            and language.__class__ is not str
            and language is not None
            and not isinstance(language, str)
        ):
            raise DecodeError("User", "language", "a string or null", language)

        mailchimp = get("mailchimp", UNSET)
        if mailchimp is not UNSET:
            if mailchimp.__class__ is not dict and not isinstance(mailchimp, dict):
                raise DecodeError("User", "mailchimp", "an object (Mailchimp)", mailchimp)
            mailchimp = _decode_mailchimp(mailchimp) if _context is EAGER else LazyValue(mailchimp, _context)

        memberships = get("memberships", UNSET)
        if memberships is not UNSET:
            if memberships.__class__ is not list and not isinstance(memberships, list):
                raise DecodeError("User", "memberships", "an array", memberships)
            memberships = (
                _decode_memberships(memberships) if _context is EAGER else LazyValue(memberships, _context)
            )

        staff = get("staff", UNSET)
        if staff is not UNSET and staff is not True and staff is not False:
            raise DecodeError("User", "staff", "a boolean", staff)

        timezone = get("timezone", UNSET)
        if (
            timezone is not UNSET
            and timezone.__class__ is not str
            and timezone is not None
            and not isinstance(timezone, str)
        ):
            raise DecodeError("User", "timezone", "a string or null", timezone)

        if cls is User:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.sys_created = sys_created
            _model.sys_modified = sys_modified
            _model.sys_abilities = sys_abilities
            _store_contact(_model, contact)
            _model.language = language
            _store_mailchimp(_model, mailchimp)
            _store_memberships(_model, memberships)
            _model.staff = staff
            _model.timezone = timezone
        else:
            _model = cls(
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


def _decode_contact(value: Any) -> Contact:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("User", "contact", "an object (Contact)", value)
    decoded = Contact.from_dict(value)

    return decoded


def _decode_mailchimp(value: Any) -> Mailchimp:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("User", "mailchimp", "an object (Mailchimp)", value)
    decoded = Mailchimp.from_dict(value)

    return decoded


def _decode_memberships(value: Any) -> list[Membership]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("User", "memberships", "an array", value)
    decoded = [
        Membership.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("User", "memberships", "an object (Membership)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_contact: Any = User.__dict__["contact"].__get__
_store_contact: Any = User.__dict__["contact"].__set__
_peek_mailchimp: Any = User.__dict__["mailchimp"].__get__
_store_mailchimp: Any = User.__dict__["mailchimp"].__set__
_peek_memberships: Any = User.__dict__["memberships"].__get__
_store_memberships: Any = User.__dict__["memberships"].__set__
lazy_fields(
    User,
    {
        "contact": _decode_contact,
        "mailchimp": _decode_mailchimp,
        "memberships": _decode_memberships,
    },
)


if not TYPE_CHECKING:
    Contact = LazyModel(globals(), "Contact", "..models.contact")
    Mailchimp = LazyModel(globals(), "Mailchimp", "..models.mailchimp")
    Membership = LazyModel(globals(), "Membership", "..models.membership")
