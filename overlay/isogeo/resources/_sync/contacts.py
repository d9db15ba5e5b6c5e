# Derived from _async/contacts.py by tools/derive_sync.py: do not edit.
"""Sync contacts namespace (:mod:`isogeo.resources.contacts` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Contacts) if not name.startswith("_"))
['associate', 'create', 'dissociate', 'get', 'list', 'update']
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from isogeo.resources._common import Ref, id_of
from isogeo.resources._contacts import (
    DEFAULT_INCLUDE,
    ContactFields,
    ContactFilter,
    ContactOrder,
    _association,
    _contact_id,
    _creation_body,
    _include,
    _update_args,
)
from isogeo_api.api.contact import (
    associate_contact_to_metadata,
    create_workgroup_contact,
    dissociate_contact_from_metadata,
    get_contact,
    list_workgroup_contacts,
    update_workgroup_contact,
)
from isogeo_api.models import (
    Contact,
    ContactInclude,
    ContactRole,
    ContactType,
    ResourceContact,
)
from isogeo_api.namespaces import contacts as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo


class Contacts(_generated.Contacts):
    """Sync contacts namespace: ``isogeo.contacts``.

    >>> from isogeo import Isogeo
    >>> with Isogeo("app", "secret") as isogeo:       # doctest: +SKIP
    ...     card = isogeo.contacts.create(WORKGROUP_ID, name="SIG", phone="+33 4 00 00 00 00")
    ...     isogeo.contacts.associate(METADATA_ID, card, role="custodian")
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def list(
        self,
        workgroup_id: str,
        *,
        include: Iterable[ContactInclude | str] | None = DEFAULT_INCLUDE,
        search: str | None = None,
        type: ContactType | str | None = None,
        order: ContactOrder | None = None,
    ) -> builtins.list[Contact]:
        """CTC-1: the address book of a workgroup, plus the cards other groups share with it.

        ``search`` keeps the cards whose name, organization, e-mail or city hold every word
        (accents and case ignored); ``type`` keeps one type (``custom``, ``group``, ``user``);
        ``order`` is ``"name"`` or ``"-name"`` (descending). The API has no such parameters:
        they apply here to its whole answer, and bad values are refused before the request.

        >>> found = isogeo.contacts.list(WORKGROUP_ID, search="eau", order="-name")  # doctest: +SKIP
        >>> [c.name for c in found]  # doctest: +SKIP
        ["Syndicat des eaux", "Direction de l'eau"]
        """
        selection = ContactFilter(search=search, type=type, order=order)
        contacts = self._client.call(list_workgroup_contacts, workgroup_id, sys_include=_include(include))
        return selection.apply(contacts) if selection.active else contacts

    def get(self, contact_id: str) -> Contact:
        """CTC-2: one contact."""
        return self._client.call(get_contact, contact_id)

    def create(self, workgroup_id: str, *, name: str, **fields: Unpack[ContactFields]) -> Contact:
        """CTC-3: add a contact to a workgroup's address book (read names in, creation names sent).

        ``fields``: ``email``, ``organization``, ``phone``, ``fax``, ``address_line_1..3``,
        ``city``, ``zip_code``, ``country_code``.
        """
        body = _creation_body(name, fields)
        return self._client.call(create_workgroup_contact, workgroup_id, body=body)

    def update(self, contact: Contact, *, workgroup_id: str | None = None) -> Contact:
        """CTC-4: save a contact read then modified; the owner workgroup comes from ``contact.owner``."""
        owner, contact_id, body = _update_args(contact, workgroup_id)
        return self._client.call(update_workgroup_contact, owner, contact_id, body=body)

    def associate(
        self, metadata_id: Ref, contact: Contact | str, role: ContactRole | str = ContactRole.POINT_OF_CONTACT
    ) -> ResourceContact:
        """CTC-6: give a contact a role on a metadata (idempotent: 200 when already associated)."""
        contact_id, body = _association(contact, role)
        return self._client.call(
            associate_contact_to_metadata, id_of(metadata_id, "metadata_id"), contact_id, body=body
        )

    def dissociate(self, metadata_id: Ref, contact: Contact | str) -> None:
        """CTC-7: remove a contact from a metadata (:class:`~isogeo.errors.NotFoundError` if it is not)."""
        self._client.call(
            dissociate_contact_from_metadata, id_of(metadata_id, "metadata_id"), _contact_id(contact)
        )
