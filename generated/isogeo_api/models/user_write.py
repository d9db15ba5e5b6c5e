from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_update import ContactUpdate
    from ..models.mailchimp_preferences import MailchimpPreferences


T = TypeVar("T", bound="UserWrite")


@_attrs_define
class UserWrite:
    """Body of USR-3 (create), USR-4 (update) and ACC-2 (update the account). The contact card
    carries the name and e-mail, with the **read** field names. Server-managed fields sent back
    after a read (`_id`, `_created`...) are ignored by the API.

        Example:
            {'contact': {'name': 'Camille Martin', 'email': 'camille.martin@example.org'}, 'language': 'fr', 'mailchimp':
                {'subscriptions': [{'name': 'NewReleases', 'isInterested': True}, {'name': 'TipsAndTricks', 'isInterested':
                False}]}, 'staff': False, 'timezone': 'Romance Standard Time'}

    """

    contact: ContactUpdate
    """ Body of CTC-4, with the **read** names. Server-managed fields sent along (as the SDK does
    when it sends a contact back as read) are ignored.
     """
    language: None | str | Unset = UNSET
    mailchimp: MailchimpPreferences | Unset = UNSET
    """ Newsletter preferences in a user body (USR-3, USR-4, ACC-2). """
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
        from ..models.contact_update import ContactUpdate  # noqa: PLC0415
        from ..models.mailchimp_preferences import MailchimpPreferences  # noqa: PLC0415

        d = dict(src_dict)
        contact = ContactUpdate.from_dict(d.pop("contact"))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _mailchimp = d.pop("mailchimp", UNSET)
        mailchimp: MailchimpPreferences | Unset
        if isinstance(_mailchimp, Unset):
            mailchimp = UNSET
        else:
            mailchimp = MailchimpPreferences.from_dict(_mailchimp)

        staff = d.pop("staff", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        user_write = cls(
            contact=contact,
            language=language,
            mailchimp=mailchimp,
            staff=staff,
            timezone=timezone,
        )

        user_write.additional_properties = d
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
