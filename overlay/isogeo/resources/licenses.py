"""Licenses (LIC-1..5) and their association with metadata (CND-3 with a duplicate check).

``associate_metadata`` is the SDK's ``ApiLicense.associate_metadata``: it lists the metadata's
conditions first (CND-1) and, when the license is already applied, raises
:class:`~isogeo.errors.AlreadyExistsError` **before any write**, carrying the existing
``Condition`` in ``.existing`` (the SDK returned ``(False, 409)``). ``force=True`` applies it
again (a metadata may hold one license several times, with different descriptions).

Licenses are created and updated as **forms** (facts §10-11): only ``name``, ``link`` and
``content`` travel; licenses without an owner are Isogeo's own and cannot be updated.

The sync class is derived from the async one (``_async/licenses.py``): the same methods.

>>> from isogeo.resources.licenses import AsyncLicenses, Licenses
>>> sorted(set(vars(AsyncLicenses)) ^ set(vars(Licenses)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.licenses import AsyncLicenses
from isogeo.resources._licenses import update_args
from isogeo.resources._sync.licenses import Licenses

__all__ = ["AsyncLicenses", "Licenses", "update_args"]
