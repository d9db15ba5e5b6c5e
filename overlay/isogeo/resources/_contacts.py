"""What the sync and async contacts namespaces share (:mod:`isogeo.resources.contacts`)."""

from __future__ import annotations

import builtins
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal, TypedDict, get_args

from isogeo._core.validation import coerce_enum
from isogeo.errors import InvalidInputError
from isogeo.resources._common import value_of
from isogeo_api.models import (
    Contact,
    ContactAssociation,
    ContactCreate,
    ContactInclude,
    ContactRole,
    ContactType,
    ContactUpdate,
)
from isogeo_api.types import UNSET, Unset

DEFAULT_INCLUDE: tuple[ContactInclude, ...] = (ContactInclude.COUNT,)


class ContactFields(TypedDict, total=False):
    """The optional fields of a new contact, with the names contacts are read with."""

    email: str | None
    organization: str | None
    phone: str | None
    fax: str | None
    address_line_1: str | None
    address_line_2: str | None
    address_line_3: str | None
    city: str | None
    zip_code: str | None
    country_code: str | None
    """ISO 3166-1 alpha-2, e.g. ``FR``."""


# Read name → the ContactCreate attribute that carries it (CTC-3 renames three of them).
_CREATION_NAMES = {"organization": "organization_name", "phone": "phone_number", "fax": "fax_number"}


def _creation_body(name: str, fields: ContactFields) -> ContactCreate:
    if not name or not name.strip():
        raise InvalidInputError("name", name, "a non-empty name", reason="required to create a contact")
    given: dict[str, Any] = dict(fields)
    accepted = sorted(ContactFields.__annotations__)
    unknown = sorted(set(given) - set(accepted))
    if unknown:
        raise InvalidInputError(unknown[0], given[unknown[0]], accepted, reason="not a field of a contact")
    renamed = {_CREATION_NAMES.get(key, key): value for key, value in given.items() if value is not None}
    return ContactCreate(name=name, **renamed)


def _update_args(contact: Contact, workgroup_id: str | None) -> tuple[str, str, ContactUpdate]:
    """(owner workgroup, contact id, body): the whole card goes back, unknown fields included (CTC-4)."""
    if workgroup_id is None:
        if isinstance(contact.owner, Unset):
            raise InvalidInputError(
                "workgroup_id", None, "the owner workgroup's identifier", reason="the contact has no owner"
            )
        workgroup_id = contact.owner.sys_id
    if not contact.name:
        raise InvalidInputError("name", contact.name, "a non-empty name", reason="a contact needs a name")
    return workgroup_id, contact.sys_id, ContactUpdate.from_dict(contact.to_dict())


def _contact_id(contact: Contact | str) -> str:
    return contact.sys_id if isinstance(contact, Contact) else contact


def _association(contact: Contact | str, role: ContactRole | str) -> tuple[str, ContactAssociation]:
    if (
        isinstance(contact, Contact)
        and contact.type_ == ContactType.GROUP
        and contact.available is not UNSET
        and not contact.available
    ):
        raise InvalidInputError(
            "contact",
            contact.sys_id,
            "a card its workgroup shares (available=True)",
            reason="this workgroup does not share its card",
        )
    return _contact_id(contact), ContactAssociation(role=coerce_enum(role, ContactRole, "role"))


def _include(include: Iterable[ContactInclude | str] | None) -> Any:
    return UNSET if include is None else builtins.list(include)


ContactOrder = Literal["name", "-name"]


CONTACT_ORDERS: tuple[str, ...] = get_args(ContactOrder)


_SEARCHED = ("name", "organization", "email", "city")


def _fold(text: object) -> str:
    """Lower case without accents: ``Métropole`` → ``metropole``."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


class ContactFilter:
    """The client-side search, type filter and order of :meth:`Contacts.list`, checked on creation.

    The API has no such parameters (CTC-1 answers the whole address book): they apply to its answer.

    >>> cards = [Contact.from_dict({"_id": "a" * 32, "name": "Écologie urbaine", "type": "custom"}),
    ...          Contact.from_dict({"_id": "b" * 32, "name": "Direction de l'eau", "type": "custom",
    ...                             "organization": "Métropole"}),
    ...          Contact.from_dict({"_id": "c" * 32, "name": "Isogeo Test", "type": "group"})]
    >>> [c.name for c in ContactFilter(search="METROPOLE").apply(cards)]
    ["Direction de l'eau"]
    >>> [c.name for c in ContactFilter(type="custom", order="-name").apply(cards)]
    ['Écologie urbaine', "Direction de l'eau"]
    >>> ContactFilter(order="email")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: order='email' is not accepted; expected one of: name, -name
    """

    def __init__(
        self,
        *,
        search: str | None = None,
        type: ContactType | str | None = None,
        order: ContactOrder | None = None,
    ) -> None:
        if search is not None and not isinstance(search, str):
            raise InvalidInputError(
                "search", search, "a string (matched in name, organization, e-mail, city)"
            )
        if order is not None and order not in CONTACT_ORDERS:
            raise InvalidInputError("order", order, CONTACT_ORDERS)
        self.terms = _fold(search).split() if search else []
        self.type = None if type is None else coerce_enum(type, ContactType, "type")
        self.order = order

    @property
    def active(self) -> bool:
        """Whether anything is filtered or ordered."""
        return bool(self.terms) or self.type is not None or self.order is not None

    def _matches(self, contact: Contact) -> bool:
        if self.type is not None and str(contact.type_) != self.type.value:
            return False
        text = " ".join(_fold(value_of(getattr(contact, name, None))) for name in _SEARCHED)
        return all(term in text for term in self.terms)

    def apply(self, contacts: Iterable[Contact]) -> builtins.list[Contact]:
        """The matching contacts, ordered by name (accents and case ignored; nameless last) if asked."""
        kept = [contact for contact in contacts if self._matches(contact)]
        if self.order is not None:
            named = [c for c in kept if isinstance(c.name, str) and c.name]
            nameless = [c for c in kept if not (isinstance(c.name, str) and c.name)]
            named.sort(key=lambda c: (_fold(c.name), c.sys_id), reverse=self.order == "-name")
            kept = named + nameless
        return kept
