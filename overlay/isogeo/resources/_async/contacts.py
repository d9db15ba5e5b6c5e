"""Async contacts namespace (:mod:`isogeo.resources.contacts` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncContacts) if not name.startswith("_"))
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
    from isogeo.client import AsyncIsogeo


class AsyncContacts(_generated.AsyncContacts):
    """Async contacts namespace: ``aisogeo.contacts``.

    >>> from isogeo import AsyncIsogeo
    >>> async with AsyncIsogeo("app", "secret") as aisogeo:       # doctest: +SKIP
    ...     card = await aisogeo.contacts.create(WORKGROUP_ID, name="SIG", phone="+33 4 00 00 00 00")
    ...     await aisogeo.contacts.associate(METADATA_ID, card, role="custodian")
    """

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(
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

        >>> found = await aisogeo.contacts.list(WORKGROUP_ID, search="eau", order="-name")  # doctest: +SKIP
        >>> [c.name for c in found]  # doctest: +SKIP
        ["Syndicat des eaux", "Direction de l'eau"]
        """
        selection = ContactFilter(search=search, type=type, order=order)
        contacts = await self._client.call(
            list_workgroup_contacts, workgroup_id, sys_include=_include(include)
        )
        return selection.apply(contacts) if selection.active else contacts

    async def get(self, contact_id: str) -> Contact:
        """CTC-2: one contact."""
        return await self._client.call(get_contact, contact_id)

    async def create(self, workgroup_id: str, *, name: str, **fields: Unpack[ContactFields]) -> Contact:
        """CTC-3: add a contact to a workgroup's address book (read names in, creation names sent).

        ``fields``: ``email``, ``organization``, ``phone``, ``fax``, ``address_line_1..3``,
        ``city``, ``zip_code``, ``country_code``.
        """
        body = _creation_body(name, fields)
        return await self._client.call(create_workgroup_contact, workgroup_id, body=body)

    async def update(self, contact: Contact, *, workgroup_id: str | None = None) -> Contact:
        """CTC-4: save a contact read then modified; the owner workgroup comes from ``contact.owner``."""
        owner, contact_id, body = _update_args(contact, workgroup_id)
        return await self._client.call(update_workgroup_contact, owner, contact_id, body=body)

    async def associate(
        self, metadata_id: Ref, contact: Contact | str, role: ContactRole | str = ContactRole.POINT_OF_CONTACT
    ) -> ResourceContact:
        """CTC-6: give a contact a role on a metadata (idempotent: 200 when already associated)."""
        contact_id, body = _association(contact, role)
        return await self._client.call(
            associate_contact_to_metadata, id_of(metadata_id, "metadata_id"), contact_id, body=body
        )

    async def dissociate(self, metadata_id: Ref, contact: Contact | str) -> None:
        """CTC-7: remove a contact from a metadata (:class:`~isogeo.errors.NotFoundError` if it is not)."""
        await self._client.call(
            dissociate_contact_from_metadata, id_of(metadata_id, "metadata_id"), _contact_id(contact)
        )
