"""Contacts (CTC-1..7): a workgroup's address book and the contacts of a metadata.

The exemplar of a resource namespace: ``isogeo.contacts`` (sync) and ``aisogeo.contacts`` (async)
have the same methods; each builds the generated endpoint's arguments with a helper shared by
both twins, then runs it through ``call`` (arguments checked, typed errors).

Creation takes the names contacts are *read* with (``organization``, ``phone``, ``fax``) and sends
the names the API wants on creation (``organizationName``, ``phoneNumber``, ``faxNumber``;
fact sheet §10 item 9).

The sync class is derived from the async one (``_async/contacts.py``): the same methods.

>>> from isogeo.resources.contacts import AsyncContacts, Contacts
>>> sorted(set(vars(AsyncContacts)) ^ set(vars(Contacts)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.contacts import AsyncContacts
from isogeo.resources._contacts import (
    CONTACT_ORDERS,
    DEFAULT_INCLUDE,
    ContactFields,
    ContactFilter,
    ContactOrder,
)
from isogeo.resources._contacts import (
    _creation_body as _creation_body,  # the tests import it from here
)
from isogeo.resources._sync.contacts import Contacts

__all__ = [
    "CONTACT_ORDERS",
    "DEFAULT_INCLUDE",
    "AsyncContacts",
    "ContactFields",
    "ContactFilter",
    "ContactOrder",
    "Contacts",
]
