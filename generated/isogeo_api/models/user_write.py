from __future__ import annotations

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
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.contact_update import ContactUpdate
    from ..models.mailchimp_preferences import MailchimpPreferences


T = TypeVar("T", bound="UserWrite")

_FIELDS = frozenset(
    {
        "contact",
        "language",
        "mailchimp",
        "staff",
        "timezone",
    }
)


@_attrs_define
class UserWrite:
    """Body of `createUser`, `updateUser` and `updateAccount`. The contact card
    carries the name and e-mail, with the **read** field names. Server-managed fields sent back
    after a read (`_id`, `_created`...) are ignored by the API.

        Example:
            {'contact': {'name': 'Camille Martin', 'email': 'camille.martin@example.org'}, 'language': 'fr', 'mailchimp':
                {'subscriptions': [{'name': 'NewReleases', 'isInterested': True}, {'name': 'TipsAndTricks', 'isInterested':
                False}]}, 'staff': False, 'timezone': 'Romance Standard Time'}

    """

    contact: ContactUpdate
    """ Body of `updateWorkgroupContact`, with the **read** names. Server-managed fields sent along
    (as when a contact is sent back as read) are ignored.
     """
    language: None | str | Unset = UNSET
    mailchimp: MailchimpPreferences | Unset = UNSET
    """ Newsletter preferences in a user body (`createUser`, `updateUser`, `updateAccount`). """
    staff: bool | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_raw: Any = _peek_contact(self)
        contact_json: Any
        if contact_raw.__class__ is LazyValue:
            contact_json = contact_raw.value
        else:
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
                "contact": contact,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if mailchimp is not UNSET:
            field_dict["mailchimp"] = mailchimp
        if staff is not UNSET:
            field_dict["staff"] = staff
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("UserWrite", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        contact = get("contact", UNSET)
        if contact.__class__ is not dict and not isinstance(contact, dict):
            raise DecodeError(
                "UserWrite",
                "contact",
                "an object (ContactUpdate) (required)" if contact is UNSET else "an object (ContactUpdate)",
                contact,
            )
        contact = _decode_contact(contact) if _context is EAGER else LazyValue(contact, _context)

        language = get("language", UNSET)
        if (
            language is not UNSET
            and language.__class__ is not str
            and language is not None
            and not isinstance(language, str)
        ):
            raise DecodeError("UserWrite", "language", "a string or null", language)

        mailchimp = get("mailchimp", UNSET)
        if mailchimp is not UNSET:
            if mailchimp.__class__ is not dict and not isinstance(mailchimp, dict):
                raise DecodeError("UserWrite", "mailchimp", "an object (MailchimpPreferences)", mailchimp)
            mailchimp = _decode_mailchimp(mailchimp) if _context is EAGER else LazyValue(mailchimp, _context)

        staff = get("staff", UNSET)
        if staff is not UNSET and staff is not True and staff is not False:
            raise DecodeError("UserWrite", "staff", "a boolean", staff)

        timezone = get("timezone", UNSET)
        if (
            timezone is not UNSET
            and timezone.__class__ is not str
            and timezone is not None
            and not isinstance(timezone, str)
        ):
            raise DecodeError("UserWrite", "timezone", "a string or null", timezone)

        if cls is UserWrite:
            _model = object.__new__(cls)
            _store_contact(_model, contact)
            _model.language = language
            _store_mailchimp(_model, mailchimp)
            _model.staff = staff
            _model.timezone = timezone
        else:
            _model = cls(
                contact=contact,
                language=language,
                mailchimp=mailchimp,
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


def _decode_contact(value: Any) -> ContactUpdate:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("UserWrite", "contact", "an object (ContactUpdate)", value)
    decoded = ContactUpdate.from_dict(value)

    return decoded


def _decode_mailchimp(value: Any) -> MailchimpPreferences:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("UserWrite", "mailchimp", "an object (MailchimpPreferences)", value)
    decoded = MailchimpPreferences.from_dict(value)

    return decoded


_peek_contact: Any = UserWrite.__dict__["contact"].__get__
_store_contact: Any = UserWrite.__dict__["contact"].__set__
_peek_mailchimp: Any = UserWrite.__dict__["mailchimp"].__get__
_store_mailchimp: Any = UserWrite.__dict__["mailchimp"].__set__
lazy_fields(
    UserWrite,
    {
        "contact": _decode_contact,
        "mailchimp": _decode_mailchimp,
    },
)


if not TYPE_CHECKING:
    ContactUpdate = LazyModel(globals(), "ContactUpdate", "..models.contact_update")
    MailchimpPreferences = LazyModel(globals(), "MailchimpPreferences", "..models.mailchimp_preferences")
