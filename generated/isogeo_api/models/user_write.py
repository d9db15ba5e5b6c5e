from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        contact = self.contact.to_dict()

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        mailchimp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailchimp, Unset):
            mailchimp = self.mailchimp.to_dict()

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("UserWrite", None, "an object", d)
        get = d.get
        contact_json = get("contact", UNSET)
        contact: ContactUpdate
        if contact_json is UNSET:
            raise DecodeError("UserWrite", "contact", "an object (ContactUpdate) (required)", UNSET)
        else:
            if not isinstance(contact_json, dict):
                raise DecodeError("UserWrite", "contact", "an object (ContactUpdate)", contact_json)
            contact = ContactUpdate.from_dict(contact_json)

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
                raise DecodeError("UserWrite", "language", "a string or null", language_json)

        mailchimp_json = get("mailchimp", UNSET)
        mailchimp: MailchimpPreferences | Unset
        if mailchimp_json is UNSET:
            mailchimp = UNSET
        else:
            if not isinstance(mailchimp_json, dict):
                raise DecodeError(
                    "UserWrite", "mailchimp", "an object (MailchimpPreferences)", mailchimp_json
                )
            mailchimp = MailchimpPreferences.from_dict(mailchimp_json)

        staff_json = get("staff", UNSET)
        staff: bool | Unset
        if staff_json is UNSET:
            staff = UNSET
        else:
            if not (isinstance(staff_json, bool)):
                raise DecodeError("UserWrite", "staff", "a boolean", staff_json)
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
                raise DecodeError("UserWrite", "timezone", "a string or null", timezone_json)

        user_write = cls(
            contact=contact,
            language=language,
            mailchimp=mailchimp,
            staff=staff,
            timezone=timezone,
        )
        user_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return user_write

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


from ..models.contact_update import ContactUpdate  # noqa: E402
from ..models.mailchimp_preferences import MailchimpPreferences  # noqa: E402
