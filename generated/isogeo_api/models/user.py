from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.mailchimp import Mailchimp
    from ..models.membership import Membership


T = TypeVar("T", bound="User")


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
    (`type=group`) or a user's card (`type=user`). Decision (C9): `available` is a boolean.
    Decision (F1): no `_created`/`_modified`, unlike what the facts sheet (§4.7) and the 2019
    OpenAPI file say: the official SDK's `Contact` model (isogeo-pysdk 3.10.0) refuses both keys
    while it builds a contact from every contact body it reads (`GET /account`, the address
    books, `GET /contacts/{id}`), and the real responses in Isogeo's public fixtures carry
    neither (docs/reference/fidelity-decisions.md).
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
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.mailchimp import Mailchimp  # noqa: PLC0415
        from ..models.membership import Membership  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        _sys_created = d.pop("_created", UNSET)
        sys_created: datetime.datetime | Unset
        if isinstance(_sys_created, Unset):
            sys_created = UNSET
        else:
            sys_created = datetime.datetime.fromisoformat(_sys_created)

        _sys_modified = d.pop("_modified", UNSET)
        sys_modified: datetime.datetime | Unset
        if isinstance(_sys_modified, Unset):
            sys_modified = UNSET
        else:
            sys_modified = datetime.datetime.fromisoformat(_sys_modified)

        sys_abilities = cast(list[str], d.pop("_abilities", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _mailchimp = d.pop("mailchimp", UNSET)
        mailchimp: Mailchimp | Unset
        if isinstance(_mailchimp, Unset):
            mailchimp = UNSET
        else:
            mailchimp = Mailchimp.from_dict(_mailchimp)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[Membership] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = Membership.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        staff = d.pop("staff", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

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

        user.additional_properties = d
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
